<?xml version="1.0" encoding="UTF-8"?>
<!--
  city-dashboard.xsl - the dashboard of a city ("/cities/{slug}/dashboard", XML root
  <city-dashboard>, built by lib/dashboard_city.c): its partnerships side by side (a table,
  then the same numbers as bar charts), its indicators summed across its partnerships
  (chart and table per indicator), and the events of the city and of its partner cities,
  each timed one in every local time concerned.
  A deployer may replace this file; the shared shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="c svg">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash'"/></xsl:call-template>
    <xsl:text>: </xsl:text>
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:city"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:city-dashboard" mode="page">
    <xsl:variable name="d" select="c:dashboard"/>
    <h1>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash'"/></xsl:call-template>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
      <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:city"/></xsl:call-template>
    </h1>
    <p class="lead">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.lead'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <span class="note">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.today'"/></xsl:call-template>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
        <span class="date"><xsl:value-of select="$d/@today"/></span>
      </span>
    </p>
    <xsl:if test="$d/@illustrative = '1'">
      <p role="note" style="border:2px solid var(--warn);padding:.6rem .8rem;margin:1rem 0">
        <strong style="color:var(--warn)">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.illustrative.title'"/></xsl:call-template>
        </strong>
        <xsl:text> </xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.illustrative'"/></xsl:call-template>
      </p>
    </xsl:if>

    <!-- The time range: a plain GET form, no script. -->
    <form method="get" action="{$base}/cities/{c:city/@slug}/dashboard" class="flt-range">
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
    </form>
    <p class="note">
      <a href="{$base}/cities/{c:city/@slug}/dashboard.csv{substring($self, string-length(substring-before(concat($self, '?'), '?')) + 1)}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.csv'"/></xsl:call-template>
      </a>
      <!-- The other tables of the page, in the same range. -->
      <xsl:variable name="range">
        <xsl:if test="c:filter/@from">&amp;from=<xsl:value-of select="c:filter/@from"/></xsl:if>
        <xsl:if test="c:filter/@to">&amp;to=<xsl:value-of select="c:filter/@to"/></xsl:if>
      </xsl:variable>
      <xsl:text> · </xsl:text>
      <a href="{$base}/cities/{c:city/@slug}/dashboard.csv?table=partnerships{$range}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.csv.partnerships'"/></xsl:call-template>
      </a>
      <xsl:text> · </xsl:text>
      <a href="{$base}/cities/{c:city/@slug}/dashboard.csv?table=events{$range}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.csv.events'"/></xsl:call-template>
      </a>
    </p>

    <h2 id="cdash-partnerships"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.partnerships'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="$d/c:partnerships/c:partnership">
        <div class="scroll" tabindex="0">
          <table class="wide" aria-labelledby="cdash-partnerships">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'partner'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'kind'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'since'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.measure.agreements'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.measure.activities'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.measure.events'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.measure.kpi-values'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$d/c:partnerships/c:partnership">
                <tr>
                  <th scope="row" style="font-weight:400">
                    <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:partner"/></xsl:call-template>
                    <br/>
                    <a class="note" href="{$base}/partnerships/{@id}{$lang-q}#dashboard">
                      <xsl:call-template name="label"><xsl:with-param name="key" select="'dash'"/></xsl:call-template>
                    </a>
                  </th>
                  <td><xsl:call-template name="code"><xsl:with-param name="group" select="'pkind'"/><xsl:with-param name="value" select="@kind"/></xsl:call-template></td>
                  <td><xsl:call-template name="code"><xsl:with-param name="group" select="'pstatus'"/><xsl:with-param name="value" select="@status"/></xsl:call-template></td>
                  <td><xsl:value-of select="@since"/></td>
                  <td class="num"><xsl:value-of select="@agreements"/></td>
                  <td class="num"><xsl:value-of select="@activities"/></td>
                  <td class="num"><xsl:value-of select="@events"/></td>
                  <td class="num"><xsl:value-of select="@kpi-values"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.charts-note'"/></xsl:call-template></p>
        <xsl:for-each select="$d/c:chart">
          <xsl:call-template name="svg-box"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.no-partnerships'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <h2 id="cdash-kpis"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.kpis'"/></xsl:call-template></h2>
    <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.kpis.note'"/></xsl:call-template></p>
    <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'kpi.computed.note'"/></xsl:call-template></p>
    <xsl:choose>
      <xsl:when test="$d/c:kpi">
        <xsl:apply-templates select="$d/c:kpi" mode="cdash"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.no-kpis'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <h2 id="cdash-own"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.own'"/></xsl:call-template></h2>
    <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.own.note'"/></xsl:call-template></p>
    <xsl:choose>
      <xsl:when test="$d/c:own/c:kpi">
        <xsl:apply-templates select="$d/c:own/c:kpi" mode="cdash-own"/>
        <p class="note">
          <a>
            <xsl:attribute name="href">
              <xsl:value-of select="concat($base, '/cities/', c:city/@slug, '/dashboard.csv?table=own')"/>
              <xsl:if test="c:filter/@from">&amp;from=<xsl:value-of select="c:filter/@from"/></xsl:if>
              <xsl:if test="c:filter/@to">&amp;to=<xsl:value-of select="c:filter/@to"/></xsl:if>
            </xsl:attribute>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.csv.own'"/></xsl:call-template>
          </a>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.no-own'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <h2 id="cdash-events"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.events'"/></xsl:call-template></h2>
    <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.events.note'"/></xsl:call-template></p>
    <xsl:choose>
      <xsl:when test="$d/c:events/c:event">
        <div class="scroll" tabindex="0">
          <table class="wide" aria-labelledby="cdash-events">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.event'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'city'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.utc'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.local'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="$d/c:events/c:event" mode="cdash"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.no-events'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A server-drawn chart, on a light ground (it draws in dark ink), made to shrink. -->
  <xsl:template name="svg-box">
    <xsl:for-each select="svg:svg">
      <div style="max-width:40rem;background:#fff;color:#1a1a1a;border:1px solid var(--line);padding:.25rem;margin:1rem 0">
        <xsl:copy>
          <xsl:copy-of select="@*[local-name() != 'style']"/>
          <xsl:attribute name="style">display:block;max-width:100%;height:auto</xsl:attribute>
          <xsl:copy-of select="node()"/>
        </xsl:copy>
      </div>
    </xsl:for-each>
  </xsl:template>

  <!-- One of the city's own indicators: its latest value with where it comes from, its
       chart, then a table of the same numbers. -->
  <xsl:template match="c:kpi" mode="cdash-own">
    <div role="group" aria-labelledby="own-{@slug}" style="margin:1rem 0 2rem">
      <h3 id="own-{@slug}">
        <xsl:call-template name="lang-pick">
          <xsl:with-param name="nodes" select="c:name"/>
          <xsl:with-param name="both" select="true()"/>
        </xsl:call-template>
      </h3>
      <p>
        <span class="date"><xsl:value-of select="c:latest/@period"/></span>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
        <strong><xsl:call-template name="number"><xsl:with-param name="value" select="c:latest/@value"/></xsl:call-template></strong>
        <xsl:if test="string(c:unit) != ''"><xsl:value-of select="concat(' ', c:unit)"/></xsl:if>
        <xsl:for-each select="c:change">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'trend'"/>
            <xsl:with-param name="value" select="@trend"/>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:for-each>
        <br/>
        <span class="note">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'confidence'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'confidence'"/>
            <xsl:with-param name="value" select="c:latest/@confidence"/>
          </xsl:call-template>
          <xsl:if test="c:latest/@source">
            <xsl:text> · </xsl:text>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'source'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <xsl:value-of select="c:latest/@source"/>
          </xsl:if>
          <xsl:text> · </xsl:text>
          <a href="{$base}/kpi-values/{c:latest/@id}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.value-details'"/></xsl:call-template></a>
        </span>
      </p>
      <xsl:for-each select="c:chart"><xsl:call-template name="svg-box"/></xsl:for-each>
      <div class="scroll" tabindex="0">
        <table style="width:auto;min-width:100%">
          <caption style="text-align:left;padding:.4rem .6rem;font-weight:600">
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.values-by-period'"/></xsl:call-template>
          </caption>
          <thead>
            <tr>
              <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
              <xsl:for-each select="c:point"><th scope="col" class="num"><xsl:value-of select="@period"/></th></xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'value'"/></xsl:call-template></th>
              <xsl:for-each select="c:point">
                <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="@value"/></xsl:call-template></td>
              </xsl:for-each>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  </xsl:template>

  <!-- One indicator: its chart, then a table of the same numbers. -->
  <xsl:template match="c:kpi" mode="cdash">
    <xsl:variable name="id"><xsl:call-template name="kpi-id"/></xsl:variable>
    <div role="group" aria-labelledby="{$id}" style="margin:1rem 0 2rem">
      <h3 id="{$id}">
        <xsl:call-template name="lang-pick">
          <xsl:with-param name="nodes" select="c:name"/>
          <xsl:with-param name="both" select="true()"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <span class="note">
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('cdash.aggregate.', @aggregate)"/></xsl:call-template>
        </span>
        <xsl:text> </xsl:text>
        <xsl:call-template name="kpi-origin"/>
      </h3>
      <xsl:for-each select="c:chart"><xsl:call-template name="svg-box"/></xsl:for-each>
      <div class="scroll" tabindex="0">
        <table style="width:auto;min-width:100%">
          <caption style="text-align:left;padding:.4rem .6rem;font-weight:600">
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.values-by-period'"/></xsl:call-template>
            <xsl:if test="string(c:unit) != ''">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
              <xsl:value-of select="c:unit"/>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
            </xsl:if>
          </caption>
          <thead>
            <tr>
              <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
              <xsl:for-each select="c:point"><th scope="col" class="num"><xsl:value-of select="@period"/></th></xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'value'"/></xsl:call-template></th>
              <xsl:for-each select="c:point">
                <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="@value"/></xsl:call-template></td>
              </xsl:for-each>
            </tr>
            <xsl:if test="c:point/@partnerships">
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.partnerships-counted'"/></xsl:call-template></th>
                <xsl:for-each select="c:point"><td class="num"><xsl:value-of select="@partnerships"/></td></xsl:for-each>
              </tr>
            </xsl:if>
          </tbody>
        </table>
      </div>
    </div>
  </xsl:template>

  <!-- An event: its UTC time, then the local time of every zone concerned with the cities
       that keep it ("16:00 CST, UTC+08:00: Hangzhou, Xi'an"). -->
  <xsl:template match="c:event" mode="cdash">
    <tr>
      <th scope="row" style="font-weight:400">
        <a href="{$base}/events/{@id}{$lang-q}"><xsl:value-of select="c:title"/></a>
      </th>
      <td><xsl:call-template name="city-link"><xsl:with-param name="node" select="c:city"/></xsl:call-template></td>
      <td>
        <xsl:choose>
          <xsl:when test="@all-day = '1'">
            <span class="date"><xsl:value-of select="c:start"/></span>
            <xsl:if test="c:end and string(c:end) != string(c:start)"> – <span class="date"><xsl:value-of select="c:end"/></span></xsl:if>
            <xsl:text> </xsl:text>
            <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.all-day'"/></xsl:call-template></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="date"><xsl:value-of select="translate(c:start, 'TZ', ' ')"/></span>
            <xsl:if test="c:end"> – <span class="date"><xsl:value-of select="substring(c:end, 12, 5)"/></span></xsl:if>
            <xsl:text> UTC</xsl:text>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="c:local">
            <ul class="plain">
              <xsl:for-each select="c:local">
                <li>
                  <strong><span class="date"><xsl:value-of select="concat(substring(@start, 1, 10), ' ', substring(@start, 12, 5))"/></span></strong>
                  <xsl:if test="@end"> – <span class="date"><xsl:value-of select="substring(@end, 12, 5)"/></span></xsl:if>
                  <xsl:text> </xsl:text>
                  <span class="note">
                    <xsl:if test="@abbr"><xsl:value-of select="@abbr"/><xsl:text>, </xsl:text></xsl:if>
                    <xsl:value-of select="concat('UTC', @offset)"/>
                    <xsl:if test="@dst = '1'">
                      <xsl:text>, </xsl:text>
                      <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.dst'"/></xsl:call-template>
                    </xsl:if>
                  </span>
                  <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
                  <xsl:for-each select="c:city">
                    <xsl:if test="position() > 1"><xsl:call-template name="label"><xsl:with-param name="key" select="'comma'"/></xsl:call-template></xsl:if>
                    <xsl:call-template name="names"/>
                  </xsl:for-each>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise>
            <span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.same-everywhere'"/></xsl:call-template></span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
