<?xml version="1.0" encoding="UTF-8"?>
<!--
  edit-kpi-values.xsl - the form for entering a KPI value or a correction
  ("/edit/kpi-values", XML root <edit-kpi-values>, never cached).  The root carries the
  answer's status; <user> who is signed in; <csrf> the token the form must send back
  (hidden field "csrf"); <entry> what was typed, as <field name="...">; <invalid
  field="..."> each problem, with its message in English and Chinese, shown next to its
  field; <kpis> the choices.  A deployer may replace this file; the shared shell and
  helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.kv.title'"/></xsl:call-template>
  </xsl:template>

  <!-- The problems of one field, in the page's language. -->
  <xsl:template name="problems">
    <xsl:param name="name"/>
    <xsl:for-each select="/*/c:invalid[@field = $name]">
      <span class="error" role="alert" id="err-{$name}">
        <xsl:value-of select="c:message[@xml:lang = $lang]"/>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="input">
    <xsl:param name="name"/>
    <xsl:param name="key"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="maxlength" select="'64'"/>
    <label>
      <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      <input type="{$type}" name="{$name}" value="{/*/c:entry/c:field[@name = $name]}" maxlength="{$maxlength}">
        <xsl:if test="/*/c:invalid[@field = $name]">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('err-', $name)"/></xsl:attribute>
        </xsl:if>
      </input>
      <xsl:call-template name="problems"><xsl:with-param name="name" select="$name"/></xsl:call-template>
    </label>
  </xsl:template>

  <xsl:template match="c:edit-kpi-values" mode="page">
    <h1><xsl:call-template name="page-title"/></h1>
    <p class="lead">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.signed-in-as'"/></xsl:call-template>
      <xsl:call-template name="signed-in-user"/>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.sentence-end'"/></xsl:call-template>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.kv.lead'"/></xsl:call-template>
    </p>
    <xsl:if test="c:invalid">
      <p class="warn" role="alert">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.not-stored'"/></xsl:call-template>
      </p>
      <xsl:call-template name="problems"><xsl:with-param name="name" select="'csrf'"/></xsl:call-template>
    </xsl:if>
    <form class="ed-form" method="post" action="{$base}/edit/kpi-values{$lang-q}" accept-charset="UTF-8">
      <input type="hidden" name="csrf" value="{c:csrf}"/>
      <label>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.kv.kpi'"/></xsl:call-template>
        <select name="kpi">
          <option value=""></option>
          <xsl:for-each select="c:kpis/c:kpi">
            <option value="{@slug}">
              <xsl:if test="@slug = /*/c:entry/c:field[@name = 'kpi']"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="c:name[@xml:lang = $lang]"/>
            </option>
          </xsl:for-each>
        </select>
        <xsl:call-template name="problems"><xsl:with-param name="name" select="'kpi'"/></xsl:call-template>
      </label>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'partnership'"/><xsl:with-param name="key" select="'ed.partnership-number'"/><xsl:with-param name="maxlength" select="'9'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'city'"/><xsl:with-param name="key" select="'ed.kv.city'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'start'"/><xsl:with-param name="key" select="'ed.period-from'"/><xsl:with-param name="type" select="'date'"/><xsl:with-param name="maxlength" select="'10'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'end'"/><xsl:with-param name="key" select="'ed.to'"/><xsl:with-param name="type" select="'date'"/><xsl:with-param name="maxlength" select="'10'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'value'"/><xsl:with-param name="key" select="'ed.kv.value'"/><xsl:with-param name="maxlength" select="'20'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'score'"/><xsl:with-param name="key" select="'ed.kv.score'"/><xsl:with-param name="maxlength" select="'1'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'comment'"/><xsl:with-param name="key" select="'ed.kv.comment'"/><xsl:with-param name="maxlength" select="'2000'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'source'"/><xsl:with-param name="key" select="'ed.kv.source'"/><xsl:with-param name="maxlength" select="'300'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'confidence'"/><xsl:with-param name="key" select="'ed.kv.confidence'"/><xsl:with-param name="maxlength" select="'6'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'supersedes'"/><xsl:with-param name="key" select="'ed.kv.supersedes'"/><xsl:with-param name="maxlength" select="'9'"/></xsl:call-template>
      <button type="submit">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.kv.store'"/></xsl:call-template>
      </button>
    </form>
  </xsl:template>

</xsl:stylesheet>
