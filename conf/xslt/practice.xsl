<?xml version="1.0" encoding="UTF-8"?>
<!--
  practice.xsl - one practice of the library ("/practices/{id}", XML root <practice>,
  issue 18): what worked, where (its cities), at which step, in which area, the report's
  success factors it shows, where it comes from, and its partnership, review and events.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="practices.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="/*/c:title"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="head-extra"/>

  <xsl:template match="c:practice" mode="page">
    <p class="kicker">
      <a href="{$base}/practices{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'practices'"/></xsl:call-template></a>
    </p>
    <h1><xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:title"/></xsl:call-template></h1>
    <p class="prose">
      <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:summary"/></xsl:call-template>
    </p>
    <xsl:if test="c:summary[@xml:lang != $lang]">
      <p class="prose alt" lang="{c:summary[@xml:lang != $lang]/@xml:lang}">
        <xsl:value-of select="c:summary[@xml:lang != $lang]"/>
      </p>
    </xsl:if>

    <dl class="facts">
      <xsl:if test="c:step">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'step'"/></xsl:call-template></dt>
        <dd>
          <a href="{$base}/practices?step={@step}{$lang-amp}">
            <xsl:value-of select="concat(@step, '. ')"/>
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:step/c:name"/></xsl:call-template>
          </a>
        </dd>
      </xsl:if>
      <xsl:if test="c:area">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'area'"/></xsl:call-template></dt>
        <dd>
          <a href="{$base}/practices?area={@area}{$lang-amp}">
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:area/c:name"/></xsl:call-template>
          </a>
        </dd>
      </xsl:if>
      <xsl:if test="c:cities/c:city">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'cities'"/></xsl:call-template></dt>
        <dd>
          <xsl:for-each select="c:cities/c:city">
            <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
            <xsl:call-template name="city-ref"><xsl:with-param name="node" select="."/></xsl:call-template>
          </xsl:for-each>
        </dd>
      </xsl:if>
      <xsl:if test="c:partnership">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'partnership'"/></xsl:call-template></dt>
        <dd>
          <a href="{$base}/partnerships/{c:partnership/@id}{$lang-q}">
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:partnership/c:europe"/></xsl:call-template>
            <xsl:text> – </xsl:text>
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:partnership/c:china"/></xsl:call-template>
          </a>
        </dd>
      </xsl:if>
      <xsl:if test="c:review">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'review'"/></xsl:call-template></dt>
        <dd><a href="{$base}/reviews/{c:review/@id}{$lang-q}"><span class="date"><xsl:value-of select="c:review/@held"/></span></a></dd>
      </xsl:if>
      <xsl:if test="c:plan">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.plan'"/></xsl:call-template></dt>
        <dd><a href="{$base}/plans/{c:plan/@id}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.version'"/></xsl:call-template><xsl:value-of select="concat(' ', c:plan/@version)"/></a></dd>
      </xsl:if>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'practice.source'"/></xsl:call-template></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="c:source/@kind = 'report'">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'practice.report'"/></xsl:call-template>
            <xsl:if test="c:source/@page">
              <xsl:text>, </xsl:text>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'practice.page'"/></xsl:call-template>
              <xsl:value-of select="concat(' ', c:source/@page)"/>
            </xsl:if>
            <xsl:if test="c:source/@line">
              <xsl:text>, </xsl:text>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'practice.line'"/></xsl:call-template>
              <xsl:value-of select="concat(' ', c:source/@line)"/>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="c:source/@kind"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </dl>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'practice.factors'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:factors/c:factor">
        <ul class="plain">
          <xsl:for-each select="c:factors/c:factor">
            <li>
              <a href="{$base}/practices?factor={@slug}{$lang-amp}"><xsl:call-template name="factor-name"/></a>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'practice.no-factors'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="c:events/c:event">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'events'"/></xsl:call-template></h2>
      <ul class="plain">
        <xsl:for-each select="c:events/c:event">
          <li><span class="date"><xsl:value-of select="@start"/></span><xsl:text> </xsl:text><a href="{$base}/events/{@id}{$lang-q}"><xsl:value-of select="c:title"/></a></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
