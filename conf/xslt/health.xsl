<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:c="urn:c2c:xml:1" exclude-result-prefixes="c">
<xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
<xsl:template match="/"><html><body><pre><xsl:value-of select="name(*)"/></pre></body></html></xsl:template>
</xsl:stylesheet>
