<?xml version="1.0" encoding="UTF-8"?>
<!--
  audit.xsl - the audit log for administrators ("/edit/audit", XML root <audit>): one row
  per change, newest first: when, who, what (entity and id), and the item before and
  after as XML text.  Everything in it is untrusted text (names, the items' fields):
  output as text only.  A deployer may replace this file; see layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'au.audit-log'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:audit" mode="page">
    <h1><xsl:call-template name="page-title"/></h1>
    <div class="scroll" tabindex="0">
    <table class="audit">
      <thead>
        <tr>
          <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'au.when-utc'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'au.who'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'au.what'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'au.before'"/></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'au.after'"/></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="c:entry">
          <tr>
            <td><xsl:value-of select="translate(@at, 'TZ', ' ')"/></td>
            <td><xsl:value-of select="@actor"/></td>
            <td><xsl:value-of select="concat(@action, ' ', @entity, ' #', @entity-id)"/></td>
            <td><pre><xsl:value-of select="c:before"/></pre></td>
            <td><pre><xsl:value-of select="c:after"/></pre></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    </div>
    <xsl:if test="c:next">
      <p><a href="{c:next/@href}"><xsl:call-template name="label"><xsl:with-param name="key" select="'au.older-changes'"/></xsl:call-template></a></p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
