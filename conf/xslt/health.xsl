<?xml version="1.0" encoding="UTF-8"?>
<!--
  health.xsl - the service status ("/healthz", XML root <health>): whether the service
  and its database answer, and which versions run.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'health'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:health" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'health'"/></xsl:call-template></h1>
    <dl class="facts">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></dt>
      <dd>
        <strong class="badge {@status}">
          <xsl:if test="@status != 'ok'"><xsl:attribute name="class">badge warn</xsl:attribute></xsl:if>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'health'"/>
            <xsl:with-param name="value" select="@status"/>
          </xsl:call-template>
        </strong>
      </dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'database'"/></xsl:call-template></dt>
      <dd>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'db'"/>
          <xsl:with-param name="value" select="@database"/>
        </xsl:call-template>
      </dd>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'data-version'"/>
        <xsl:with-param name="value" select="@data-version"/>
      </xsl:call-template>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'version'"/>
        <xsl:with-param name="value" select="@version"/>
      </xsl:call-template>
    </dl>
    <xsl:if test="c:server">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'db-servers'"/></xsl:call-template></h2>
      <div class="scroll" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'db-role'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'db-state'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'data-version'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'db-lag'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="c:server">
            <tr>
              <td>
                <xsl:call-template name="code">
                  <xsl:with-param name="group" select="'dbrole'"/>
                  <xsl:with-param name="value" select="@role"/>
                </xsl:call-template>
                <xsl:if test="@n"><xsl:text> </xsl:text><xsl:value-of select="@n"/></xsl:if>
              </td>
              <td>
                <xsl:call-template name="code">
                  <xsl:with-param name="group" select="'dbstate'"/>
                  <xsl:with-param name="value" select="@state"/>
                </xsl:call-template>
              </td>
              <td><xsl:value-of select="@data-version"/></td>
              <td><xsl:value-of select="@lag"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
