<?xml version="1.0" encoding="UTF-8"?>
<!--
  reviews.xsl - a partnership's reviews ("/partnerships/{id}/reviews", XML root <reviews>,
  issue 18: the report's Measure and Act steps): whether a review is due, the reviews
  held (newest first, one page at a time), and what the next review starts from: the
  partnership's dashboard of the last twelve months (alerts, activities by status, KPIs
  against their targets).  The dashboard's parts are partnership.xsl's, imported.
  Classes rv-* are hooks for a deployer (no rule styles them).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="partnership.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'reviews'"/></xsl:call-template>
    <xsl:text> · </xsl:text>
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:europe"/></xsl:call-template>
    <xsl:text> – </xsl:text>
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:china"/></xsl:call-template>
  </xsl:template>

  <!-- The dashboard's links lead to the partnership's own page. -->
  <xsl:template name="dash-url">
    <xsl:value-of select="concat($base, '/partnerships/', /*/c:partnership/@id)"/>
  </xsl:template>

  <!-- The pair, linked to the partnership. -->
  <xsl:template name="review-pair">
    <a href="{$base}/partnerships/{/*/c:partnership/@id}{$lang-q}">
      <xsl:call-template name="names"><xsl:with-param name="node" select="/*/c:europe"/></xsl:call-template>
      <xsl:text> – </xsl:text>
      <xsl:call-template name="names"><xsl:with-param name="node" select="/*/c:china"/></xsl:call-template>
    </a>
  </xsl:template>

  <xsl:template match="c:reviews" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="review-pair"/></p>
    <p><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.lead'"/></xsl:call-template></p>
    <p class="rv-due">
      <xsl:if test="c:due/@overdue = '1'">
        <span class="badge warn"><xsl:call-template name="label"><xsl:with-param name="key" select="'alert.review-overdue'"/></xsl:call-template></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.last'"/></xsl:call-template>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="c:due/@last"><span class="date"><xsl:value-of select="c:due/@last"/></span></xsl:when>
        <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.none'"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </p>
    <p class="ed-links">
      <a class="ed-link" href="{$base}/edit/reviews?partnership={c:partnership/@id}{$lang-amp}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.new'"/></xsl:call-template>
      </a>
    </p>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:list/c:review">
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.held'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.kind'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.decisions'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.targets'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:list/c:review" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.empty'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.next'"/></xsl:call-template></h2>
    <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.next.note'"/></xsl:call-template></p>
    <xsl:apply-templates select="c:dashboard" mode="review"/>
  </xsl:template>

  <xsl:template match="c:review[@deleted]" mode="row">
    <xsl:call-template name="tombstone-row"><xsl:with-param name="columns" select="5"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:review" mode="row">
    <tr>
      <td class="date"><a href="{$base}/reviews/{@id}{$lang-q}"><xsl:value-of select="@held"/></a></td>
      <td><xsl:call-template name="code"><xsl:with-param name="group" select="'rkind'"/><xsl:with-param name="value" select="@kind"/></xsl:call-template></td>
      <td class="date"><xsl:value-of select="concat(c:period/@start, ' – ', c:period/@end)"/></td>
      <td class="num"><xsl:value-of select="@decisions"/></td>
      <td class="num"><xsl:value-of select="@targets"/></td>
    </tr>
  </xsl:template>

  <!-- The parts of the dashboard a review works from: alerts (agreements to renew,
       dormancy, KPIs below target), activities by status, KPIs against their targets. -->
  <xsl:template match="c:dashboard" mode="review">
    <div class="rv-dashboard">
      <h3><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.alerts'"/></xsl:call-template></h3>
      <xsl:choose>
        <xsl:when test="c:alerts/c:alert">
          <ul class="plain"><xsl:apply-templates select="c:alerts/c:alert" mode="dash"/></ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.no-alerts'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="c:activities" mode="dash"/>
      <h3><xsl:call-template name="label"><xsl:with-param name="key" select="'kpis'"/></xsl:call-template></h3>
      <xsl:choose>
        <xsl:when test="c:kpi">
          <div class="scroll" tabindex="0">
            <table class="wide">
              <thead>
                <tr>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'indicator'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.latest'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.change'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.target'"/></xsl:call-template></th>
                </tr>
              </thead>
              <tbody><xsl:apply-templates select="c:kpi" mode="dash-row"/></tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.no-kpis'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
      <p class="note">
        <a href="{$base}/partnerships/{/*/c:partnership/@id}{$lang-q}#dashboard"><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.full-dashboard'"/></xsl:call-template></a>
      </p>
    </div>
  </xsl:template>

</xsl:stylesheet>
