<?xml version="1.0" encoding="UTF-8"?>
<!--
  kpi-value.xsl - one KPI value ("/kpi-values/{id}", XML root <kpi-value>): what, whose,
  for which period, and its history: the value it corrects and, when it was corrected in
  turn, the correction that supersedes it (both stay: values are never overwritten).
  A deployer may replace this file; the shared shell and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:value-of select="concat(/*/c:kpi-name[@xml:lang = $lang], ' #', /*/@id)"/>
  </xsl:template>

  <xsl:template match="c:kpi-value" mode="page">
    <h1><xsl:value-of select="c:kpi-name[@xml:lang = $lang]"/></h1>
    <xsl:if test="@illustrative = '1'">
      <p class="warn" role="note"><strong>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'kval.an-illustrative-sample-for'"/></xsl:call-template>
      </strong></p>
    </xsl:if>
    <xsl:if test="c:superseded-by">
      <p class="warn" role="note">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'kval.this-value-was-corrected'"/></xsl:call-template>
        <a href="{$base}/kpi-values/{c:superseded-by}{$lang-q}">#<xsl:value-of select="c:superseded-by"/></a>
      </p>
    </xsl:if>
    <dl class="facts">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.period'"/></xsl:call-template></dt>
      <dd><xsl:value-of select="concat(c:period/@start, ' – ', c:period/@end)"/></dd>
      <xsl:if test="c:partnership">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.partnership'"/></xsl:call-template></dt>
        <dd><a href="{$base}/partnerships/{c:partnership/@id}{$lang-q}">#<xsl:value-of select="c:partnership/@id"/></a></dd>
      </xsl:if>
      <xsl:if test="c:city">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.city'"/></xsl:call-template></dt>
        <dd><a href="{$base}/cities/{c:city/@slug}{$lang-q}"><xsl:value-of select="c:city/c:name[@xml:lang = 'en']"/></a></dd>
      </xsl:if>
      <xsl:if test="c:value">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.value'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="concat(c:value, ' ', c:unit)"/></dd>
      </xsl:if>
      <xsl:if test="c:score">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.score-1-5'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="c:score"/></dd>
      </xsl:if>
      <xsl:if test="c:comment">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.comment'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="c:comment"/></dd>
      </xsl:if>
      <xsl:if test="c:source">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.source'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="c:source"/></dd>
      </xsl:if>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.confidence'"/></xsl:call-template></dt>
      <dd><xsl:value-of select="c:confidence"/></dd>
      <xsl:if test="c:supersedes">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.corrects'"/></xsl:call-template></dt>
        <dd><a href="{$base}/kpi-values/{c:supersedes}{$lang-q}">#<xsl:value-of select="c:supersedes"/></a></dd>
      </xsl:if>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kval.entered'"/></xsl:call-template></dt>
      <dd><xsl:value-of select="@updated"/></dd>
    </dl>
  </xsl:template>

</xsl:stylesheet>
