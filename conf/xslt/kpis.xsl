<?xml version="1.0" encoding="UTF-8"?>
<!--
  kpis.xsl - the key performance indicators ("/kpis", XML root <kpis>): those the
  URBAN-EU-CHINA report defines (Table 5) and those a city added (<owner slug="..."/>),
  each linked to its values.  The values themselves are entered by the cities
  ("/kpi-values").  With updated_since= the list holds the changes only, deleted
  indicators as tombstones (<kpi slug="x" deleted="..."/>), shown as "deleted on ..." rows.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'kpis'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:kpis" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'kpis'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'kpis.lead'"/></xsl:call-template></p>
    <p>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'kpis.entered'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <a href="{$base}/kpi-values{$lang-q}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'all-kpi-values'"/></xsl:call-template>
      </a>
    </p>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:kpi">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'kpis'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'indicator'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'type'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'unit'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'direction'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'description'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'defined-by'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'values'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:kpi" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-kpis'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="c:kpi[@deleted]" mode="row">
    <xsl:call-template name="tombstone-row"><xsl:with-param name="columns" select="7"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:kpi" mode="row">
    <tr>
      <th scope="row">
        <xsl:call-template name="lang-pick">
          <xsl:with-param name="nodes" select="c:name"/>
          <xsl:with-param name="both" select="true()"/>
        </xsl:call-template>
        <br/>
        <code class="note"><xsl:value-of select="@slug"/></code>
      </th>
      <td>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'kkind'"/>
          <xsl:with-param name="value" select="@kind"/>
        </xsl:call-template>
      </td>
      <td><xsl:value-of select="c:unit"/></td>
      <td>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'direction'"/>
          <xsl:with-param name="value" select="@direction"/>
        </xsl:call-template>
      </td>
      <td><xsl:value-of select="c:description"/></td>
      <td>
        <xsl:choose>
          <xsl:when test="c:owner/@slug">
            <xsl:call-template name="city-ref"><xsl:with-param name="node" select="c:owner"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'defined-by.report'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <a href="{$base}/kpi-values?kpi={@slug}{$lang-amp}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'view'"/></xsl:call-template>
        </a>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
