<?xml version="1.0" encoding="UTF-8"?>
<!--
  edit.xsl - the editing form of a city profile, partnership, agreement, activity, KPI
  target, calendar source or organisation ("/edit/<resource>[/{key}]", XML root <edit>, never cached).
  The root says which (@entity, @path, @key when the item exists) and the answer's
  status; <user> who is signed in; <csrf> the token the form must send back; <if-match>
  the item's tag when the form was made (sent back, so that a form left open while
  someone else saved is refused with 409); one <field> per field with its type, @label
  (the key of its label in layout.xsl's table), its <value> and, for choices, each
  <choice> (shown under the key @vocab.<choice> when the field names a @vocab); <invalid
  field="..."> each problem, with its message in both languages, shown next to its
  field.  Every value is untrusted text: output as attribute or text only.
  A deployer may replace this file; the shared shell and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <!-- What the form edits: "ed.what.<entity>" of the label table. -->
  <xsl:template name="what">
    <xsl:call-template name="label"><xsl:with-param name="key" select="concat('ed.what.', /*/@entity)"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:choose>
      <xsl:when test="/*/@key">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.edit'"/></xsl:call-template>
        <xsl:call-template name="what"/>
        <xsl:value-of select="concat(' ', /*/@key)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.new'"/></xsl:call-template>
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
      <xsl:call-template name="label"><xsl:with-param name="key" select="@label"/></xsl:call-template>
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
                <xsl:choose>
                  <!-- A vocabulary of the label table (pkind.sister_city...). -->
                  <xsl:when test="../@vocab"><xsl:call-template name="label"><xsl:with-param name="key" select="concat(../@vocab, '.', .)"/></xsl:call-template></xsl:when>
                  <xsl:otherwise><xsl:value-of select="translate(., '_', ' ')"/></xsl:otherwise>
                </xsl:choose>
              </option>
            </xsl:for-each>
          </select>
        </xsl:when>
        <xsl:when test="@type = 'flag'">
          <select name="{$name}">
            <option value=""></option>
            <option value="1"><xsl:if test="c:value = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="label"><xsl:with-param name="key" select="'yes'"/></xsl:call-template></option>
            <option value="0"><xsl:if test="c:value = '0'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="label"><xsl:with-param name="key" select="'no'"/></xsl:call-template></option>
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
      <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.signed-in-as'"/></xsl:call-template>
      <xsl:call-template name="signed-in-user"/>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.sentence-end'"/></xsl:call-template>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.audited'"/></xsl:call-template>
    </p>
    <xsl:if test="c:invalid">
      <p class="warn" role="alert">
        <xsl:choose>
          <xsl:when test="@status = '409'">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.conflict'"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.not-stored'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:call-template name="problems"><xsl:with-param name="name" select="'csrf'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@status = '409' and not(c:invalid)">
      <p class="warn" role="alert">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.conflict'"/></xsl:call-template>
      </p>
    </xsl:if>
    <form class="ed-form" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
      <input type="hidden" name="csrf" value="{c:csrf}"/>
      <xsl:if test="c:if-match"><input type="hidden" name="if-match" value="{c:if-match}"/></xsl:if>
      <xsl:apply-templates select="c:field"/>
      <button type="submit">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.save'"/></xsl:call-template>
      </button>
      <xsl:if test="@deletable">
        <button type="submit" name="delete" value="1">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'ed.delete'"/></xsl:call-template>
        </button>
      </xsl:if>
    </form>
  </xsl:template>

</xsl:stylesheet>
