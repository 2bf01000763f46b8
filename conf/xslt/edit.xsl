<?xml version="1.0" encoding="UTF-8"?>
<!--
  edit.xsl - the editing form of a city profile, partnership, agreement, activity, KPI
  target, calendar source or organisation ("/edit/<resource>[/{key}]", XML root <edit>, never cached).
  The root says which (@entity, @path, @key when the item exists) and the answer's
  status; <user> who is signed in; <csrf> the token the form must send back; <if-match>
  the item's tag when the form was made (sent back, so that a form left open while
  someone else saved is refused with 409); one <field> per field with its type, labels
  in English and Chinese, its <value> and, for choices, each <choice>; <invalid
  field="..."> each problem, with its message in both languages, shown next to its
  field.  Every value is untrusted text: output as attribute or text only.
  A deployer may replace this file; the shared shell and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="t">
    <xsl:param name="en"/>
    <xsl:param name="zh"/>
    <xsl:choose>
      <xsl:when test="$lang = 'zh'"><xsl:value-of select="$zh"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$en"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="what">
    <xsl:variable name="e" select="/*/@entity"/>
    <xsl:choose>
      <xsl:when test="$e = 'city'"><xsl:call-template name="t"><xsl:with-param name="en">city profile</xsl:with-param><xsl:with-param name="zh">城市概况</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'partnership'"><xsl:call-template name="t"><xsl:with-param name="en">partnership</xsl:with-param><xsl:with-param name="zh">合作关系</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'agreement'"><xsl:call-template name="t"><xsl:with-param name="en">agreement</xsl:with-param><xsl:with-param name="zh">协议</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'activity'"><xsl:call-template name="t"><xsl:with-param name="en">activity</xsl:with-param><xsl:with-param name="zh">活动项目</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'kpi-target'"><xsl:call-template name="t"><xsl:with-param name="en">KPI target</xsl:with-param><xsl:with-param name="zh">KPI目标</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'organisation'"><xsl:call-template name="t"><xsl:with-param name="en">organisation</xsl:with-param><xsl:with-param name="zh">机构</xsl:with-param></xsl:call-template></xsl:when>
      <!-- Cooperation plans (issue 18). -->
      <xsl:when test="$e = 'plan'"><xsl:call-template name="t"><xsl:with-param name="en">Cooperation Plan version</xsl:with-param><xsl:with-param name="zh">合作计划版本</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'plan-priority'"><xsl:call-template name="t"><xsl:with-param name="en">plan priority</xsl:with-param><xsl:with-param name="zh">计划优先领域</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'plan-objective'"><xsl:call-template name="t"><xsl:with-param name="en">plan objective</xsl:with-param><xsl:with-param name="zh">计划目标</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'plan-activity'"><xsl:call-template name="t"><xsl:with-param name="en">plan activity</xsl:with-param><xsl:with-param name="zh">计划活动</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'plan-milestone'"><xsl:call-template name="t"><xsl:with-param name="en">milestone</xsl:with-param><xsl:with-param name="zh">里程碑</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'plan-target'"><xsl:call-template name="t"><xsl:with-param name="en">plan KPI target</xsl:with-param><xsl:with-param name="zh">计划KPI目标</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:when test="$e = 'plan-risk'"><xsl:call-template name="t"><xsl:with-param name="en">plan risk</xsl:with-param><xsl:with-param name="zh">计划风险</xsl:with-param></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="en">calendar source</xsl:with-param><xsl:with-param name="zh">日历来源</xsl:with-param></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:choose>
      <xsl:when test="/*/@key">
        <xsl:call-template name="t"><xsl:with-param name="en">Edit </xsl:with-param><xsl:with-param name="zh">编辑</xsl:with-param></xsl:call-template>
        <xsl:call-template name="what"/>
        <xsl:value-of select="concat(' ', /*/@key)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t"><xsl:with-param name="en">New </xsl:with-param><xsl:with-param name="zh">新建</xsl:with-param></xsl:call-template>
        <xsl:call-template name="what"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The problems of one field, in the page's language. -->
  <xsl:template name="problems">
    <xsl:param name="name"/>
    <xsl:for-each select="/*/c:invalid[@field = $name]">
      <span class="error" role="alert" id="err-{$name}">
        <xsl:value-of select="c:message[@xml:lang = $lang]"/>
        <xsl:if test="@detail"><xsl:value-of select="concat(' (', @detail, ')')"/></xsl:if>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="c:field">
    <xsl:variable name="name" select="@name"/>
    <label>
      <xsl:value-of select="c:label[@xml:lang = $lang]"/>
      <xsl:if test="@required"> *</xsl:if>
      <xsl:choose>
        <xsl:when test="@fixed">
          <input type="text" name="{$name}" value="{c:value}" readonly="readonly"/>
        </xsl:when>
        <xsl:when test="@type = 'choice'">
          <select name="{$name}">
            <option value=""></option>
            <xsl:for-each select="c:choice">
              <option value="{.}">
                <xsl:if test=". = ../c:value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="translate(., '_', ' ')"/>
              </option>
            </xsl:for-each>
          </select>
        </xsl:when>
        <xsl:when test="@type = 'flag'">
          <select name="{$name}">
            <option value=""></option>
            <option value="1"><xsl:if test="c:value = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="t"><xsl:with-param name="en">yes</xsl:with-param><xsl:with-param name="zh">是</xsl:with-param></xsl:call-template></option>
            <option value="0"><xsl:if test="c:value = '0'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="t"><xsl:with-param name="en">no</xsl:with-param><xsl:with-param name="zh">否</xsl:with-param></xsl:call-template></option>
          </select>
        </xsl:when>
        <xsl:when test="@type = 'text'">
          <textarea name="{$name}" rows="4" maxlength="{@max}"><xsl:value-of select="c:value"/></textarea>
        </xsl:when>
        <xsl:otherwise>
          <input name="{$name}" value="{c:value}">
            <xsl:attribute name="type">
              <xsl:choose>
                <xsl:when test="@type = 'date'">date</xsl:when>
                <xsl:when test="@type = 'url'">url</xsl:when>
                <xsl:otherwise>text</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:if test="@max"><xsl:attribute name="maxlength"><xsl:value-of select="@max"/></xsl:attribute></xsl:if>
            <xsl:if test="/*/c:invalid[@field = $name]">
              <xsl:attribute name="aria-invalid">true</xsl:attribute>
              <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('err-', $name)"/></xsl:attribute>
            </xsl:if>
          </input>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="problems"><xsl:with-param name="name" select="$name"/></xsl:call-template>
    </label>
  </xsl:template>

  <xsl:template match="c:edit" mode="page">
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
        <xsl:with-param name="en">Every change is kept in the audit log.</xsl:with-param>
        <xsl:with-param name="zh">每次修改都会记入审计日志。</xsl:with-param>
      </xsl:call-template>
    </p>
    <xsl:if test="c:invalid">
      <p class="warn" role="alert">
        <xsl:choose>
          <xsl:when test="@status = '409'">
            <xsl:call-template name="t">
              <xsl:with-param name="en">Someone else changed this since the form was made; nothing was stored. Reload the page to see their change.</xsl:with-param>
              <xsl:with-param name="zh">表单生成后已有他人修改此项；未保存任何内容。请刷新页面查看其修改。</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t">
              <xsl:with-param name="en">Nothing was stored. Please correct the fields marked below.</xsl:with-param>
              <xsl:with-param name="zh">未保存任何内容。请修改下方标出的字段。</xsl:with-param>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:call-template name="problems"><xsl:with-param name="name" select="'csrf'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@status = '409' and not(c:invalid)">
      <p class="warn" role="alert">
        <xsl:call-template name="t">
          <xsl:with-param name="en">Someone else changed this since the form was made; nothing was stored. Reload the page to see their change.</xsl:with-param>
          <xsl:with-param name="zh">表单生成后已有他人修改此项；未保存任何内容。请刷新页面查看其修改。</xsl:with-param>
        </xsl:call-template>
      </p>
    </xsl:if>
    <form class="ed-form" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
      <input type="hidden" name="csrf" value="{c:csrf}"/>
      <xsl:if test="c:if-match"><input type="hidden" name="if-match" value="{c:if-match}"/></xsl:if>
      <xsl:apply-templates select="c:field"/>
      <button type="submit">
        <xsl:call-template name="t"><xsl:with-param name="en">Save</xsl:with-param><xsl:with-param name="zh">保存</xsl:with-param></xsl:call-template>
      </button>
      <xsl:if test="@deletable">
        <button type="submit" name="delete" value="1">
          <xsl:call-template name="t"><xsl:with-param name="en">Delete</xsl:with-param><xsl:with-param name="zh">删除</xsl:with-param></xsl:call-template>
        </button>
      </xsl:if>
    </form>
  </xsl:template>

</xsl:stylesheet>
