<?xml version="1.0" encoding="UTF-8"?>
<!--
  agreements.xsl - the agreements of all partnerships ("/agreements", XML root
  <agreements>): a filter form and a table, one page at a time.  With updated_since= the
  list holds the changes only, deleted agreements as tombstones (<agreement id="3"
  deleted="..."/>), which are shown as "deleted on ..." rows.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'agreements'"/></xsl:call-template>
    <xsl:if test="/*/c:filter/@partnership">
      <xsl:value-of select="concat(' · #', /*/c:filter/@partnership)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="c:agreements" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'agreements'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'agreements.lead'"/></xsl:call-template></p>
    <xsl:if test="c:filter/@partnership">
      <p>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'for-partnership'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <a href="{$base}/partnerships/{c:filter/@partnership}{$lang-q}">#<xsl:value-of select="c:filter/@partnership"/></a>
      </p>
    </xsl:if>

    <form class="flt" method="get" action="{$base}/agreements" role="search">
      <xsl:call-template name="form-lang"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'city'"/>
        <xsl:with-param name="key" select="'city-slug'"/>
        <xsl:with-param name="hint" select="'slug.hint'"/>
        <xsl:with-param name="pattern" select="'[a-z0-9]+(-[a-z0-9]+)*'"/>
        <xsl:with-param name="maxlength" select="'64'"/>
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
        <xsl:with-param name="name" select="'partnership'"/>
        <xsl:with-param name="key" select="'partnership-id'"/>
        <xsl:with-param name="hint" select="'partnership.hint'"/>
        <xsl:with-param name="pattern" select="'[0-9]{1,9}'"/>
        <xsl:with-param name="maxlength" select="'9'"/>
        <xsl:with-param name="inputmode" select="'numeric'"/>
        <xsl:with-param name="class" select="'flt-short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'from'"/>
        <xsl:with-param name="key" select="'from'"/>
        <xsl:with-param name="hint" select="'signed.hint'"/>
        <xsl:with-param name="type" select="'date'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'to'"/>
        <xsl:with-param name="key" select="'to'"/>
        <xsl:with-param name="hint" select="'signed.hint'"/>
        <xsl:with-param name="type" select="'date'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'limit'"/>
        <xsl:with-param name="key" select="'limit'"/>
        <xsl:with-param name="type" select="'number'"/>
      </xsl:call-template>
      <xsl:call-template name="form-buttons">
        <xsl:with-param name="path" select="'/agreements'"/>
      </xsl:call-template>
    </form>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:agreement">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'agreements'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'signed'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'type'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'title'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'partnership'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'valid-until'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'notes'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:agreement" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="$has-filters">no-agreements-match</xsl:when>
                <xsl:otherwise>no-agreements</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="c:agreement[@deleted]" mode="row">
    <xsl:call-template name="tombstone-row"><xsl:with-param name="columns" select="6"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:agreement" mode="row">
    <tr>
      <td class="date">
        <xsl:value-of select="@signed"/>
        <xsl:if test="not(@signed)">
          <span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'undated'"/></xsl:call-template></span>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'akind'"/>
          <xsl:with-param name="value" select="@kind"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:value-of select="c:title"/>
        <xsl:call-template name="external-link">
          <xsl:with-param name="url" select="c:document-url"/>
          <xsl:with-param name="key" select="'document'"/>
        </xsl:call-template>
        <xsl:text> </xsl:text><a class="ed-link" href="{$base}/edit/agreements/{@id}{$lang-q}"><xsl:choose><xsl:when test="$lang = 'zh'">编辑</xsl:when><xsl:otherwise>edit</xsl:otherwise></xsl:choose></a>
      </td>
      <td><xsl:call-template name="pair-ref"/></td>
      <td class="date">
        <xsl:value-of select="c:valid-until"/>
        <xsl:if test="c:renewal-months">
          <xsl:if test="c:valid-until"><br/></xsl:if>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'renewal'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="c:renewal-months"/>
          <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'months'"/></xsl:call-template>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:notes"/></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
