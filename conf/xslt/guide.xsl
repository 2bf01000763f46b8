<?xml version="1.0" encoding="UTF-8"?>
<!--
  guide.xsl - the report's guide ("/guide", XML root <guide>): the cycle as a figure,
  the eight steps (name, key question, elements, what to expect), linked to each step's
  page, and the four loops with the steps each runs through.  Texts come in English and
  Chinese (xml:lang); the key questions in English only, as the report has them.
  A deployer may replace this file; the shared shell and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="c svg">

  <xsl:import href="layout.xsl"/>

  <!-- The text of nodes in the page's language, else the English one. -->
  <xsl:template name="gd-text">
    <xsl:param name="nodes"/>
    <xsl:choose>
      <xsl:when test="$nodes[@xml:lang = $lang]"><xsl:value-of select="$nodes[@xml:lang = $lang]"/></xsl:when>
      <xsl:otherwise><span lang="en"><xsl:value-of select="$nodes[@xml:lang = 'en']"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'gd.title'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:guide" mode="page">
    <h1><xsl:call-template name="page-title"/></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.intro'"/></xsl:call-template></p>
    <xsl:for-each select="c:chart/svg:svg">
      <div class="gd-figure" role="group">
        <xsl:attribute name="aria-label"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.cycle'"/></xsl:call-template></xsl:attribute>
        <xsl:copy-of select="."/>
      </div>
    </xsl:for-each>
    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.steps'"/></xsl:call-template></h2>
    <ol class="gd-steps">
      <xsl:for-each select="c:steps/c:step">
        <li>
          <h3 style="margin:0">
            <a href="{$base}/guide/steps/{@n}{$lang-q}">
              <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
            </a>
          </h3>
          <p lang="en"><xsl:value-of select="c:question"/></p>
          <ul>
            <xsl:for-each select="c:element">
              <li><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:text"/></xsl:call-template></li>
            </xsl:for-each>
          </ul>
        </li>
      </xsl:for-each>
    </ol>
    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.loops'"/></xsl:call-template></h2>
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.loop'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.loop-steps'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.basis'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="c:loops/c:loop">
            <tr>
              <th scope="row">
                <xsl:value-of select="concat(position(), ' ')"/>
                <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
                <br/><span class="note" lang="en"><xsl:value-of select="c:description"/></span>
              </th>
              <td>
                <xsl:for-each select="c:loop-step">
                  <xsl:variable name="n" select="@n"/>
                  <xsl:if test="position() > 1">, </xsl:if>
                  <a href="{$base}/guide/steps/{$n}{$lang-q}">
                    <xsl:value-of select="concat($n, ' ')"/>
                    <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="/*/c:steps/c:step[@n = $n]/c:name"/></xsl:call-template>
                  </a>
                </xsl:for-each>
                <xsl:if test="not(c:loop-step)"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.no-steps'"/></xsl:call-template></xsl:if>
              </td>
              <td><xsl:call-template name="label"><xsl:with-param name="key" select="concat('gd.basis.', @basis)"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
