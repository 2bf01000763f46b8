<?xml version="1.0" encoding="UTF-8"?>
<!--
  plans.xsl - the versions of a partnership's Cooperation Plan ("/partnerships/{id}/plans",
  XML root <plans>, issue 18): newest first, each with its state, period and approvals,
  linked to its page; a link to start a plan when none is open (draft or proposed).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="plan.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.plans'"/></xsl:call-template>
    <xsl:value-of select="concat(' ', /*/c:partnership/c:europe/c:name[@xml:lang = 'en'], ' – ',
        /*/c:partnership/c:china/c:name[@xml:lang = 'en'])"/>
  </xsl:template>

  <xsl:template match="c:plans" mode="page">
    <h1>
      <span class="kicker"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.plans'"/></xsl:call-template></span>
      <a href="{$base}/partnerships/{c:partnership/@id}{$lang-q}"><xsl:call-template name="pl-pair"/></a>
    </h1>
    <xsl:choose>
      <xsl:when test="c:versions/c:plan">
        <div class="scroll" tabindex="0">
          <table class="pl-table">
            <thead><tr>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.version'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.state'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.period'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.approvals'"/></xsl:call-template></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="c:versions/c:plan">
                <tr>
                  <td>
                    <a href="{$base}/plans/{@id}{$lang-q}">
                      <xsl:value-of select="concat('v', @version)"/>
                      <xsl:if test="c:title">
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="bi"><xsl:with-param name="n" select="c:title"/></xsl:call-template>
                      </xsl:if>
                    </a>
                  </td>
                  <td><xsl:call-template name="pl-state"/></td>
                  <td class="date"><xsl:value-of select="@start"/><xsl:if test="@start or @end"> – </xsl:if><xsl:value-of select="@end"/></td>
                  <td class="num"><xsl:value-of select="concat(@approvals, ' / 2')"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.none'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <!-- Not while a version is open (draft or proposed): starting another would be refused
         (409 plan-open); that version's page is where the work goes on. -->
    <xsl:if test="not(c:versions/c:plan[@state = 'draft' or @state = 'proposed'])">
      <p class="ed-links">
        <a href="{$base}/edit/plans?partnership={c:partnership/@id}{$lang-amp}"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.new'"/></xsl:call-template></a>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
