<?xml version="1.0" encoding="UTF-8"?>
<!--
  plan-print.xsl - the printable Cooperation Plan ("/plans/{id}/print", XML root
  <plan-print>, the same document as <plan>, issue 18): one A4 document a city can
  attach to its council papers.  Every text in English and then in Chinese (a missing
  one marked), labels in both languages, the approval block with names, dates and
  decision references; no navigation, no editing links.  A version that is not approved
  says so in its heading (a draft may be printed for discussion).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="plan.xsl"/>

  <xsl:variable name="bilingual" select="true()"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <link rel="icon" href="data:,"/>
        <title><xsl:call-template name="page-title"/></title>
        <style>
          <xsl:call-template name="css"/>
        </style>
        <style>
@page{size:A4;margin:18mm 16mm 20mm}
body{font-size:10.5pt;line-height:1.4}
.pl-print{max-width:none;padding:0 .5rem}
.pl-print h1{font-size:1.5rem;margin:.2rem 0}
.pl-print h2{font-size:1.15rem;border-bottom:1px solid var(--line);margin-top:1.2rem}
.pl-print h3{font-size:1rem}
.pl-print .scroll{overflow:visible;border:0}
.pl-print table.pl-table{table-layout:fixed}
.pl-print .date{white-space:normal}
.pl-print-head{border-bottom:2px solid var(--fg);padding-bottom:.3rem;margin-bottom:.6rem}
@media print{.pl-print{padding:0}}
        </style>
      </head>
      <body>
        <div role="main" id="main" class="pl-print">
          <div class="pl-print-head muted">
            <xsl:value-of select="concat($site, ' · ', $base, '/plans/', /*/@id)"/>
          </div>
          <xsl:apply-templates select="/*" mode="page"/>
        </div>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="c:plan-print" mode="page">
    <!-- The same body as the screen's <plan>. -->
    <xsl:call-template name="plan-body"/>
  </xsl:template>

</xsl:stylesheet>
