<?xml version="1.0" encoding="UTF-8"?>
<!--
  partnerships.xsl - the list of partnerships ("/partnerships", XML root <partnerships>):
  a filter form and a table, one page at a time.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'partnerships'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="head-extra">
    <xsl:call-template name="feed-head-link">
      <xsl:with-param name="path" select="'/feeds/partnerships.atom'"/>
      <xsl:with-param name="key" select="'feed.partnerships'"/>
      <xsl:with-param name="names" select="$partnership-filters"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="c:partnerships" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'partnerships'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnerships.lead'"/></xsl:call-template></p>

    <form class="flt" method="get" action="{$base}/partnerships" role="search">
      <xsl:call-template name="form-lang"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'city'"/>
        <xsl:with-param name="key" select="'city-slug'"/>
        <xsl:with-param name="hint" select="'slug.hint'"/>
        <xsl:with-param name="pattern" select="'[a-z0-9]+(-[a-z0-9]+)*'"/>
        <xsl:with-param name="maxlength" select="'64'"/>
      </xsl:call-template>
      <xsl:call-template name="code-select">
        <xsl:with-param name="name" select="'kind'"/>
        <xsl:with-param name="key" select="'kind'"/>
        <xsl:with-param name="group" select="'pkind'"/>
        <xsl:with-param name="codes" select="'programme_pairing sister_city friendship_city mou cooperation_agreement in_discussion ad_hoc'"/>
      </xsl:call-template>
      <xsl:call-template name="area-select"/>
      <xsl:call-template name="code-select">
        <xsl:with-param name="name" select="'status'"/>
        <xsl:with-param name="key" select="'status'"/>
        <xsl:with-param name="group" select="'pstatus'"/>
        <xsl:with-param name="codes" select="'active dormant ended'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'limit'"/>
        <xsl:with-param name="key" select="'limit'"/>
        <xsl:with-param name="type" select="'number'"/>
      </xsl:call-template>
      <xsl:call-template name="form-buttons">
        <xsl:with-param name="path" select="'/partnerships'"/>
      </xsl:call-template>
    </form>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:partnership">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'partnerships'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'id'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'european-city'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'chinese-city'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'kind'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'since'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'areas'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'agreements'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'activities'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:partnership" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-partnerships-match'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A deleted partnership (updated_since=): "#12: deleted on ...". -->
  <xsl:template match="c:partnership[@deleted]" mode="row">
    <xsl:call-template name="tombstone-row"><xsl:with-param name="columns" select="9"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:partnership" mode="row">
    <tr>
      <th scope="row"><a href="{$base}/partnerships/{@id}{$lang-q}">#<xsl:value-of select="@id"/></a></th>
      <td><xsl:call-template name="city-link"><xsl:with-param name="node" select="c:europe"/></xsl:call-template></td>
      <td><xsl:call-template name="city-link"><xsl:with-param name="node" select="c:china"/></xsl:call-template></td>
      <td><xsl:call-template name="pkind"/></td>
      <td class="date"><xsl:value-of select="@since"/></td>
      <td><xsl:call-template name="pstatus"/></td>
      <td>
        <xsl:call-template name="area-tags">
          <xsl:with-param name="areas" select="c:areas/c:area"/>
          <xsl:with-param name="href-prefix" select="'/partnerships?area='"/>
        </xsl:call-template>
      </td>
      <td class="num">
        <a href="{$base}/agreements?partnership={@id}{$lang-amp}"><xsl:value-of select="c:agreement-count"/></a>
      </td>
      <td>
        <a href="{$base}/activities?partnership={@id}{$lang-amp}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'view'"/></xsl:call-template>
        </a>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
