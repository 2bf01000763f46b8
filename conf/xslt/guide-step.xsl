<?xml version="1.0" encoding="UTF-8"?>
<!--
  guide-step.xsl - one step of the report's guide ("/guide/steps/{n}", XML root
  <guide-step>): its context, what it is, its elements and what to expect, each with the
  line of the report's text it comes from; the report's city examples, linked to the
  cities' pages; the loops that run through it; the steps before and after.
  A deployer may replace this file; the shared shell and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="gd-text">
    <xsl:param name="nodes"/>
    <xsl:choose>
      <xsl:when test="$nodes[@xml:lang = $lang]"><xsl:value-of select="$nodes[@xml:lang = $lang]"/></xsl:when>
      <xsl:otherwise><span lang="en"><xsl:value-of select="$nodes[@xml:lang = 'en']"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- " (report, line N)" -->
  <xsl:template name="gd-src">
    <xsl:param name="line"/>
    <xsl:if test="$line">
      <xsl:text> </xsl:text>
      <span class="gd-src">
        <xsl:text>(</xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'gd.line'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $line)"/>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'gd.line-after'"/></xsl:call-template>
        <xsl:text>)</xsl:text>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'gd.step'"/></xsl:call-template>
    <xsl:value-of select="concat(' ', /*/c:step/@n, ': ')"/>
    <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="/*/c:step/c:name"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:guide-step" mode="page">
    <xsl:variable name="s" select="c:step"/>
    <p class="kicker"><a href="{$base}/guide{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.guide'"/></xsl:call-template></a></p>
    <h1><xsl:call-template name="page-title"/></h1>
    <p class="lead" lang="en"><xsl:value-of select="$s/c:question"/></p>
    <xsl:if test="$s/c:context">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.context'"/></xsl:call-template></h2>
      <p><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="$s/c:context"/></xsl:call-template>
        <xsl:call-template name="gd-src"><xsl:with-param name="line" select="$s/c:context/@line"/></xsl:call-template></p>
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.what'"/></xsl:call-template></h2>
      <p><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="$s/c:what"/></xsl:call-template>
        <xsl:call-template name="gd-src"><xsl:with-param name="line" select="$s/c:what/@line"/></xsl:call-template></p>
    </xsl:if>
    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.elements'"/></xsl:call-template></h2>
    <ol>
      <xsl:for-each select="$s/c:element">
        <li><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:text"/></xsl:call-template>
          <xsl:call-template name="gd-src"><xsl:with-param name="line" select="@line"/></xsl:call-template></li>
      </xsl:for-each>
    </ol>
    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.expect'"/></xsl:call-template></h2>
    <xsl:if test="$s/c:expect">
      <p><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="$s/c:expect"/></xsl:call-template>
        <xsl:call-template name="gd-src"><xsl:with-param name="line" select="$s/c:expect/@line"/></xsl:call-template></p>
    </xsl:if>
    <ul>
      <xsl:for-each select="$s/c:outcome">
        <li><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:text"/></xsl:call-template>
          <xsl:call-template name="gd-src"><xsl:with-param name="line" select="@line"/></xsl:call-template></li>
      </xsl:for-each>
    </ul>
    <xsl:if test="$s/c:examples/c:city">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.examples'"/></xsl:call-template></h2>
      <ul class="tags">
        <xsl:for-each select="$s/c:examples/c:city">
          <li><xsl:call-template name="city-link"/></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:if test="$s/c:in-loops/c:loop">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.in-loops'"/></xsl:call-template></h2>
      <ul>
        <xsl:for-each select="$s/c:in-loops/c:loop">
          <li><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <p class="pager">
      <xsl:if test="$s/@prev">
        <a rel="prev" href="{$base}/guide/steps/{$s/@prev}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.prev'"/></xsl:call-template></a>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:if test="$s/@next">
        <a rel="next" href="{$base}/guide/steps/{$s/@next}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.next'"/></xsl:call-template></a>
      </xsl:if>
    </p>
  </xsl:template>
</xsl:stylesheet>
