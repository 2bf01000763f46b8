<?xml version="1.0" encoding="UTF-8"?>
<!--
  sources.xsl - the calendar sources ("/sources", XML root <sources>): a summary of their
  health, then one row per source.  Names, addresses, statuses and errors come from the
  feeds and the importer: they are untrusted text and only ever output as text (an
  address becomes a link only when it is http or https).
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'csources'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:sources" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'csources'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'sources.lead'"/></xsl:call-template></p>

    <!-- The health of every source, whatever the page shows. -->
    <xsl:for-each select="c:summary">
      <ul class="cnt summary">
        <li>
          <span class="cnt-n"><xsl:value-of select="@total"/></span>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'sources.total'"/></xsl:call-template>
        </li>
        <xsl:for-each select="@healthy | @failing | @overdue | @never-fetched | @disabled">
          <li class="{local-name()}">
            <span class="cnt-n"><xsl:value-of select="."/></span>
            <xsl:call-template name="code">
              <xsl:with-param name="group" select="'shealth'"/>
              <xsl:with-param name="value" select="local-name()"/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:for-each>

    <xsl:choose>
      <xsl:when test="c:source">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'sources'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'csource'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'health-col'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'owner-city'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'areas'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'refresh'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'last-fetch'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'next-fetch'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'last-status'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'failures'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'current-events'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:source" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-sources'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="c:source" mode="row">
    <tr>
      <td>
        <a href="{$base}/sources/{@id}{$lang-q}">
          <xsl:value-of select="c:name"/>
          <xsl:if test="not(c:name)"><xsl:value-of select="concat('#', @id)"/></xsl:if>
        </a>
        <br/>
        <span class="note"><code><xsl:value-of select="c:url"/></code></span>
        <xsl:if test="@uids-unstable = '1'">
          <br/>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'uids-unstable'"/></xsl:call-template>
          </span>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="source-health"/>
        <xsl:if test="@health = 'failing' and c:failing-since">
          <br/>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'failing-since'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:failing-since)"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'failing-since.end'"/></xsl:call-template>
          </span>
        </xsl:if>
      </td>
      <td>
        <xsl:if test="c:city">
          <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:city"/></xsl:call-template>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="area-tags">
          <xsl:with-param name="areas" select="c:areas/c:area"/>
          <xsl:with-param name="href-prefix" select="'/events?area='"/>
        </xsl:call-template>
      </td>
      <td class="num">
        <xsl:value-of select="c:refresh-minutes"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'minutes'"/></xsl:call-template>
      </td>
      <td class="date">
        <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:last-fetch)"/></xsl:call-template>
      </td>
      <td class="date">
        <xsl:call-template name="next-fetch"/>
      </td>
      <td>
        <xsl:value-of select="c:last-status"/>
        <xsl:if test="string(c:last-error) != ''">
          <br/>
          <span class="note prose"><xsl:value-of select="c:last-error"/></span>
        </xsl:if>
      </td>
      <td class="num"><xsl:value-of select="c:failures"/></td>
      <td class="num">
        <a href="{$base}/events?source={@id}&amp;from=2017-01-01{$lang-amp}"><xsl:value-of select="c:event-count"/></a>
      </td>
    </tr>
  </xsl:template>

  <!-- When the importer takes the source next (context: the source). -->
  <xsl:template name="next-fetch">
    <xsl:choose>
      <xsl:when test="@enabled != '1'">–</xsl:when>
      <xsl:when test="c:next-fetch">
        <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:next-fetch)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'next-fetch.asap'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
