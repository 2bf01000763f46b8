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

  <xsl:template name="t">
    <xsl:param name="en"/>
    <xsl:param name="zh"/>
    <xsl:choose>
      <xsl:when test="$lang = 'zh'"><xsl:value-of select="$zh"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$en"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="c:kpi-value" mode="page">
    <h1><xsl:value-of select="c:kpi-name[@xml:lang = $lang]"/></h1>
    <xsl:if test="@illustrative = '1'">
      <p class="warn" role="note"><strong>
        <xsl:call-template name="t">
          <xsl:with-param name="en">An illustrative sample for the demo, not a real figure.</xsl:with-param>
          <xsl:with-param name="zh">演示用的示例数据，并非真实数字。</xsl:with-param>
        </xsl:call-template>
      </strong></p>
    </xsl:if>
    <xsl:if test="c:superseded-by">
      <p class="warn" role="note">
        <xsl:call-template name="t">
          <xsl:with-param name="en">This value was corrected: </xsl:with-param>
          <xsl:with-param name="zh">该数值已被更正：</xsl:with-param>
        </xsl:call-template>
        <a href="{$base}/kpi-values/{c:superseded-by}{$lang-q}">#<xsl:value-of select="c:superseded-by"/></a>
      </p>
    </xsl:if>
    <dl class="facts">
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Period</xsl:with-param><xsl:with-param name="zh">期间</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:value-of select="concat(c:period/@start, ' – ', c:period/@end)"/></dd>
      <xsl:if test="c:partnership">
        <dt><xsl:call-template name="t"><xsl:with-param name="en">Partnership</xsl:with-param><xsl:with-param name="zh">合作关系</xsl:with-param></xsl:call-template></dt>
        <dd><a href="{$base}/partnerships/{c:partnership/@id}{$lang-q}">#<xsl:value-of select="c:partnership/@id"/></a></dd>
      </xsl:if>
      <xsl:if test="c:city">
        <dt><xsl:call-template name="t"><xsl:with-param name="en">City</xsl:with-param><xsl:with-param name="zh">城市</xsl:with-param></xsl:call-template></dt>
        <dd><a href="{$base}/cities/{c:city/@slug}{$lang-q}"><xsl:value-of select="c:city/c:name[@xml:lang = 'en']"/></a></dd>
      </xsl:if>
      <xsl:if test="c:value">
        <dt><xsl:call-template name="t"><xsl:with-param name="en">Value</xsl:with-param><xsl:with-param name="zh">数值</xsl:with-param></xsl:call-template></dt>
        <dd><xsl:value-of select="concat(c:value, ' ', c:unit)"/></dd>
      </xsl:if>
      <xsl:if test="c:score">
        <dt><xsl:call-template name="t"><xsl:with-param name="en">Score (1-5)</xsl:with-param><xsl:with-param name="zh">评分（1-5）</xsl:with-param></xsl:call-template></dt>
        <dd><xsl:value-of select="c:score"/></dd>
      </xsl:if>
      <xsl:if test="c:comment">
        <dt><xsl:call-template name="t"><xsl:with-param name="en">Comment</xsl:with-param><xsl:with-param name="zh">备注</xsl:with-param></xsl:call-template></dt>
        <dd><xsl:value-of select="c:comment"/></dd>
      </xsl:if>
      <xsl:if test="c:source">
        <dt><xsl:call-template name="t"><xsl:with-param name="en">Source</xsl:with-param><xsl:with-param name="zh">来源</xsl:with-param></xsl:call-template></dt>
        <dd><xsl:value-of select="c:source"/></dd>
      </xsl:if>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Confidence</xsl:with-param><xsl:with-param name="zh">可信度</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:value-of select="c:confidence"/></dd>
      <xsl:if test="c:supersedes">
        <dt><xsl:call-template name="t"><xsl:with-param name="en">Corrects</xsl:with-param><xsl:with-param name="zh">更正</xsl:with-param></xsl:call-template></dt>
        <dd><a href="{$base}/kpi-values/{c:supersedes}{$lang-q}">#<xsl:value-of select="c:supersedes"/></a></dd>
      </xsl:if>
      <dt><xsl:call-template name="t"><xsl:with-param name="en">Entered</xsl:with-param><xsl:with-param name="zh">录入时间</xsl:with-param></xsl:call-template></dt>
      <dd><xsl:value-of select="@updated"/></dd>
    </dl>
  </xsl:template>

</xsl:stylesheet>
