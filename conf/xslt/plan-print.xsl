<?xml version="1.0" encoding="UTF-8"?>
<!--
  plan-print.xsl - the printable Cooperation Plan ("/plans/{id}/print", XML root
  <plan-print>, the same document as <plan>, issue 18): one A4 document a city can
  attach to its council papers.  Every text in English and then in Chinese (a missing
  one marked), labels in both languages, the approval block with names, dates and
  decision references; no editing links.  The page shell is the site's (layout.xsl),
  whose print rules hide the navigation and the footer; this sheet adds the A4 page
  and a layout that fits it (fixed table columns, no scrolling boxes on paper).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="plan.xsl"/>

  <xsl:variable name="bilingual" select="true()"/>

  <xsl:template name="head-extra">
    <style>
@page{size:A4;margin:18mm 16mm 20mm}
@media print{
.pl-print h1{font-size:1.5rem;margin:.2rem 0}
.pl-print h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:1.2rem}
.pl-print h3{font-size:1rem}
.pl-print table.pl-table{table-layout:fixed;min-width:0}
.pl-print table.pl-table td,.pl-print table.pl-table th{overflow-wrap:anywhere;white-space:normal}
.pl-print .date{white-space:normal}
.pl-print .pl-approvals{display:block}
.pl-print .pl-approval{margin:0 0 .5rem}
}
    </style>
  </xsl:template>

  <xsl:template match="c:plan-print" mode="page">
    <div class="pl-print">
      <xsl:call-template name="plan-body"/>
    </div>
  </xsl:template>

</xsl:stylesheet>
