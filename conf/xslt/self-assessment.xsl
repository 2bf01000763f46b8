<?xml version="1.0" encoding="UTF-8"?>
<!--
  self-assessment.xsl - a city's self-assessment (issue 19): "/cities/{slug}/self-assessment",
  "/cities/{slug}/self-assessment/versions/{n}" (read view) and
  "/edit/cities/{slug}/self-assessment" (the form: the document then has <csrf>).
  The root <self-assessment> holds <city>, <submitted> of the version shown (none when the
  city has not answered), <versions>, and one <step name met of> per narrative step with
  its <question>s: texts in both languages, <criterion>, <choice>s, <answer> (left out for
  a private answer on the public page), <advice> (the report's, for a counted question not
  met).  The form adds <user>, <csrf>, <if-match> and <invalid question-slug> problems.
  Every value is untrusted text: output as attribute or text only.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:variable name="form" select="boolean(/*/c:csrf)"/>
  <xsl:variable name="city" select="/*/c:city"/>

  <xsl:template name="sa-l">
    <xsl:param name="k"/>
    <xsl:call-template name="label"><xsl:with-param name="key" select="$k"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="city-name">
    <xsl:choose>
      <xsl:when test="$lang = 'zh' and $city/c:name[@xml:lang = 'zh'] != ''"><xsl:value-of select="$city/c:name[@xml:lang = 'zh']"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$city/c:name[@xml:lang = 'en']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.title'"/></xsl:call-template>
    <xsl:text>: </xsl:text>
    <xsl:call-template name="city-name"/>
  </xsl:template>

  <!-- A word of a choice in the page's language (areas carry their own labels). -->
  <xsl:template name="word">
    <xsl:param name="q"/>
    <xsl:param name="w"/>
    <xsl:choose>
      <xsl:when test="$q/c:choice[@value = $w]/c:label">
        <xsl:value-of select="$q/c:choice[@value = $w]/c:label[@xml:lang = $lang]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="sa-l"><xsl:with-param name="k" select="concat('sa.choice.', $w)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The words of a space-separated answer, each in the page's language. -->
  <xsl:template name="words">
    <xsl:param name="q"/>
    <xsl:param name="s"/>
    <xsl:variable name="t" select="normalize-space($s)"/>
    <xsl:if test="$t != ''">
      <xsl:variable name="w" select="substring-before(concat($t, ' '), ' ')"/>
      <li><xsl:call-template name="word"><xsl:with-param name="q" select="$q"/><xsl:with-param name="w" select="$w"/></xsl:call-template></li>
      <xsl:call-template name="words">
        <xsl:with-param name="q" select="$q"/>
        <xsl:with-param name="s" select="substring-after($t, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="answer">
    <xsl:variable name="a" select="c:answer"/>
    <xsl:choose>
      <xsl:when test="not($a) and @answered">
        <p class="sa-answer muted"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.private'"/></xsl:call-template></p>
      </xsl:when>
      <xsl:when test="not($a)">
        <p class="sa-answer muted"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.none'"/></xsl:call-template></p>
      </xsl:when>
      <xsl:when test="@kind = 'yesno'">
        <p class="sa-answer"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="concat('sa.', substring('no yes', 1 + 3 * number($a = '1'), 3))"/></xsl:call-template></p>
      </xsl:when>
      <xsl:when test="@kind = 'scale'">
        <p class="sa-answer"><xsl:value-of select="concat($a, ' / ', @max)"/></p>
      </xsl:when>
      <xsl:when test="@kind = 'choice'">
        <p class="sa-answer"><xsl:call-template name="word"><xsl:with-param name="q" select="."/><xsl:with-param name="w" select="string($a)"/></xsl:call-template></p>
      </xsl:when>
      <xsl:when test="@kind = 'multi' or @kind = 'offers' or @kind = 'seeks'">
        <ul class="tags"><xsl:call-template name="words"><xsl:with-param name="q" select="."/><xsl:with-param name="s" select="string($a)"/></xsl:call-template></ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="sa-answer prose"><xsl:value-of select="$a"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="meta">
    <p class="sa-meta">
      <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.criterion'"/></xsl:call-template>
      <xsl:variable name="group">
        <xsl:choose>
          <xsl:when test="$lang = 'zh' and c:criterion/@group-zh"><xsl:value-of select="c:criterion/@group-zh"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:criterion/@group"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:value-of select="concat(': ', $group, ' — ', c:criterion/c:text[@xml:lang = $lang], ' (')"/>
      <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.line'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', @line)"/>
      <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.line.after'"/></xsl:call-template>
      <xsl:text>)</xsl:text>
      <xsl:if test="@profile">
        <xsl:text>. </xsl:text>
        <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.profile'"/></xsl:call-template>
        <xsl:text>: </xsl:text><code><xsl:value-of select="@profile"/></code>
      </xsl:if>
    </p>
  </xsl:template>

  <xsl:template name="advice">
    <xsl:if test="c:advice">
      <div class="sa-advice">
        <p>
          <strong><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.advice'"/></xsl:call-template>: </strong>
          <xsl:value-of select="c:advice/c:text[@xml:lang = $lang]"/>
          <span class="note">
            <xsl:text> (</xsl:text>
            <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.line'"/></xsl:call-template>
            <xsl:value-of select="concat(' ', c:advice/@line)"/>
            <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.line.after'"/></xsl:call-template>
            <xsl:text>)</xsl:text>
          </span>
        </p>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="badge">
    <xsl:choose>
      <xsl:when test="@met = '1'"><span class="badge sa-met"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.met'"/></xsl:call-template></span></xsl:when>
      <xsl:when test="@met = '0'"><span class="badge sa-unmet"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.missing'"/></xsl:call-template></span></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Read view of one question. -->
  <xsl:template match="c:question">
    <div class="sa-q" id="q-{@slug}">
      <h3><xsl:value-of select="c:text[@xml:lang = $lang]"/><xsl:text> </xsl:text><xsl:call-template name="badge"/></h3>
      <xsl:call-template name="answer"/>
      <xsl:call-template name="meta"/>
      <xsl:call-template name="advice"/>
    </div>
  </xsl:template>

  <!-- The problems of one question, in the page's language. -->
  <xsl:template name="problems">
    <xsl:param name="name"/>
    <xsl:for-each select="/*/c:invalid[@field = $name]">
      <span class="error" role="alert" id="err-{$name}">
        <xsl:value-of select="c:message[@xml:lang = $lang]"/>
        <xsl:if test="@detail"><xsl:value-of select="concat(' (', @detail, ')')"/></xsl:if>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="radio">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:param name="checked"/>
    <xsl:param name="type" select="'radio'"/>
    <label>
      <input type="{$type}" name="{$name}" value="{$value}">
        <xsl:if test="$checked"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
      <xsl:choose>
        <xsl:when test="$value = ''"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.unanswered'"/></xsl:call-template></xsl:when>
        <xsl:when test="@kind = 'scale'"><xsl:value-of select="$value"/></xsl:when>
        <xsl:when test="@kind = 'yesno'"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="concat('sa.', $value)"/></xsl:call-template></xsl:when>
        <xsl:otherwise><xsl:call-template name="word"><xsl:with-param name="q" select="."/><xsl:with-param name="w" select="$value"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </label>
  </xsl:template>

  <!-- Form view of one question: the question is the legend of its choices, or the
       label of its field. -->
  <xsl:template match="c:question" mode="form">
    <xsl:variable name="name" select="@slug"/>
    <xsl:variable name="a" select="string(c:answer)"/>
    <div class="sa-q" id="q-{@slug}">
      <xsl:choose>
        <xsl:when test="@kind = 'text' or @kind = 'year'">
          <label>
            <xsl:value-of select="c:text[@xml:lang = $lang]"/>
            <xsl:text> </xsl:text><xsl:call-template name="badge"/>
            <xsl:choose>
              <xsl:when test="@kind = 'text'">
                <textarea name="{$name}" rows="4" maxlength="{@max}"><xsl:value-of select="$a"/></textarea>
              </xsl:when>
              <xsl:otherwise>
                <input type="number" name="{$name}" value="{$a}" min="{@min}" max="{@max}" inputmode="numeric"/>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:call-template name="problems"><xsl:with-param name="name" select="$name"/></xsl:call-template>
          </label>
        </xsl:when>
        <xsl:when test="@kind = 'choice'">
          <label>
            <xsl:value-of select="c:text[@xml:lang = $lang]"/>
            <xsl:text> </xsl:text><xsl:call-template name="badge"/>
            <select name="{$name}">
              <option value=""><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.unanswered'"/></xsl:call-template></option>
              <xsl:for-each select="c:choice">
                <option value="{@value}">
                  <xsl:if test="@value = $a"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                  <xsl:call-template name="word"><xsl:with-param name="q" select=".."/><xsl:with-param name="w" select="string(@value)"/></xsl:call-template>
                </option>
              </xsl:for-each>
            </select>
            <xsl:call-template name="problems"><xsl:with-param name="name" select="$name"/></xsl:call-template>
          </label>
        </xsl:when>
        <xsl:otherwise>
          <fieldset class="sa-opts">
            <legend><xsl:value-of select="c:text[@xml:lang = $lang]"/><xsl:text> </xsl:text><xsl:call-template name="badge"/></legend>
            <xsl:choose>
              <xsl:when test="@kind = 'yesno'">
                <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="value" select="'yes'"/><xsl:with-param name="checked" select="$a = '1'"/></xsl:call-template>
                <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="value" select="'no'"/><xsl:with-param name="checked" select="$a = '0'"/></xsl:call-template>
                <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="value" select="''"/><xsl:with-param name="checked" select="$a = ''"/></xsl:call-template>
              </xsl:when>
              <xsl:when test="@kind = 'scale'">
                <xsl:variable name="q" select="."/>
                <xsl:for-each select="(//node())[position() &lt;= 5]">
                  <xsl:variable name="v" select="string(position())"/>
                  <xsl:for-each select="$q">
                    <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="value" select="$v"/><xsl:with-param name="checked" select="$a = $v"/></xsl:call-template>
                  </xsl:for-each>
                </xsl:for-each>
                <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="value" select="''"/><xsl:with-param name="checked" select="$a = ''"/></xsl:call-template>
                <span class="note"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.scale.hint'"/></xsl:call-template></span>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="c:choice">
                  <xsl:variable name="v" select="string(@value)"/>
                  <xsl:for-each select="..">
                    <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="value" select="$v"/><xsl:with-param name="type" select="'checkbox'"/><xsl:with-param name="checked" select="contains(concat(' ', $a, ' '), concat(' ', $v, ' '))"/></xsl:call-template>
                  </xsl:for-each>
                </xsl:for-each>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:call-template name="problems"><xsl:with-param name="name" select="$name"/></xsl:call-template>
          </fieldset>
        </xsl:otherwise>
      </xsl:choose>
      <!-- Folded on the form, so that a phone scrolls through questions, not advice. -->
      <details class="sa-why">
        <summary>
          <xsl:call-template name="sa-l">
            <xsl:with-param name="k" select="substring('sa.whysa.advice', 1 + 6 * number(boolean(c:advice)), 6 + 3 * number(boolean(c:advice)))"/>
          </xsl:call-template>
        </summary>
        <xsl:call-template name="meta"/>
        <xsl:call-template name="advice"/>
      </details>
    </div>
  </xsl:template>

  <xsl:template match="c:step" mode="summary">
    <li>
      <a href="#step-{@name}"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="concat('sa.step.', @name)"/></xsl:call-template></a>
      <span class="sa-n"><xsl:value-of select="@met"/><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.of'"/></xsl:call-template><xsl:value-of select="@of"/></span>
      <xsl:choose>
        <xsl:when test="@met = @of"><span class="badge sa-met"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.ready'"/></xsl:call-template></span></xsl:when>
        <xsl:otherwise><span class="badge sa-unmet"><xsl:value-of select="@of - @met"/><xsl:text> </xsl:text><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.missing'"/></xsl:call-template></span></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="c:self-assessment" mode="page">
    <h1><xsl:call-template name="page-title"/></h1>
    <p class="lead"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.lead'"/></xsl:call-template></p>
    <p>
      <a href="{$base}/cities/{$city/@slug}{$lang-q}"><xsl:call-template name="city-name"/></a>
      <xsl:if test="c:submitted">
        <xsl:text> · </xsl:text>
        <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.version'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', @version, ' · ')"/>
        <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.submitted'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', translate(c:submitted/@at, 'TZ', ' '))"/>
        <xsl:if test="c:submitted/@by">
          <xsl:text> · </xsl:text><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.by'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', c:submitted/@by)"/>
        </xsl:if>
      </xsl:if>
    </p>
    <xsl:if test="@earlier">
      <p class="warn">
        <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.earlier'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <a href="{$base}/cities/{$city/@slug}/self-assessment{$lang-q}"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.to-latest'"/></xsl:call-template></a>
      </p>
    </xsl:if>
    <xsl:if test="not(c:submitted)">
      <p class="empty"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.never'"/></xsl:call-template></p>
    </xsl:if>
    <xsl:if test="not($form)">
      <p class="ed-links"><a class="ed-link" href="{$base}/edit/cities/{$city/@slug}/self-assessment{$lang-q}"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.edit'"/></xsl:call-template></a></p>
    </xsl:if>

    <h2><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.readiness'"/></xsl:call-template></h2>
    <ul class="sa-steps"><xsl:apply-templates select="c:step" mode="summary"/></ul>

    <xsl:choose>
      <xsl:when test="$form">
        <xsl:if test="c:invalid or @status = '409'">
          <p class="warn" role="alert">
            <xsl:call-template name="t-problem"/>
          </p>
          <xsl:call-template name="problems"><xsl:with-param name="name" select="'csrf'"/></xsl:call-template>
          <xsl:call-template name="problems"><xsl:with-param name="name" select="'body'"/></xsl:call-template>
          <xsl:for-each select="c:invalid[@code = 'unknown-field']">
            <span class="error" role="alert"><xsl:value-of select="concat(c:message[@xml:lang = $lang], ': ', @field)"/></span>
          </xsl:for-each>
        </xsl:if>
        <p class="note"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.form.note'"/></xsl:call-template></p>
        <form class="ed-form" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
          <input type="hidden" name="csrf" value="{c:csrf}"/>
          <input type="hidden" name="if-match" value="{c:if-match}"/>
          <xsl:for-each select="c:step">
            <h2 id="step-{@name}"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="concat('sa.step.', @name)"/></xsl:call-template></h2>
            <xsl:apply-templates select="c:question" mode="form"/>
          </xsl:for-each>
          <button type="submit"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.submit'"/></xsl:call-template></button>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="c:step">
          <h2 id="step-{@name}"><xsl:call-template name="sa-l"><xsl:with-param name="k" select="concat('sa.step.', @name)"/></xsl:call-template></h2>
          <xsl:apply-templates select="c:question"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="c:versions/c:version">
      <h2><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.versions'"/></xsl:call-template></h2>
      <ul class="plain">
        <xsl:for-each select="c:versions/c:version">
          <li>
            <a href="{$base}/cities/{$city/@slug}/self-assessment/versions/{@n}{$lang-q}">
              <xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.version'"/></xsl:call-template>
              <xsl:value-of select="concat(' ', @n)"/>
            </a>
            <xsl:value-of select="concat(' · ', translate(@at, 'TZ', ' '))"/>
            <xsl:if test="position() = 1"><xsl:text> · </xsl:text><xsl:call-template name="sa-l"><xsl:with-param name="k" select="'sa.latest'"/></xsl:call-template></xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t-problem">
    <xsl:choose>
      <xsl:when test="/*/@status = '409'">
        <xsl:choose>
          <xsl:when test="$lang = 'zh'">表单生成后已有他人提交了新版本；未保存任何内容。请刷新页面查看。</xsl:when>
          <xsl:otherwise>Someone else submitted a new version since the form was made; nothing was stored. Reload the page to see it.</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="$lang = 'zh'">未保存任何内容。请修改下方标出的问题。</xsl:when>
          <xsl:otherwise>Nothing was stored. Please correct the questions marked below.</xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
