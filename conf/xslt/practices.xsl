<?xml version="1.0" encoding="UTF-8"?>
<!--
  practices.xsl - the practices library ("/practices", XML root <practices>, issue 18):
  what worked in a partnership, where, at which step of the report's narrative, in which
  area and with which success factors; a filter form, one card a practice, one page at a
  time, and its Atom feed.  Classes pr-* are hooks for a deployer (no rule styles them).
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:variable name="practice-filters" select="'step area country city factor'"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'practices'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="head-extra">
    <xsl:call-template name="feed-head-link">
      <xsl:with-param name="path" select="'/feeds/practices.atom'"/>
      <xsl:with-param name="key" select="'practices.feed'"/>
      <xsl:with-param name="names" select="$practice-filters"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="c:practices" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'practices'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'practices.lead'"/></xsl:call-template></p>
    <p>
      <xsl:call-template name="feed-link">
        <xsl:with-param name="path" select="'/feeds/practices.atom'"/>
        <xsl:with-param name="type" select="'application/atom+xml'"/>
        <xsl:with-param name="key" select="'practices.feed'"/>
        <xsl:with-param name="names" select="$practice-filters"/>
        <xsl:with-param name="filtered" select="true()"/>
      </xsl:call-template>
    </p>

    <form class="flt" method="get" action="{$base}/practices" role="search">
      <xsl:call-template name="form-lang"/>
      <xsl:variable name="step"><xsl:call-template name="param"><xsl:with-param name="name" select="'step'"/></xsl:call-template></xsl:variable>
      <label>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'step'"/></xsl:call-template>
        <select name="step">
          <option value=""><xsl:call-template name="label"><xsl:with-param name="key" select="'any'"/></xsl:call-template></option>
          <xsl:for-each select="c:steps/c:step">
            <option value="{@number}">
              <xsl:if test="@number = string($step)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="concat(@number, '. ')"/>
              <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </label>
      <xsl:call-template name="area-select"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'country'"/>
        <xsl:with-param name="key" select="'country'"/>
        <xsl:with-param name="hint" select="'country.hint'"/>
        <xsl:with-param name="pattern" select="'[A-Z]{2}'"/>
        <xsl:with-param name="maxlength" select="'2'"/>
        <xsl:with-param name="class" select="'flt-short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'city'"/>
        <xsl:with-param name="key" select="'city-slug'"/>
        <xsl:with-param name="hint" select="'slug.hint'"/>
        <xsl:with-param name="pattern" select="'[a-z0-9]+(-[a-z0-9]+)*'"/>
        <xsl:with-param name="maxlength" select="'64'"/>
      </xsl:call-template>
      <xsl:variable name="factor"><xsl:call-template name="param"><xsl:with-param name="name" select="'factor'"/></xsl:call-template></xsl:variable>
      <!-- The factors' texts are long: the select may not widen the form past a phone. -->
      <label class="flt-wide">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'factor'"/></xsl:call-template>
        <select name="factor">
          <option value=""><xsl:call-template name="label"><xsl:with-param name="key" select="'any'"/></xsl:call-template></option>
          <xsl:for-each select="c:factors/c:factor">
            <option value="{@slug}">
              <xsl:if test="@slug = string($factor)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:call-template name="factor-name"/>
            </option>
          </xsl:for-each>
        </select>
      </label>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'limit'"/>
        <xsl:with-param name="key" select="'limit'"/>
        <xsl:with-param name="type" select="'number'"/>
      </xsl:call-template>
      <xsl:call-template name="form-buttons">
        <xsl:with-param name="path" select="'/practices'"/>
      </xsl:call-template>
    </form>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:practice">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'practices'"/></xsl:call-template>
        <xsl:apply-templates select="c:practice" mode="card"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="$has-filters">no-practices-match</xsl:when>
                <xsl:otherwise>no-practices</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="c:practice[@deleted]" mode="card">
    <p class="deleted-row">
      <xsl:value-of select="concat('#', @id)"/>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'deleted-on'"/></xsl:call-template>
      <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
      <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(@deleted)"/></xsl:call-template>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'deleted-on.end'"/></xsl:call-template>
    </p>
  </xsl:template>

  <xsl:template match="c:practice" mode="card">
    <article class="pr-card">
      <h2>
        <a href="{$base}/practices/{@id}{$lang-q}">
          <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:title"/></xsl:call-template>
        </a>
      </h2>
      <p class="kicker">
        <xsl:if test="c:step">
          <a href="{$base}/practices?step={@step}{$lang-amp}">
            <xsl:value-of select="concat(@step, '. ')"/>
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:step/c:name"/></xsl:call-template>
          </a>
        </xsl:if>
        <xsl:if test="@area">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="area-ref">
            <xsl:with-param name="slug" select="string(@area)"/>
            <xsl:with-param name="href-prefix" select="'/practices?area='"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="string(c:cities) != ''">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="slug-links">
            <xsl:with-param name="list" select="concat(normalize-space(c:cities), ' ')"/>
            <xsl:with-param name="prefix" select="'/practices?city='"/>
          </xsl:call-template>
        </xsl:if>
      </p>
      <p class="prose">
        <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:summary"/></xsl:call-template>
      </p>
    </article>
  </xsl:template>

  <!-- "gothenburg shanghai " as links to the list filtered by each. -->
  <xsl:template name="slug-links">
    <xsl:param name="list"/>
    <xsl:param name="prefix"/>
    <xsl:if test="$list != ''">
      <xsl:variable name="slug" select="substring-before($list, ' ')"/>
      <xsl:variable name="city" select="/*/c:city-names/c:city[@slug = $slug]"/>
      <a href="{$base}{$prefix}{$slug}{$lang-amp}">
        <xsl:choose>
          <xsl:when test="$city"><xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="$city/c:name"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:value-of select="$slug"/></xsl:otherwise>
        </xsl:choose>
      </a>
      <xsl:if test="normalize-space(substring-after($list, ' ')) != ''"><xsl:text>, </xsl:text></xsl:if>
      <xsl:call-template name="slug-links">
        <xsl:with-param name="list" select="substring-after($list, ' ')"/>
        <xsl:with-param name="prefix" select="$prefix"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A success factor: its Chinese label when the page is Chinese, else the report's text. -->
  <xsl:template name="factor-name">
    <xsl:choose>
      <xsl:when test="$lang = 'zh'">
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat('factor.', @slug)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="c:text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
