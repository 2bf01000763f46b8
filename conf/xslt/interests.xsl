<?xml version="1.0" encoding="UTF-8"?>
<!--
  interests.xsl - a city's expressions of interest ("/edit/cities/{slug}/interests", XML
  root <interests>, never cached; its editors and admins only).  The root gives the
  answer's @status; <user> who is signed in; <csrf> the token every form sends back;
  <problem code> why the last post was refused and <invalid field> its fields; <candidate>
  a city to propose (from the matches page); <city>, its <focal-point> (with @etag),
  <sent count max expiry-days>; <incoming> and <outgoing> with one <interest> each
  (@status, @lapsed, @etag, dates, <from>, <to>, <areas>, <message>, <score>, <record>
  with <reason xml:lang>, <answer>, <partnership id>, and once accepted the other side's
  <focal-point>); <areas> for the form.  Every value is untrusted text: output as
  attribute or text only.  Classes: eoi- (this page) and ed-form (the forms).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <!-- A name in the page's language, else English. -->
  <xsl:template name="nm">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n/c:name[@xml:lang = $lang]"><xsl:value-of select="$n/c:name[@xml:lang = $lang]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$n/c:name[@xml:lang = 'en']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.expressions-of-interest'"/></xsl:call-template>
    <xsl:call-template name="nm"><xsl:with-param name="n" select="/*/c:city"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="status-word">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'pending'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.pending'"/></xsl:call-template></xsl:when>
      <xsl:when test="$s = 'accepted'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.accepted'"/></xsl:call-template></xsl:when>
      <xsl:when test="$s = 'declined'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.declined'"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.expired'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Why the last post was refused, by its code. -->
  <xsl:template match="c:problem">
    <p class="warn" role="alert">
      <xsl:choose>
        <xsl:when test="@code = 'self'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.a-city-cannot-express'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'same-side'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.the-candidate-must-be'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'no-city'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.there-is-no-such'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'no-area'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.one-of-the-areas'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'pending'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.an-expression-of-interest'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'partners-already'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.these-cities-are-partners'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'declined-recently'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.this-city-declined-your'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'monthly-cap'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.your-city-has-sent'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'not-pending'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.this-expression-of-interest'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'expired'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.this-expression-of-interest-2'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'stale'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.someone-else-changed-this'"/></xsl:call-template></xsl:when>
        <xsl:when test="@code = 'out-of-scope'"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.you-may-not-answer'"/></xsl:call-template></xsl:when>
        <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.nothing-was-stored-please'"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <!-- The problems of one field. -->
  <xsl:template name="problems">
    <xsl:param name="name"/>
    <xsl:for-each select="/*/c:invalid[@field = $name]">
      <span class="error" role="alert">
        <xsl:value-of select="c:message[@xml:lang = $lang]"/>
        <xsl:if test="@detail"><xsl:value-of select="concat(' (', @detail, ')')"/></xsl:if>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="c:focal-point" mode="show">
    <dl class="eoi-focal">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.focal-point'"/></xsl:call-template></dt>
      <dd>
        <xsl:value-of select="c:name"/>
        <xsl:if test="c:role"><xsl:value-of select="concat(', ', c:role)"/></xsl:if>
        <xsl:if test="c:email"><br/><a href="mailto:{c:email}"><xsl:value-of select="c:email"/></a></xsl:if>
        <xsl:if test="c:phone"><br/><xsl:value-of select="c:phone"/></xsl:if>
      </dd>
    </dl>
  </xsl:template>

  <xsl:template match="c:interest">
    <xsl:param name="incoming"/>
    <xsl:variable name="other" select="c:from[$incoming] | c:to[not($incoming)]"/>
    <li class="eoi-item">
      <h3>
        <xsl:call-template name="nm"><xsl:with-param name="n" select="$other"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <span class="badge eoi-{@status}">
          <xsl:call-template name="status-word"><xsl:with-param name="s" select="@status"/></xsl:call-template>
          <xsl:if test="@lapsed"> (<xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.past-its-time'"/></xsl:call-template>)</xsl:if>
        </span>
      </h3>
      <p class="muted">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.sent'"/></xsl:call-template>
        <span class="date"><xsl:value-of select="@sent"/></span>
        <xsl:if test="@status = 'pending'">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.expires'"/></xsl:call-template>
          <span class="date"><xsl:value-of select="@expires"/></span>
        </xsl:if>
        <xsl:if test="@answered">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.answered'"/></xsl:call-template>
          <span class="date"><xsl:value-of select="@answered"/></span>
        </xsl:if>
      </p>
      <p class="tags">
        <xsl:for-each select="c:areas/c:area">
          <span class="badge"><xsl:call-template name="nm"><xsl:with-param name="n" select="."/></xsl:call-template></span>
          <xsl:text> </xsl:text>
        </xsl:for-each>
      </p>
      <p class="eoi-message"><xsl:value-of select="c:message"/></p>
      <xsl:if test="c:record">
        <details class="eoi-record">
          <summary>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.why-this-partner-was'"/></xsl:call-template>
            <xsl:if test="c:score">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.match-score'"/></xsl:call-template>
              <xsl:value-of select="format-number(c:score, '0.00')"/>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.text'"/></xsl:call-template>
            </xsl:if>
          </summary>
          <ul>
            <xsl:for-each select="c:record/c:reason[@xml:lang = $lang]"><li><xsl:value-of select="."/></li></xsl:for-each>
          </ul>
        </details>
      </xsl:if>
      <xsl:if test="c:answer">
        <p><strong><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.answer'"/></xsl:call-template></strong><xsl:value-of select="c:answer"/></p>
      </xsl:if>
      <xsl:if test="c:partnership">
        <p><a href="{$base}/partnerships/{c:partnership/@id}{$lang-q}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.the-partnership'"/></xsl:call-template>
        </a></p>
      </xsl:if>
      <xsl:apply-templates select="c:focal-point" mode="show"/>
      <xsl:if test="$incoming and @status = 'pending' and not(@lapsed)">
        <form class="ed-form eoi-answer" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
          <input type="hidden" name="csrf" value="{/*/c:csrf}"/>
          <input type="hidden" name="interest" value="{@id}"/>
          <input type="hidden" name="if-match" value="{@etag}"/>
          <label>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.answer-required-to-decline'"/></xsl:call-template>
            <textarea name="answer" rows="2" maxlength="1000"></textarea>
          </label>
          <button type="submit" name="action" value="accept"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.accept'"/></xsl:call-template></button>
          <button type="submit" name="action" value="decline"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.decline'"/></xsl:call-template></button>
        </form>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="c:interests" mode="page">
    <h1><xsl:call-template name="page-title"/></h1>
    <p class="lead">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.signed-in-as'"/></xsl:call-template>
      <strong><xsl:value-of select="c:user/@name"/></strong>
      <xsl:text>. </xsl:text>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.only-the-editors-of'"/></xsl:call-template>
    </p>
    <p><a href="{$base}/cities/{c:city/@slug}/matches{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.suggested-partners'"/></xsl:call-template></a></p>
    <xsl:apply-templates select="c:problem"/>
    <xsl:call-template name="problems"><xsl:with-param name="name" select="'csrf'"/></xsl:call-template>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.received'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:incoming/c:interest">
        <ul class="plain eoi-list">
          <xsl:apply-templates select="c:incoming/c:interest"><xsl:with-param name="incoming" select="true()"/></xsl:apply-templates>
        </ul>
      </xsl:when>
      <xsl:otherwise><p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.none'"/></xsl:call-template></p></xsl:otherwise>
    </xsl:choose>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.sent-2'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:outgoing/c:interest">
        <ul class="plain eoi-list">
          <xsl:apply-templates select="c:outgoing/c:interest"><xsl:with-param name="incoming" select="false()"/></xsl:apply-templates>
        </ul>
      </xsl:when>
      <xsl:otherwise><p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.none'"/></xsl:call-template></p></xsl:otherwise>
    </xsl:choose>

    <h2 id="send"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.express-interest-in-a'"/></xsl:call-template></h2>
    <p class="note">
      <xsl:choose>
        <xsl:when test="$lang = 'zh'">
          <xsl:value-of select="concat('近30天已发送 ', c:sent/@count, ' / ', c:sent/@max, ' 份。未获答复的意向 ', c:sent/@expiry-days, ' 天后过期。')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat(c:sent/@count, ' of ', c:sent/@max, ' sent in the last 30 days. Unanswered, an expression expires after ', c:sent/@expiry-days, ' days.')"/>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <form class="ed-form eoi-send" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
      <input type="hidden" name="csrf" value="{c:csrf}"/>
      <input type="hidden" name="action" value="send"/>
      <label>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.candidate-city-its-short'"/></xsl:call-template>
        <input type="text" name="to" value="{c:candidate}" maxlength="64" required="required"/>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'to'"/></xsl:call-template>
      </label>
      <fieldset class="eoi-areas">
        <legend><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.areas-proposed'"/></xsl:call-template></legend>
        <xsl:for-each select="c:areas/c:area">
          <label class="eoi-area"><input type="checkbox" name="area" value="{@slug}"/><xsl:text> </xsl:text><xsl:call-template name="nm"><xsl:with-param name="n" select="."/></xsl:call-template></label>
        </xsl:for-each>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'area'"/></xsl:call-template>
      </fieldset>
      <label>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.message'"/></xsl:call-template>
        <textarea name="message" rows="5" maxlength="2000" required="required"></textarea>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'message'"/></xsl:call-template>
      </label>
      <button type="submit"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.send'"/></xsl:call-template></button>
    </form>

    <h2 id="focal"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.your-focal-point-private'"/></xsl:call-template></h2>
    <form class="ed-form eoi-focal-form" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
      <input type="hidden" name="csrf" value="{c:csrf}"/>
      <input type="hidden" name="action" value="focal"/>
      <xsl:if test="c:focal-point/@etag"><input type="hidden" name="if-match" value="{c:focal-point/@etag}"/></xsl:if>
      <label><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.name'"/></xsl:call-template>
        <input type="text" name="name" value="{c:focal-point/c:name}" maxlength="200"/>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'name'"/></xsl:call-template></label>
      <label><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.role'"/></xsl:call-template>
        <input type="text" name="role" value="{c:focal-point/c:role}" maxlength="200"/>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'role'"/></xsl:call-template></label>
      <label><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.e-mail'"/></xsl:call-template>
        <input type="email" name="email" value="{c:focal-point/c:email}" maxlength="254"/>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'email'"/></xsl:call-template></label>
      <label><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.phone'"/></xsl:call-template>
        <input type="tel" name="phone" value="{c:focal-point/c:phone}" maxlength="40"/>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'phone'"/></xsl:call-template></label>
      <button type="submit"><xsl:call-template name="label"><xsl:with-param name="key" select="'eoi.save'"/></xsl:call-template></button>
    </form>
  </xsl:template>

</xsl:stylesheet>
