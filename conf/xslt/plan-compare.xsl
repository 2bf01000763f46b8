<?xml version="1.0" encoding="UTF-8"?>
<!--
  plan-compare.xsl - two versions of a Cooperation Plan side by side
  ("/plans/{id}/compare?with=N", XML root <plan-compare>, issue 18): for the plan itself
  and each priority, objective, activity, milestone, KPI target and risk, whether it was
  added, removed, changed or kept, the earlier version left and the later right, the
  changed fields marked.  Unchanged items are listed after the changes, folded.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="plan.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.compare'"/></xsl:call-template>
    <xsl:value-of select="concat(' v', /*/c:from/@version, ' – v', /*/c:to/@version)"/>
  </xsl:template>

  <!-- A field's value as a reader knows it: an area or a KPI (named by slug in the
       change) by its name in the page's language, the rest as it is. -->
  <xsl:template name="pl-value">
    <xsl:param name="field"/>
    <xsl:variable name="named"
        select="/*/c:areas/c:area[local-name($field) = 'area' and @slug = string($field)] |
                /*/c:kpi-names/c:kpi[local-name($field) = 'kpi' and @slug = string($field)]"/>
    <xsl:choose>
      <xsl:when test="$named">
        <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="$named/c:name"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$field"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The fields of one side of a change, each marked when it changed. -->
  <xsl:template name="pl-side">
    <xsl:param name="side"/>
    <xsl:param name="changed"/>
    <xsl:if test="$side/@id">
      <dl class="pl-fields">
        <xsl:for-each select="$side/*">
          <xsl:variable name="f">
            <xsl:value-of select="local-name()"/>
            <xsl:if test="@xml:lang"><xsl:value-of select="concat('-', @xml:lang)"/></xsl:if>
          </xsl:variable>
          <xsl:variable name="is" select="contains(concat(' ', $changed, ' '), concat(' ', $f, ' '))"/>
          <dt><xsl:call-template name="label"><xsl:with-param name="key" select="concat('pl.f.', $f)"/></xsl:call-template></dt>
          <dd>
            <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
            <xsl:variable name="shown">
              <xsl:call-template name="pl-value"><xsl:with-param name="field" select="."/></xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="$is"><mark class="pl-changed"><xsl:value-of select="$shown"/></mark></xsl:when>
              <xsl:otherwise><xsl:value-of select="$shown"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pl-rows">
    <xsl:param name="rows"/>
    <xsl:for-each select="$rows">
      <tr class="pl-{@status}">
        <th scope="row">
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('pl.kind.', @kind)"/></xsl:call-template>
          <br/>
          <span class="badge pl-{@status}"><xsl:call-template name="label"><xsl:with-param name="key" select="concat('pl.status.', @status)"/></xsl:call-template></span>
        </th>
        <td><xsl:call-template name="pl-side"><xsl:with-param name="side" select="c:from"/><xsl:with-param name="changed" select="string(@changed)"/></xsl:call-template></td>
        <td><xsl:call-template name="pl-side"><xsl:with-param name="side" select="c:to"/><xsl:with-param name="changed" select="string(@changed)"/></xsl:call-template></td>
      </tr>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="c:plan-compare" mode="page">
    <h1>
      <span class="kicker"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.compare'"/></xsl:call-template></span>
      <xsl:call-template name="pl-pair"/>
    </h1>
    <p class="lead">
      <a href="{$base}/plans/{c:from/@id}{$lang-q}"><xsl:value-of select="concat('v', c:from/@version)"/></a>
      <xsl:text> </xsl:text>
      <xsl:call-template name="pl-state"><xsl:with-param name="state" select="c:from/@state"/></xsl:call-template>
      <xsl:text> → </xsl:text>
      <a href="{$base}/plans/{c:to/@id}{$lang-q}"><xsl:value-of select="concat('v', c:to/@version)"/></a>
      <xsl:text> </xsl:text>
      <xsl:call-template name="pl-state"><xsl:with-param name="state" select="c:to/@state"/></xsl:call-template>
      <xsl:if test="c:to/@review">
        <br/>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.from-review'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <a href="{$base}/reviews/{c:to/@review}{$lang-q}"><span class="date"><xsl:value-of select="c:to/@review-held"/></span></a>
      </xsl:if>
    </p>
    <xsl:variable name="diff" select="c:changes/c:change[@status != 'same']"/>
    <p>
      <xsl:for-each select="c:changes/c:change[@status != 'same'][not(@status = preceding-sibling::c:change[@status != 'same']/@status)]">
        <xsl:variable name="s" select="@status"/>
        <span class="badge pl-{$s}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('pl.status.', $s)"/></xsl:call-template>
          <xsl:value-of select="concat(': ', count(../c:change[@status = $s]))"/>
        </span>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </p>
    <xsl:choose>
      <xsl:when test="$diff">
        <div class="scroll" tabindex="0">
          <table class="pl-table pl-compare">
            <thead><tr>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.item'"/></xsl:call-template></th>
              <th scope="col"><xsl:value-of select="concat('v', c:from/@version)"/></th>
              <th scope="col"><xsl:value-of select="concat('v', c:to/@version)"/></th>
            </tr></thead>
            <tbody><xsl:call-template name="pl-rows"><xsl:with-param name="rows" select="$diff"/></xsl:call-template></tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.no-changes'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="c:changes/c:change[@status = 'same']">
      <details>
        <summary>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.status.same'"/></xsl:call-template>
          <xsl:value-of select="concat(' (', count(c:changes/c:change[@status = 'same']), ')')"/>
        </summary>
        <div class="scroll" tabindex="0">
          <table class="pl-table pl-compare">
            <tbody><xsl:call-template name="pl-rows"><xsl:with-param name="rows" select="c:changes/c:change[@status = 'same']"/></xsl:call-template></tbody>
          </table>
        </div>
      </details>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
