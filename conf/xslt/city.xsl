<?xml version="1.0" encoding="UTF-8"?>
<!--
  city.xsl - one city ("/cities/{slug}", XML root <city>): its facts, cooperation areas,
  partnerships, other ties and events.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:city" mode="page">
    <h1><xsl:call-template name="names"/></h1>
    <!-- For editors (the /edit/ pages ask the web server's sign-in). -->
    <p class="ed-links">
      <a href="{$base}/edit/cities/{@slug}{$lang-q}"><xsl:choose><xsl:when test="$lang = 'zh'">编辑城市概况</xsl:when><xsl:otherwise>Edit the profile</xsl:otherwise></xsl:choose></a> ·
      <a href="{$base}/edit/sources{$lang-q}"><xsl:choose><xsl:when test="$lang = 'zh'">添加日历</xsl:when><xsl:otherwise>Add a calendar</xsl:otherwise></xsl:choose></a> ·
      <a href="{$base}/edit/organisations{$lang-q}"><xsl:choose><xsl:when test="$lang = 'zh'">添加机构</xsl:when><xsl:otherwise>Add an organisation</xsl:otherwise></xsl:choose></a> ·
      <a href="{$base}/edit/cities/{@slug}/interests{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'interest.page'"/></xsl:call-template></a>
    </p>
    <p class="lead">
      <xsl:call-template name="code">
        <xsl:with-param name="group" select="'admin'"/>
        <xsl:with-param name="value" select="c:admin-level"/>
      </xsl:call-template>
      <xsl:if test="c:province"><xsl:value-of select="concat(' · ', c:province)"/></xsl:if>
      <xsl:if test="c:country">
        <xsl:text> · </xsl:text>
        <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:country"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="@side">
        <xsl:text> · </xsl:text>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'side'"/>
          <xsl:with-param name="value" select="@side"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="c:seeks-partner = '1'">
        <xsl:text> · </xsl:text>
        <strong class="badge warn">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'seeks-partner'"/></xsl:call-template>
        </strong>
      </xsl:if>
    </p>
    <!-- The partner suggestions of this city: ranked, explained, with weights to change. -->
    <p class="cta">
      <a href="{$base}/cities/{@slug}/matches{$lang-q}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'matches'"/></xsl:call-template>
        <xsl:text> →</xsl:text>
      </a>
      <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'matches.cta.hint'"/></xsl:call-template></span>
    </p>
    <!-- Its dashboard (issue 6): partnerships side by side, KPIs, events. -->
    <p class="cta">
      <a href="{$base}/cities/{@slug}/dashboard{$lang-q}" id="city-dashboard-link">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.link'"/></xsl:call-template>
        <xsl:text> →</xsl:text>
      </a>
      <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.link.long'"/></xsl:call-template></span>
    </p>
    <!-- The city's own step tracker (issue 18): Aim and Commit. -->
    <p class="cta">
      <a href="{$base}/cities/{@slug}/tracker{$lang-q}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'gd.tracker-city'"/></xsl:call-template>
        <xsl:text> →</xsl:text>
      </a>
      <xsl:text> </xsl:text>
      <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.tracker-city.hint'"/></xsl:call-template></span>
    </p>
    <!-- Its self-assessment (issue 19): readiness per step, from the report's questionnaire. -->
    <p class="cta">
      <a href="{$base}/cities/{@slug}/self-assessment{$lang-q}" id="city-self-assessment-link">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'sa.link'"/></xsl:call-template>
        <xsl:text> →</xsl:text>
      </a>
      <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'sa.link.long'"/></xsl:call-template></span>
    </p>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'facts'"/></xsl:call-template></h2>
    <dl class="facts">
      <xsl:if test="c:country">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'country'"/></xsl:call-template></dt>
        <dd>
          <a href="{$base}/cities?country={@country}{$lang-amp}">
            <xsl:call-template name="lang-pick">
              <xsl:with-param name="nodes" select="c:country"/>
              <xsl:with-param name="both" select="true()"/>
            </xsl:call-template>
          </a>
          <xsl:value-of select="concat(' (', @country, ')')"/>
        </dd>
      </xsl:if>
      <xsl:if test="@side">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'side'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'side'"/>
            <xsl:with-param name="value" select="@side"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <xsl:if test="c:admin-level">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'admin-level'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'admin'"/>
            <xsl:with-param name="value" select="c:admin-level"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'province'"/>
        <xsl:with-param name="value" select="c:province"/>
      </xsl:call-template>
      <xsl:if test="c:population">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'population'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="number"><xsl:with-param name="value" select="c:population"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:if test="c:latitude and c:longitude">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'coordinates'"/></xsl:call-template></dt>
        <dd>
          <xsl:value-of select="concat(c:latitude, ', ', c:longitude)"/>
          <xsl:text> (</xsl:text>
          <a href="https://www.openstreetmap.org/?mlat={c:latitude}&amp;mlon={c:longitude}#map=11/{c:latitude}/{c:longitude}" rel="external noopener">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'map'"/></xsl:call-template>
          </a>
          <xsl:text>)</xsl:text>
        </dd>
      </xsl:if>
      <xsl:call-template name="flag"><xsl:with-param name="node" select="c:coastal"/></xsl:call-template>
      <xsl:if test="c:international-strategy">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'international-strategy'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="yes-no"><xsl:with-param name="value" select="c:international-strategy"/></xsl:call-template>
          <xsl:if test="c:international-strategy-since">
            <xsl:text> (</xsl:text>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'since.lower'"/></xsl:call-template>
            <xsl:value-of select="concat(' ', c:international-strategy-since, ')')"/>
          </xsl:if>
        </dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'contact-point'"/>
        <xsl:with-param name="value" select="c:contact-point"/>
      </xsl:call-template>
      <xsl:call-template name="flag"><xsl:with-param name="node" select="c:wants-peer-to-peer"/></xsl:call-template>
      <xsl:call-template name="flag"><xsl:with-param name="node" select="c:wants-joint-project"/></xsl:call-template>
      <xsl:call-template name="flag"><xsl:with-param name="node" select="c:seeks-partner"/></xsl:call-template>
      <xsl:if test="c:self-view-learning">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'self-view-learning'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'learning'"/>
            <xsl:with-param name="value" select="c:self-view-learning"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <xsl:if test="c:self-view-investment">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'self-view-investment'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'investment'"/>
            <xsl:with-param name="value" select="c:self-view-investment"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'notes'"/>
        <xsl:with-param name="value" select="c:notes"/>
      </xsl:call-template>
      <xsl:if test="c:facts-source">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'facts-source'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'source'"/>
            <xsl:with-param name="value" select="c:facts-source"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <xsl:if test="c:updated">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'updated'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="day"><xsl:with-param name="value" select="c:updated"/></xsl:call-template></dd>
      </xsl:if>
    </dl>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'areas'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:areas/c:area">
        <xsl:call-template name="area-tags"><xsl:with-param name="areas" select="c:areas/c:area"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-areas'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'partnerships'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:partnerships/c:partnership">
        <div class="scroll" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'partner'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'kind'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'since'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnership'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="c:partnerships/c:partnership">
                <tr>
                  <th scope="row"><xsl:call-template name="city-link"><xsl:with-param name="node" select="c:partner"/></xsl:call-template></th>
                  <td><xsl:call-template name="pkind"/></td>
                  <td class="date"><xsl:value-of select="@since"/></td>
                  <td><xsl:call-template name="pstatus"/></td>
                  <td><a href="{$base}/partnerships/{@id}{$lang-q}">#<xsl:value-of select="@id"/></a></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-partnerships'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="c:ties/c:tie">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'ties'"/></xsl:call-template></h2>
      <ul class="plain">
        <xsl:apply-templates select="c:ties/c:tie" mode="page"/>
      </ul>
    </xsl:if>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'events'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:events/c:event">
        <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'city.events.note'"/></xsl:call-template></p>
        <div class="scroll" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'date'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'event'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="c:events/c:event">
                <tr>
                  <xsl:if test="@status = 'cancelled'"><xsl:attribute name="class">cancelled-row</xsl:attribute></xsl:if>
                  <td class="date"><xsl:call-template name="event-dates"/></td>
                  <td class="title"><xsl:value-of select="c:title"/></td>
                  <td><xsl:call-template name="event-status"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-city-events'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <p>
      <a href="{$base}/events?city={@slug}{$lang-amp}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'city.upcoming'"/></xsl:call-template>
      </a>
    </p>
  </xsl:template>

  <!-- A tie as a sentence with this city as subject: direction="to" means this city is
       city_a, so "member_of" reads "A is part of B"; "from" reverses it to "includes". -->
  <xsl:template match="c:tie" mode="page">
    <xsl:variable name="key">
      <xsl:value-of select="concat('tie.', @kind)"/>
      <xsl:if test="@kind != 'twinning'"><xsl:value-of select="concat('.', @direction)"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="end">
      <xsl:call-template name="label"><xsl:with-param name="key" select="concat($key, '.end')"/></xsl:call-template>
    </xsl:variable>
    <li>
      <!-- The subject by its name in the page's language only: the heading shows all. -->
      <xsl:choose>
        <xsl:when test="$lang = 'zh' and /*/c:name[@xml:lang = 'zh']">
          <xsl:value-of select="/*/c:name[@xml:lang = 'zh']"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="/*/c:name[@xml:lang = 'en']"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <xsl:call-template name="label"><xsl:with-param name="key" select="string($key)"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:city"/></xsl:call-template>
      <xsl:if test="string($end) != ''"><xsl:value-of select="concat(' ', $end)"/></xsl:if>
      <xsl:if test="@since">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'since.lower'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', @since, ')')"/>
      </xsl:if>
      <xsl:if test="c:notes">
        <br/>
        <span class="note"><xsl:value-of select="c:notes"/></span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A 0/1 fact, labelled by its element name; absent means unknown and is hidden. -->
  <xsl:template name="flag">
    <xsl:param name="node"/>
    <xsl:if test="$node">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="local-name($node)"/></xsl:call-template></dt>
      <dd><xsl:call-template name="yes-no"><xsl:with-param name="value" select="$node"/></xsl:call-template></dd>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
