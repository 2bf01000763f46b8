<?xml version="1.0" encoding="UTF-8"?>
<!--
  error.xsl - an error page (XML root <error>, with status, base and lang but no self):
  the status, the server's message, the parameter at fault, and a way home.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:value-of select="concat(/*/@status, ' ')"/>
    <xsl:call-template name="reason"/>
  </xsl:template>

  <xsl:template name="reason">
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="/*/@status = 400 or /*/@status = 404 or /*/@status = 405 or
                          /*/@status = 406 or /*/@status = 414 or /*/@status = 500 or
                          /*/@status = 503">
            <xsl:value-of select="concat('http.', /*/@status)"/>
          </xsl:when>
          <xsl:otherwise>error</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="c:error" mode="page">
    <p class="error-code"><xsl:value-of select="@status"/></p>
    <h1><xsl:call-template name="reason"/></h1>
    <dl class="facts">
      <xsl:if test="c:message">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'details'"/></xsl:call-template></dt>
        <!-- The server words its messages in English only. -->
        <dd lang="en"><xsl:value-of select="c:message"/></dd>
      </xsl:if>
      <xsl:if test="c:parameter">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'parameter'"/></xsl:call-template></dt>
        <dd><code><xsl:value-of select="c:parameter"/></code></dd>
      </xsl:if>
    </dl>
    <p>
      <a href="{$base}/">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'go-home'"/></xsl:call-template>
      </a>
    </p>
  </xsl:template>

</xsl:stylesheet>
