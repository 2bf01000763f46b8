<?xml version="1.0" encoding="UTF-8"?>
<!--
  kpi-values.xsl - the values of the key performance indicators ("/kpi-values", XML root
  <kpi-values>), as the cities entered them for a partnership or for the city itself: a
  filter form and a table, one page at a time.  A correction is a new value that
  supersedes the old one: the list shows current values only, and with updated_since= the
  superseded ones come as tombstones (<kpi-value id="5" deleted="..."/>, "deleted" being
  when the correction was entered), shown as "replaced by a correction on ..." rows.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'kpi-values'"/></xsl:call-template>
    <xsl:if test="/*/c:filter/@kpi">
      <xsl:value-of select="concat(' · ', /*/c:filter/@kpi)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="c:kpi-values" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'kpi-values'"/></xsl:call-template></h1>
    <!-- Invented demo values (sql/samples) must never pass for real figures. -->
    <xsl:if test="c:kpi-value[@illustrative = '1']">
      <p class="warn" role="note"><strong>
        <xsl:choose>
          <xsl:when test="$lang = 'zh'">注意：本页部分数值为演示用的示例数据，并非真实数字（报告未提供KPI数值）。</xsl:when>
          <xsl:otherwise>Note: some values on this page are illustrative samples for the demo, not real figures (the report gives no KPI numbers).</xsl:otherwise>
        </xsl:choose>
      </strong></p>
    </xsl:if>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'kpi-values.lead'"/></xsl:call-template></p>
    <p>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'kpi-values.current'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <a href="{$base}/kpis{$lang-q}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'kpi-definitions'"/></xsl:call-template>
      </a>
    </p>

    <form class="flt" method="get" action="{$base}/kpi-values" role="search">
      <xsl:call-template name="form-lang"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'kpi'"/>
        <xsl:with-param name="key" select="'kpi'"/>
        <xsl:with-param name="hint" select="'kpi.hint'"/>
        <xsl:with-param name="pattern" select="'[a-z0-9]+(-[a-z0-9]+)*'"/>
        <xsl:with-param name="maxlength" select="'64'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'city'"/>
        <xsl:with-param name="key" select="'city-slug'"/>
        <xsl:with-param name="hint" select="'slug.hint'"/>
        <xsl:with-param name="pattern" select="'[a-z0-9]+(-[a-z0-9]+)*'"/>
        <xsl:with-param name="maxlength" select="'64'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'partnership'"/>
        <xsl:with-param name="key" select="'partnership-id'"/>
        <xsl:with-param name="hint" select="'partnership.hint'"/>
        <xsl:with-param name="pattern" select="'[0-9]{1,9}'"/>
        <xsl:with-param name="maxlength" select="'9'"/>
        <xsl:with-param name="inputmode" select="'numeric'"/>
        <xsl:with-param name="class" select="'flt-short'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'from'"/>
        <xsl:with-param name="key" select="'from'"/>
        <xsl:with-param name="type" select="'date'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'to'"/>
        <xsl:with-param name="key" select="'to'"/>
        <xsl:with-param name="type" select="'date'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'limit'"/>
        <xsl:with-param name="key" select="'limit'"/>
        <xsl:with-param name="type" select="'number'"/>
      </xsl:call-template>
      <xsl:call-template name="form-buttons">
        <xsl:with-param name="path" select="'/kpi-values'"/>
      </xsl:call-template>
    </form>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:kpi-value">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'kpi-values'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'kpi'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'for'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'value'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'score'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'confidence'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'source'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'comment'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'entered'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:kpi-value" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="$has-filters">no-kpi-values-match</xsl:when>
                <xsl:otherwise>no-kpi-values</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A superseded value (sync mode): "deleted" is when its correction was entered. -->
  <xsl:template match="c:kpi-value[@deleted]" mode="row">
    <xsl:call-template name="tombstone-row">
      <xsl:with-param name="columns" select="9"/>
      <xsl:with-param name="key" select="'superseded-on'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The indicator is named by slug (its names when the item carries name[@xml:lang]);
       it links to its other values. -->
  <xsl:template match="c:kpi-value" mode="row">
    <tr>
      <th scope="row">
        <a href="{$base}/kpi-values?kpi={@kpi}{$lang-amp}">
          <xsl:choose>
            <xsl:when test="c:name">
              <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="@kpi"/></xsl:otherwise>
          </xsl:choose>
        </a>
      </th>
      <td>
        <xsl:choose>
          <xsl:when test="c:partnership/@id">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'partnership'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="pair-ref"/>
          </xsl:when>
          <xsl:when test="c:city/@slug">
            <xsl:call-template name="city-ref"><xsl:with-param name="node" select="c:city"/></xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </td>
      <td class="date">
        <xsl:value-of select="c:period/@start"/>
        <xsl:if test="c:period/@end and string(c:period/@end) != string(c:period/@start)">
          <xsl:value-of select="concat(' – ', c:period/@end)"/>
        </xsl:if>
      </td>
      <td class="num">
        <xsl:if test="string(c:value) != ''">
          <xsl:call-template name="number"><xsl:with-param name="value" select="c:value"/></xsl:call-template>
          <xsl:if test="string(c:unit) != ''"><xsl:value-of select="concat(' ', c:unit)"/></xsl:if>
        </xsl:if>
      </td>
      <td class="num">
        <xsl:if test="string(c:score) != ''"><xsl:value-of select="concat(c:score, ' / 5')"/></xsl:if>
      </td>
      <td>
        <xsl:if test="@confidence or c:confidence">
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'confidence'"/>
            <xsl:with-param name="value" select="string((@confidence | c:confidence)[1])"/>
          </xsl:call-template>
        </xsl:if>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="starts-with(c:source, 'https://') or starts-with(c:source, 'http://')">
            <a href="{c:source}" rel="external noopener"><xsl:value-of select="c:source"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="c:source"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:value-of select="c:comment"/>
        <xsl:if test="string(c:supersedes) != ''">
          <xsl:if test="string(c:comment) != ''"><br/></xsl:if>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'corrects'"/></xsl:call-template>
            <xsl:value-of select="concat(' #', c:supersedes)"/>
          </span>
        </xsl:if>
      </td>
      <td class="date">
        <xsl:call-template name="day"><xsl:with-param name="value" select="@updated"/></xsl:call-template>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
