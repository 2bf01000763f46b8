<?xml version="1.0" encoding="UTF-8"?>
<!--
  plan-steps.xsl - the steps of a Cooperation Plan version for its editors
  ("/edit/plans/{id}/steps", XML root <plan-steps>, never cached, issue 18): the version's
  state and approvals, and one form per step that follows from it: propose (draft),
  withdraw or approve with the reference of the political decision (proposed), start the
  next version (approved).  Each form carries the CSRF token and the plan's tag (a
  version changed meanwhile is refused with 409).  <invalid> problems shown on top.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="plan.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.steps'"/></xsl:call-template>
    <xsl:value-of select="concat(' v', /*/c:plan/@version)"/>
  </xsl:template>

  <xsl:template name="pl-step-form">
    <xsl:param name="action"/>
    <xsl:param name="decision" select="false()"/>
    <form class="ed-form" method="post" action="{$base}/edit/plans/{c:plan/@id}/steps{$lang-q}" accept-charset="UTF-8">
      <input type="hidden" name="csrf" value="{c:csrf}"/>
      <input type="hidden" name="if-match" value="{c:if-match}"/>
      <input type="hidden" name="action" value="{$action}"/>
      <xsl:if test="$decision">
        <label>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.decision-ref'"/></xsl:call-template>
          <input type="text" name="decision" maxlength="300" required="required"/>
        </label>
      </xsl:if>
      <xsl:if test="$action = 'next'">
        <!-- The review to start from; left empty, the latest since the approval. -->
        <label>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.review-number'"/></xsl:call-template>
          <input type="text" name="review" inputmode="numeric" maxlength="9"/>
        </label>
      </xsl:if>
      <button type="submit"><xsl:call-template name="label"><xsl:with-param name="key" select="concat('pl.do.', $action)"/></xsl:call-template></button>
    </form>
  </xsl:template>

  <xsl:template match="c:plan-steps" mode="page">
    <xsl:variable name="p" select="c:plan"/>
    <h1>
      <span class="kicker"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.plan'"/></xsl:call-template></span>
      <xsl:call-template name="pl-pair"><xsl:with-param name="p" select="$p/c:partnership"/></xsl:call-template>
    </h1>
    <p class="lead">
      <a href="{$base}/plans/{$p/@id}{$lang-q}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.version'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $p/@version)"/>
      </a>
      <xsl:text> </xsl:text>
      <xsl:call-template name="pl-state"><xsl:with-param name="state" select="$p/@state"/></xsl:call-template>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="signed-in-user"/>
    </p>
    <xsl:if test="c:invalid">
      <div class="warn" role="alert">
        <xsl:for-each select="c:invalid">
          <p><xsl:value-of select="c:message[@xml:lang = $lang]"/></p>
        </xsl:for-each>
      </div>
    </xsl:if>
    <xsl:for-each select="$p">
      <xsl:call-template name="pl-approvals"/>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="$p/@state = 'draft'">
        <p><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.help.draft'"/></xsl:call-template></p>
        <xsl:call-template name="pl-step-form"><xsl:with-param name="action" select="'propose'"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$p/@state = 'proposed'">
        <p><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.help.proposed'"/></xsl:call-template></p>
        <!-- No approve form for a user whose city has approved already (it would be refused 409). -->
        <xsl:if test="not($p/c:approvals/c:approval[@city = current()/c:user/@city])">
          <xsl:call-template name="pl-step-form"><xsl:with-param name="action" select="'approve'"/><xsl:with-param name="decision" select="true()"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="pl-step-form"><xsl:with-param name="action" select="'withdraw'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.help.approved'"/></xsl:call-template></p>
        <xsl:call-template name="pl-step-form"><xsl:with-param name="action" select="'next'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
