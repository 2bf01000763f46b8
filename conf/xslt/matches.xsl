<?xml version="1.0" encoding="UTF-8"?>
<!--
  matches.xsl - the suggested partners of a city ("/cities/{slug}/matches", XML root
  <matches>): the city and its existing partners, a filter form with the weights of the
  score, and the ranked candidates, each with its reasons and the parts of its score.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.

  The parts of a score are drawn as bars with inline style widths (no script, no image):
  the frame of a bar is the part's weight (the most it can add, on the scale of the largest
  weight), the filled share its value (0 to 1), and the number beside it what it adds.
  Saturation is a penalty: drawn hatched and written with a minus sign.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <!-- The components in the order of the engine (and of <weights>). -->
  <xsl:variable name="components" select="'complement common potential willingness contacts structure network saturation'"/>

  <!-- The largest weight: the full width of a bar.  1 when all are 0. -->
  <xsl:variable name="w-max">
    <xsl:variable name="top" select="/*/c:weights/@*[not(number(.) &lt; /*/c:weights/@*)]"/>
    <xsl:choose>
      <xsl:when test="number($top[1]) &gt; 0"><xsl:value-of select="number($top[1])"/></xsl:when>
      <xsl:otherwise>1</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="matches-path" select="concat('/cities/', /*/c:city/@slug, '/matches')"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'matches'"/></xsl:call-template>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:city"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:matches" mode="page">
    <xsl:variable name="city" select="c:city"/>
    <h1>
      <span class="kicker"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches'"/></xsl:call-template></span>
      <xsl:call-template name="names"><xsl:with-param name="node" select="$city"/></xsl:call-template>
    </h1>
    <p class="lead">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'matches.lead'"/></xsl:call-template>
    </p>

    <dl class="facts">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'city'"/></xsl:call-template></dt>
      <dd>
        <xsl:call-template name="city-link"><xsl:with-param name="node" select="$city"/></xsl:call-template>
        <xsl:if test="$city/@country"><xsl:value-of select="concat(' (', $city/@country, ')')"/></xsl:if>
      </dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.existing'"/></xsl:call-template></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="c:existing/c:partner">
            <ul class="tags">
              <xsl:for-each select="c:existing/c:partner">
                <li>
                  <xsl:call-template name="city-link"/>
                  <xsl:if test="@country"><xsl:value-of select="concat(' (', @country, ')')"/></xsl:if>
                </li>
              </xsl:for-each>
            </ul>
            <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.existing.note'"/></xsl:call-template></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-partnerships'"/></xsl:call-template></span>
          </xsl:otherwise>
        </xsl:choose>
      </dd>
    </dl>

    <!-- GET, so a ranking has an address of its own; empty fields mean "any" (or, for a
         weight, the site's default). -->
    <form class="flt" method="get" action="{$base}{$matches-path}" role="search">
      <xsl:call-template name="form-lang"/>
      <xsl:call-template name="area-select"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'country'"/>
        <xsl:with-param name="key" select="'country'"/>
        <xsl:with-param name="hint" select="'country.hint'"/>
        <xsl:with-param name="pattern" select="'[A-Za-z]{2}'"/>
        <xsl:with-param name="maxlength" select="'2'"/>
        <xsl:with-param name="class" select="'flt-short'"/>
      </xsl:call-template>
      <label>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'matches.min-score'"/></xsl:call-template>
        <span class="flt-hint"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.min-score.hint'"/></xsl:call-template></span>
        <input type="number" name="min_score" min="0" max="100" step="any" inputmode="decimal">
          <xsl:attribute name="value">
            <xsl:call-template name="param"><xsl:with-param name="name" select="'min_score'"/></xsl:call-template>
          </xsl:attribute>
        </input>
      </label>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'limit'"/>
        <xsl:with-param name="key" select="'matches.limit'"/>
        <xsl:with-param name="hint" select="'matches.limit.hint'"/>
        <xsl:with-param name="type" select="'number'"/>
      </xsl:call-template>

      <!-- The weights, folded away unless the URL set one.  A checkbox and a sibling
           selector fold them (no script; <details> would trip libxml2's HTML parser, see
           the note on sectioning elements in layout.xsl).  Folded fields are still sent. -->
      <div class="flt-fold">
        <input type="checkbox" id="weights-fold" class="flt-fold-toggle">
          <xsl:if test="c:filter/@*[starts-with(local-name(), 'w_')]">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
        </input>
        <label for="weights-fold" class="flt-fold-label">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'matches.weights'"/></xsl:call-template>
        </label>
        <div class="flt-fold-body">
          <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.weights.note'"/></xsl:call-template></p>
          <xsl:call-template name="weight-fields">
            <xsl:with-param name="names" select="$components"/>
          </xsl:call-template>
        </div>
      </div>

      <xsl:call-template name="form-buttons">
        <xsl:with-param name="path" select="$matches-path"/>
      </xsl:call-template>
    </form>

    <xsl:choose>
      <xsl:when test="c:match">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'matches'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide mt-table">
            <thead>
              <tr>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.rank'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.candidate'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'country'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.score'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.reasons'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.parts'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:match" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:when test="$has-filters">
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.none-match'"/></xsl:call-template></p>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.none'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.how'"/></xsl:call-template></h2>
    <p><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.how.score'"/></xsl:call-template></p>
    <dl class="facts">
      <xsl:call-template name="component-terms">
        <xsl:with-param name="names" select="$components"/>
      </xsl:call-template>
    </dl>
    <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.how.bars'"/></xsl:call-template></p>
    <p>
      <a href="{$xml-url}" type="application/xml">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'matches.xml'"/></xsl:call-template>
      </a>
    </p>
  </xsl:template>

  <!-- One candidate. -->
  <xsl:template match="c:match" mode="row">
    <xsl:variable name="mine" select="c:reason[@xml:lang = $lang]"/>
    <xsl:variable name="reasons" select="$mine | c:reason[not($mine)][@xml:lang = 'en']"/>
    <tr>
      <td class="num"><xsl:value-of select="@rank"/></td>
      <th scope="row"><xsl:call-template name="city-link"/>
        <!-- Expressions of interest (issue 19): for the city's editors (behind the sign-in). -->
        <br/><a class="ed-link" href="{$base}/edit/cities/{/*/c:city/@slug}/interests?city={@slug}{$lang-amp}#send"><xsl:call-template name="label"><xsl:with-param name="key" select="'interest.express'"/></xsl:call-template></a>
      </th>
      <td><xsl:value-of select="@country"/></td>
      <td class="num"><strong><xsl:value-of select="format-number(@score, '0.00')"/></strong></td>
      <td class="mt-why">
        <xsl:if test="$reasons">
          <ul class="plain mt-reasons" lang="{$reasons[1]/@xml:lang}">
            <xsl:for-each select="$reasons">
              <li><xsl:value-of select="."/></li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </td>
      <td>
        <ul class="mt-bars">
          <xsl:apply-templates select="c:component" mode="bar"/>
        </ul>
      </td>
    </tr>
  </xsl:template>

  <!-- One part of a score: its name, a bar, and what it adds (saturation: takes away). -->
  <xsl:template match="c:component" mode="bar">
    <xsl:variable name="name" select="string(@name)"/>
    <xsl:variable name="penalty" select="$name = 'saturation'"/>
    <xsl:variable name="weight-attr" select="/*/c:weights/@*[local-name() = $name]"/>
    <xsl:variable name="weight">
      <xsl:choose>
        <xsl:when test="$weight-attr"><xsl:value-of select="number($weight-attr)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$w-max"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <!-- Sizes without sign: "-0.0000" must not print as "-0.00". -->
    <xsl:variable name="amount" select="number(translate(@contribution, '-', ''))"/>
    <xsl:variable name="value" select="number(translate(@value, '-', ''))"/>
    <xsl:variable name="fill">
      <xsl:choose>
        <xsl:when test="not($value &gt; 0)">0</xsl:when>
        <xsl:when test="$value &gt; 1">100</xsl:when>
        <xsl:otherwise><xsl:value-of select="format-number($value * 100, '0.#')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="shown">
      <xsl:if test="$penalty and $amount &gt; 0">−</xsl:if>
      <xsl:value-of select="format-number($amount, '0.00')"/>
    </xsl:variable>
    <xsl:variable name="label">
      <xsl:call-template name="code">
        <xsl:with-param name="group" select="'mc'"/>
        <xsl:with-param name="value" select="$name"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="colon">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="class" select="normalize-space(concat(substring('mt-penalty', 1, 10 * $penalty), ' ', substring('mt-zero', 1, 7 * not($amount &gt; 0))))"/>
    <!-- The title spells out the product: "Network: 0.50 × 2 = 1.00"; a penalty is
         "−0.26 × 2 = −0.52". -->
    <li title="{$label}{$colon}{substring('−', 1, $penalty and $value &gt; 0)}{format-number($value, '0.00')} × {format-number($weight, '0.####')} = {$shown}">
      <xsl:if test="$class != ''"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
      <span class="mt-part"><xsl:value-of select="$label"/></span>
      <span class="mt-bar" aria-hidden="true" style="width:{format-number($weight div $w-max * 100, '0.#')}%">
        <span style="width:{$fill}%"></span>
      </span>
      <span class="mt-n"><xsl:value-of select="$shown"/></span>
    </li>
  </xsl:template>

  <!-- A number field per weight ("w_<name>"), 0 to 10 in steps of 0.5, pre-filled with the
       weight in force.  A weight the URL set off the 0.5 grid (e.g. 0.25) gets step="any",
       or the browser would refuse to send the form. -->
  <xsl:template name="weight-fields">
    <xsl:param name="names"/>
    <xsl:if test="$names != ''">
      <xsl:variable name="name" select="substring-before(concat($names, ' '), ' ')"/>
      <xsl:variable name="w" select="/*/c:weights/@*[local-name() = $name]"/>
      <label>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'mc'"/>
          <xsl:with-param name="value" select="$name"/>
        </xsl:call-template>
        <input type="number" name="w_{$name}" min="0" max="10" inputmode="decimal">
          <xsl:attribute name="step">
            <xsl:choose>
              <xsl:when test="$w and number($w) * 2 != floor(number($w) * 2)">any</xsl:when>
              <xsl:otherwise>0.5</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:if test="$w">
            <xsl:attribute name="value"><xsl:value-of select="format-number(number($w), '0.####')"/></xsl:attribute>
          </xsl:if>
        </input>
      </label>
      <xsl:call-template name="weight-fields">
        <xsl:with-param name="names" select="substring-after($names, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "Name: what it stands for", one line per component. -->
  <xsl:template name="component-terms">
    <xsl:param name="names"/>
    <xsl:if test="$names != ''">
      <xsl:variable name="name" select="substring-before(concat($names, ' '), ' ')"/>
      <dt>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'mc'"/>
          <xsl:with-param name="value" select="$name"/>
        </xsl:call-template>
      </dt>
      <dd>
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat('mc-about.', $name)"/></xsl:call-template>
      </dd>
      <xsl:call-template name="component-terms">
        <xsl:with-param name="names" select="substring-after($names, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
