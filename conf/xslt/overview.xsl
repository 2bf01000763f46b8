<?xml version="1.0" encoding="UTF-8"?>
<!--
  overview.xsl - the start page ("/", XML root <overview>): the platform in numbers, the
  two sides, the countries and the cooperation areas.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="c svg">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'overview'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:overview" mode="page">
    <h1><xsl:value-of select="$site"/></h1>
    <p class="lead">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'overview.lead'"/></xsl:call-template>
    </p>

    <xsl:apply-templates select="c:counts" mode="page"/>
    <!-- The dashboard's time range (partnerships by the year they began): a plain GET form. -->
    <form method="get" action="{$base}/" class="flt-range">
      <xsl:call-template name="form-lang"/>
      <label>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.from'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <input type="date" name="from" value="{c:filter/@from}"/>
      </label>
      <xsl:text> </xsl:text>
      <label>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.to'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <input type="date" name="to" value="{c:filter/@to}"/>
      </label>
      <xsl:text> </xsl:text>
      <button type="submit"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.apply'"/></xsl:call-template></button>
      <xsl:text> </xsl:text>
      <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'ov.range.note'"/></xsl:call-template></span>
    </form>
    <xsl:apply-templates select="c:dashboard/c:figure" mode="overview-dash"/>

    <xsl:if test="c:sides/c:side">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'sides'"/></xsl:call-template></h2>
      <div class="scroll" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'side'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'cities'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnered-cities'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="c:sides/c:side">
              <tr>
                <th scope="row">
                  <a href="{$base}/cities?side={@name}{$lang-amp}">
                    <xsl:call-template name="code">
                      <xsl:with-param name="group" select="'side'"/>
                      <xsl:with-param name="value" select="@name"/>
                    </xsl:call-template>
                  </a>
                </th>
                <td class="num"><xsl:value-of select="@cities"/></td>
                <td class="num"><xsl:value-of select="@partnered-cities"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>

    <xsl:if test="c:countries/c:country">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'countries'"/></xsl:call-template></h2>
      <div class="scroll" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'code'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'country'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'side'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'cities'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnerships'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="c:countries/c:country">
              <tr>
                <td><xsl:value-of select="@code"/></td>
                <td>
                  <a href="{$base}/cities?country={@code}{$lang-amp}">
                    <xsl:call-template name="lang-pick">
                      <xsl:with-param name="nodes" select="c:name"/>
                      <xsl:with-param name="both" select="true()"/>
                    </xsl:call-template>
                  </a>
                </td>
                <td>
                  <xsl:call-template name="code">
                    <xsl:with-param name="group" select="'side'"/>
                    <xsl:with-param name="value" select="@side"/>
                  </xsl:call-template>
                </td>
                <td class="num"><xsl:value-of select="@cities"/></td>
                <td class="num"><xsl:value-of select="@partnerships"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>

    <xsl:if test="c:areas/c:area">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'areas'"/></xsl:call-template></h2>
      <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'areas.lead'"/></xsl:call-template></p>
      <ul class="plain">
        <xsl:for-each select="c:areas/c:area">
          <li>
            <a href="{$base}/cities?area={@slug}{$lang-amp}">
              <xsl:call-template name="lang-pick">
                <xsl:with-param name="nodes" select="c:name"/>
                <xsl:with-param name="both" select="true()"/>
              </xsl:call-template>
            </a>
            <xsl:text> · </xsl:text>
            <a class="note" href="{$base}/partnerships?area={@slug}{$lang-amp}">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'see-partnerships'"/></xsl:call-template>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- The counts as tiles, each leading to its list; all events means "since 1900"
       because the events list shows only upcoming ones by default. -->
  <xsl:template match="c:counts" mode="page">
    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'in-numbers'"/></xsl:call-template></h2>
    <ul class="cnt">
      <xsl:call-template name="count-tile">
        <xsl:with-param name="n" select="@cities"/>
        <xsl:with-param name="key" select="'cities'"/>
        <xsl:with-param name="href" select="concat($base, '/cities', $lang-q)"/>
      </xsl:call-template>
      <xsl:call-template name="count-tile">
        <xsl:with-param name="n" select="@partnerships"/>
        <xsl:with-param name="key" select="'partnerships'"/>
        <xsl:with-param name="href" select="concat($base, '/partnerships', $lang-q)"/>
      </xsl:call-template>
      <xsl:call-template name="count-tile">
        <xsl:with-param name="n" select="@agreements"/>
        <xsl:with-param name="key" select="'agreements'"/>
      </xsl:call-template>
      <xsl:call-template name="count-tile">
        <xsl:with-param name="n" select="@events"/>
        <xsl:with-param name="key" select="'events'"/>
        <xsl:with-param name="href" select="concat($base, '/events?from=1900-01-01', $lang-amp)"/>
      </xsl:call-template>
      <xsl:call-template name="count-tile">
        <xsl:with-param name="n" select="@upcoming-events"/>
        <xsl:with-param name="key" select="'upcoming-events'"/>
        <xsl:with-param name="href" select="concat($base, '/events', $lang-q)"/>
      </xsl:call-template>
    </ul>
  </xsl:template>

  <xsl:template name="count-tile">
    <xsl:param name="n"/>
    <xsl:param name="key"/>
    <xsl:param name="href" select="''"/>
    <xsl:if test="$n">
      <li>
        <span class="cnt-n"><xsl:value-of select="$n"/></span>
        <xsl:choose>
          <xsl:when test="$href != ''">
            <a href="{$href}"><xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template></a>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </li>
    </xsl:if>
  </xsl:template>

  <!-- issue 6: a figure of the platform's dashboard: its heading, the server's SVG (on a
       light ground: it draws in dark ink), then a table of the same numbers, so that
       nothing depends on seeing the chart or its colours. -->
  <xsl:template match="c:figure" mode="overview-dash">
    <xsl:variable name="id" select="concat('ov-', @name)"/>
    <div role="group" aria-labelledby="{$id}" style="margin:1.5rem 0 2rem">
      <h2 id="{$id}"><xsl:call-template name="label"><xsl:with-param name="key" select="concat('ov.', @name)"/></xsl:call-template></h2>
      <xsl:for-each select="c:chart/svg:svg">
        <div style="max-width:60rem;background:#fff;color:#1a1a1a;border:1px solid var(--line);padding:.25rem">
          <xsl:copy>
            <xsl:copy-of select="@*[local-name() != 'style']"/>
            <xsl:attribute name="style">display:block;max-width:100%;height:auto</xsl:attribute>
            <xsl:copy-of select="node()"/>
          </xsl:copy>
        </div>
      </xsl:for-each>
      <xsl:if test="@lines-drawn">
        <p class="note">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'ov.map.drawn'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
          <xsl:value-of select="concat(@lines-drawn, ' / ', @lines)"/>
        </p>
      </xsl:if>
      <xsl:if test="@partnerships > count(c:row)">
        <p class="note">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'ov.map.rows'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
          <xsl:value-of select="concat(count(c:row), ' / ', @partnerships)"/>
          <xsl:text> · </xsl:text>
          <a href="{$base}/partnerships{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'ov.map.all'"/></xsl:call-template></a>
        </p>
      </xsl:if>
      <xsl:if test="@unknown > 0">
        <p class="note">
          <xsl:value-of select="@unknown"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'ov.unknown-year'"/></xsl:call-template>
        </p>
      </xsl:if>
      <details>
        <summary><xsl:call-template name="label"><xsl:with-param name="key" select="'ov.table'"/></xsl:call-template></summary>
        <div class="scroll" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="concat('ov.', @name, '.key')"/></xsl:call-template></th>
                <xsl:if test="@name != 'map'">
                  <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnerships'"/></xsl:call-template></th>
                </xsl:if>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="c:row">
                <tr>
                  <th scope="row" style="font-weight:400">
                    <xsl:choose>
                      <xsl:when test="../@name = 'map'">
                        <a href="{$base}/partnerships/{@key}{$lang-q}">
                          <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
                        </a>
                      </xsl:when>
                      <xsl:when test="c:name">
                        <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/><xsl:with-param name="both" select="true()"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="@key"/></xsl:otherwise>
                    </xsl:choose>
                  </th>
                  <xsl:if test="../@name != 'map'"><td class="num"><xsl:value-of select="@value"/></td></xsl:if>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </details>
      <p class="note">
        <a>
          <xsl:attribute name="href">
            <xsl:value-of select="concat($base, '/overview.csv?table=', @name)"/>
            <xsl:if test="/*/c:filter/@from">&amp;from=<xsl:value-of select="/*/c:filter/@from"/></xsl:if>
            <xsl:if test="/*/c:filter/@to">&amp;to=<xsl:value-of select="/*/c:filter/@to"/></xsl:if>
          </xsl:attribute>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'ov.csv'"/></xsl:call-template>
        </a>
      </p>
    </div>
  </xsl:template>

</xsl:stylesheet>
