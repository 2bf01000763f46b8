<?xml version="1.0" encoding="UTF-8"?>
<!--
  activities.xsl - the Project Bank ("/activities", XML root <activities>): the joint
  activities of all partnerships, a filter form and a table, one page at a time.  With
  updated_since= the list holds the changes only, deleted activities as tombstones
  (<activity id="3" deleted="..."/>), which are shown as "deleted on ..." rows.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'activities'"/></xsl:call-template>
    <xsl:if test="/*/c:filter/@partnership">
      <xsl:value-of select="concat(' · #', /*/c:filter/@partnership)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="c:activities" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'activities'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'activities.lead'"/></xsl:call-template></p>
    <xsl:if test="c:filter/@partnership">
      <p>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'for-partnership'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <a href="{$base}/partnerships/{c:filter/@partnership}{$lang-q}">#<xsl:value-of select="c:filter/@partnership"/></a>
      </p>
    </xsl:if>

    <form class="flt" method="get" action="{$base}/activities" role="search">
      <xsl:call-template name="form-lang"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'city'"/>
        <xsl:with-param name="key" select="'city-slug'"/>
        <xsl:with-param name="hint" select="'slug.hint'"/>
        <xsl:with-param name="pattern" select="'[a-z0-9]+(-[a-z0-9]+)*'"/>
        <xsl:with-param name="maxlength" select="'64'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'partnership'"/>
        <xsl:with-param name="key" select="'partnership-id'"/>
        <xsl:with-param name="hint" select="'partnership.hint'"/>
        <xsl:with-param name="pattern" select="'[0-9]{1,9}'"/>
        <xsl:with-param name="maxlength" select="'9'"/>
        <xsl:with-param name="inputmode" select="'numeric'"/>
        <xsl:with-param name="class" select="'flt-short'"/>
      </xsl:call-template>
      <xsl:call-template name="area-select"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'limit'"/>
        <xsl:with-param name="key" select="'limit'"/>
        <xsl:with-param name="type" select="'number'"/>
      </xsl:call-template>
      <xsl:call-template name="form-buttons">
        <xsl:with-param name="path" select="'/activities'"/>
      </xsl:call-template>
    </form>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:activity">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'activities'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'title'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnership'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'area'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'funding'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'budget'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'expected-results'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'risks'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:activity" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="$has-filters">no-activities-match</xsl:when>
                <xsl:otherwise>no-activities</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="c:activity[@deleted]" mode="row">
    <xsl:call-template name="tombstone-row"><xsl:with-param name="columns" select="9"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:activity" mode="row">
    <tr>
      <xsl:if test="@status = 'cancelled'"><xsl:attribute name="class">cancelled-row</xsl:attribute></xsl:if>
      <td class="title"><xsl:value-of select="c:title"/><xsl:text> </xsl:text><a class="ed-link" href="{$base}/edit/activities/{@id}{$lang-q}"><xsl:choose><xsl:when test="$lang = 'zh'">编辑</xsl:when><xsl:otherwise>edit</xsl:otherwise></xsl:choose></a></td>
      <td><xsl:call-template name="pair-ref"/></td>
      <td>
        <xsl:call-template name="area-ref">
          <xsl:with-param name="slug" select="string(@area)"/>
          <xsl:with-param name="href-prefix" select="'/activities?area='"/>
        </xsl:call-template>
      </td>
      <td>
        <span class="badge {@status}">
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'astatus'"/>
            <xsl:with-param name="value" select="@status"/>
          </xsl:call-template>
        </span>
      </td>
      <td class="date">
        <xsl:value-of select="c:starts"/>
        <xsl:if test="c:ends and string(c:ends) != string(c:starts)">
          <xsl:value-of select="concat(' – ', c:ends)"/>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:funding"/></td>
      <td class="num">
        <xsl:if test="c:budget-eur">
          <xsl:call-template name="number"><xsl:with-param name="value" select="c:budget-eur"/></xsl:call-template>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:expected-results"/></td>
      <td><xsl:value-of select="c:risks"/></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
