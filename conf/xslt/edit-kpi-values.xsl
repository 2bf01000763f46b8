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
    <xsl:call-template name="t">
      <xsl:with-param name="en">Enter a KPI value</xsl:with-param>
      <xsl:with-param name="zh">录入KPI数值</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="t">
    <xsl:param name="en"/>
    <xsl:param name="zh"/>
    <xsl:choose>
      <xsl:when test="$lang = 'zh'"><xsl:value-of select="$zh"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$en"/></xsl:otherwise>
    </xsl:choose>
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
    <xsl:param name="en"/>
    <xsl:param name="zh"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="maxlength" select="'64'"/>
    <label>
      <xsl:call-template name="t">
        <xsl:with-param name="en" select="$en"/>
        <xsl:with-param name="zh" select="$zh"/>
      </xsl:call-template>
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
      <xsl:call-template name="t">
        <xsl:with-param name="en">Signed in as </xsl:with-param>
        <xsl:with-param name="zh">当前用户：</xsl:with-param>
      </xsl:call-template>
      <strong><xsl:value-of select="c:user/@name"/></strong>
      <xsl:value-of select="concat(' (', c:user/@role)"/>
      <xsl:if test="c:user/@city"><xsl:value-of select="concat(', ', c:user/@city)"/></xsl:if>
      <xsl:text>). </xsl:text>
      <xsl:call-template name="t">
        <xsl:with-param name="en">A value is never overwritten: to correct one, give its number under "Corrects"; both stay in the history.</xsl:with-param>
        <xsl:with-param name="zh">数值不会被覆盖：如需更正，请在“更正”中填写原数值的编号；两者都会保留在历史记录中。</xsl:with-param>
      </xsl:call-template>
    </p>
    <xsl:if test="c:invalid">
      <p class="warn" role="alert">
        <xsl:call-template name="t">
          <xsl:with-param name="en">Nothing was stored. Please correct the fields marked below.</xsl:with-param>
          <xsl:with-param name="zh">未保存任何内容。请修改下方标出的字段。</xsl:with-param>
        </xsl:call-template>
      </p>
      <xsl:call-template name="problems"><xsl:with-param name="name" select="'csrf'"/></xsl:call-template>
    </xsl:if>
    <form class="ed-form" method="post" action="{$base}/edit/kpi-values{$lang-q}" accept-charset="UTF-8">
      <input type="hidden" name="csrf" value="{c:csrf}"/>
      <label>
        <xsl:call-template name="t"><xsl:with-param name="en">KPI</xsl:with-param><xsl:with-param name="zh">KPI</xsl:with-param></xsl:call-template>
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
      <xsl:call-template name="input"><xsl:with-param name="name" select="'partnership'"/><xsl:with-param name="en" select="'Partnership (number)'"/><xsl:with-param name="zh" select="'合作关系（编号）'"/><xsl:with-param name="maxlength" select="'9'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'city'"/><xsl:with-param name="en" select="'or City (slug)'"/><xsl:with-param name="zh" select="'或城市（标识）'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'start'"/><xsl:with-param name="en" select="'Period from'"/><xsl:with-param name="zh" select="'期间起始'"/><xsl:with-param name="type" select="'date'"/><xsl:with-param name="maxlength" select="'10'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'end'"/><xsl:with-param name="en" select="'to'"/><xsl:with-param name="zh" select="'至'"/><xsl:with-param name="type" select="'date'"/><xsl:with-param name="maxlength" select="'10'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'value'"/><xsl:with-param name="en" select="'Value'"/><xsl:with-param name="zh" select="'数值'"/><xsl:with-param name="maxlength" select="'20'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'score'"/><xsl:with-param name="en" select="'Score (1-5)'"/><xsl:with-param name="zh" select="'评分（1-5）'"/><xsl:with-param name="maxlength" select="'1'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'comment'"/><xsl:with-param name="en" select="'Comment'"/><xsl:with-param name="zh" select="'备注'"/><xsl:with-param name="maxlength" select="'2000'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'source'"/><xsl:with-param name="en" select="'Source'"/><xsl:with-param name="zh" select="'来源'"/><xsl:with-param name="maxlength" select="'300'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'confidence'"/><xsl:with-param name="en" select="'Confidence (low, medium, high)'"/><xsl:with-param name="zh" select="'可信度（low、medium、high）'"/><xsl:with-param name="maxlength" select="'6'"/></xsl:call-template>
      <xsl:call-template name="input"><xsl:with-param name="name" select="'supersedes'"/><xsl:with-param name="en" select="'Corrects value number'"/><xsl:with-param name="zh" select="'更正的数值编号'"/><xsl:with-param name="maxlength" select="'9'"/></xsl:call-template>
      <button type="submit">
        <xsl:call-template name="t"><xsl:with-param name="en">Store</xsl:with-param><xsl:with-param name="zh">保存</xsl:with-param></xsl:call-template>
      </button>
    </form>
  </xsl:template>

</xsl:stylesheet>
