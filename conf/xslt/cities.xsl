<?xml version="1.0" encoding="UTF-8"?>
<!--
  cities.xsl - the list of cities ("/cities", XML root <cities>): a filter form and a
  table, one page at a time.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'cities'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:cities" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'cities'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'cities.lead'"/></xsl:call-template></p>

    <!-- GET, so a filtered list has an address of its own; empty fields mean "any". -->
    <form class="flt" method="get" action="{$base}/cities" role="search">
      <xsl:call-template name="form-lang"/>
      <xsl:call-template name="code-select">
        <xsl:with-param name="name" select="'side'"/>
        <xsl:with-param name="key" select="'side'"/>
        <xsl:with-param name="group" select="'side'"/>
        <xsl:with-param name="codes" select="'europe china'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'country'"/>
        <xsl:with-param name="key" select="'country'"/>
        <xsl:with-param name="hint" select="'country.hint'"/>
        <xsl:with-param name="pattern" select="'[A-Za-z]{2}'"/>
        <xsl:with-param name="maxlength" select="'2'"/>
        <xsl:with-param name="class" select="'flt-short'"/>
      </xsl:call-template>
      <xsl:call-template name="area-select"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="key" select="'search'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="hint" select="'search.hint'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'limit'"/>
        <xsl:with-param name="key" select="'limit'"/>
        <xsl:with-param name="type" select="'number'"/>
      </xsl:call-template>
      <xsl:call-template name="form-buttons">
        <xsl:with-param name="path" select="'/cities'"/>
      </xsl:call-template>
    </form>

    <xsl:choose>
      <xsl:when test="c:city">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'cities'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'name'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'country'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'side'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'admin-level'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'province'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'population'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnerships'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'seeks-partner'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:city" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-cities'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="c:city" mode="row">
    <tr>
      <th scope="row"><xsl:call-template name="city-link"/></th>
      <td>
        <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:country"/></xsl:call-template>
        <xsl:if test="@country">
          <xsl:value-of select="concat(' (', @country, ')')"/>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'side'"/>
          <xsl:with-param name="value" select="@side"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:if test="c:admin-level">
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'admin'"/>
            <xsl:with-param name="value" select="c:admin-level"/>
          </xsl:call-template>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:province"/></td>
      <td class="num">
        <xsl:if test="c:population">
          <xsl:call-template name="number"><xsl:with-param name="value" select="c:population"/></xsl:call-template>
        </xsl:if>
      </td>
      <td class="num">
        <xsl:choose>
          <xsl:when test="c:partnership-count &gt; 0">
            <a href="{$base}/partnerships?city={@slug}{$lang-amp}"><xsl:value-of select="c:partnership-count"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="c:partnership-count"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="c:seeks-partner = '1'">
            <strong><xsl:call-template name="label"><xsl:with-param name="key" select="'yes'"/></xsl:call-template></strong>
          </xsl:when>
          <xsl:when test="c:seeks-partner">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'no'"/></xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
