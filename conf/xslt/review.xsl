<?xml version="1.0" encoding="UTF-8"?>
<!--
  review.xsl - one review ("/reviews/{id}", XML root <review>, issue 18): its findings in
  English and Chinese, the decision on each of the partnership's activities (continue,
  adjust, stop; activities still without one are listed as undecided), its new targets,
  the events held in its period in either city, and the dashboard of its period.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="reviews.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'review'"/></xsl:call-template>
    <xsl:value-of select="concat(' ', /*/@held, ' · ')"/>
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:europe"/></xsl:call-template>
    <xsl:text> – </xsl:text>
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:china"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:review" mode="page">
    <p class="kicker">
      <a href="{$base}/partnerships/{c:partnership/@id}/reviews{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews'"/></xsl:call-template></a>
    </p>
    <h1>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'review'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <span class="date"><xsl:value-of select="@held"/></span>
    </h1>
    <p class="lead"><xsl:call-template name="review-pair"/></p>
    <dl class="facts">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'review.kind'"/></xsl:call-template></dt>
      <dd><xsl:call-template name="code"><xsl:with-param name="group" select="'rkind'"/><xsl:with-param name="value" select="@kind"/></xsl:call-template></dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></dt>
      <dd class="date"><xsl:value-of select="concat(c:period/@start, ' – ', c:period/@end)"/></dd>
    </dl>
    <p class="ed-links">
      <a class="ed-link" href="{$base}/edit/reviews/{@id}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.edit'"/></xsl:call-template></a>
      <xsl:text> · </xsl:text>
      <a class="ed-link" href="{$base}/edit/review-decisions?partnership={c:partnership/@id}{$lang-amp}"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.add-decision'"/></xsl:call-template></a>
      <xsl:text> · </xsl:text>
      <a class="ed-link" href="{$base}/edit/review-targets?partnership={c:partnership/@id}{$lang-amp}"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.add-target'"/></xsl:call-template></a>
    </p>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'review.findings'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:findings">
        <p class="prose"><xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:findings"/></xsl:call-template></p>
        <xsl:if test="c:findings[@xml:lang != $lang]">
          <p class="prose alt" lang="{c:findings[@xml:lang != $lang]/@xml:lang}"><xsl:value-of select="c:findings[@xml:lang != $lang]"/></p>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.no-findings'"/></xsl:call-template></p></xsl:otherwise>
    </xsl:choose>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'review.decisions'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:activities/c:activity">
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.activity'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.decision'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.why'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="c:activities/c:activity">
                <tr>
                  <td class="title"><xsl:value-of select="concat('#', @id, ' ')"/><xsl:value-of select="c:title"/></td>
                  <td><span class="badge {@status}"><xsl:call-template name="code"><xsl:with-param name="group" select="'astatus'"/><xsl:with-param name="value" select="@status"/></xsl:call-template></span></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="c:decision">
                        <strong><xsl:call-template name="code"><xsl:with-param name="group" select="'decision'"/><xsl:with-param name="value" select="c:decision/@value"/></xsl:call-template></strong>
                        <xsl:text> </xsl:text>
                        <a class="ed-link" href="{$base}/edit/review-decisions/{c:decision/@id}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.edit-decision'"/></xsl:call-template></a>
                      </xsl:when>
                      <xsl:otherwise><span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.undecided'"/></xsl:call-template></span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:decision/c:note"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.no-activities'"/></xsl:call-template></p></xsl:otherwise>
    </xsl:choose>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'review.targets'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:targets/c:target">
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'indicator'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.target'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="c:targets/c:target">
                <tr>
                  <td><xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template></td>
                  <td class="date"><xsl:value-of select="concat(@start, ' – ', @end)"/></td>
                  <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="@value"/></xsl:call-template><xsl:value-of select="concat(' ', c:unit)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.no-targets'"/></xsl:call-template></p></xsl:otherwise>
    </xsl:choose>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'review.events'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:events/c:event">
        <ul class="plain">
          <xsl:for-each select="c:events/c:event">
            <li><span class="date"><xsl:value-of select="@start"/></span><xsl:text> </xsl:text><a href="{$base}/events/{@id}{$lang-q}"><xsl:value-of select="c:title"/></a></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'review.no-events'"/></xsl:call-template></p></xsl:otherwise>
    </xsl:choose>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'review.dashboard'"/></xsl:call-template></h2>
    <xsl:apply-templates select="c:dashboard" mode="review"/>
  </xsl:template>

</xsl:stylesheet>
