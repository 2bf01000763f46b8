<?xml version="1.0" encoding="UTF-8"?>
<!--
  event.xsl - one event of the calendar ("/events/{id}", XML root <event>): when and where,
  who organises it, its areas, description and notes, and links to the events around it.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:value-of select="/*/c:title"/>
  </xsl:template>

  <xsl:template match="c:event" mode="page">
    <h1>
      <xsl:if test="@status = 'cancelled'"><xsl:attribute name="class">cancelled-row</xsl:attribute></xsl:if>
      <span class="title"><xsl:value-of select="c:title"/></span>
    </h1>
    <p class="lead">
      <xsl:call-template name="code">
        <xsl:with-param name="group" select="'ekind'"/>
        <xsl:with-param name="value" select="@kind"/>
      </xsl:call-template>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="event-status"/>
    </p>

    <dl class="facts">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'date'"/></xsl:call-template></dt>
      <dd><xsl:call-template name="event-dates"/></dd>
      <xsl:if test="c:time-zone and contains(c:start, 'T')">
        <xsl:call-template name="fact">
          <xsl:with-param name="key" select="'time-zone'"/>
          <xsl:with-param name="value" select="c:time-zone"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="string(c:recurrence) != ''">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'recurrence'"/></xsl:call-template></dt>
        <dd><code><xsl:value-of select="c:recurrence"/></code></dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'location'"/>
        <xsl:with-param name="value" select="c:location"/>
      </xsl:call-template>
      <xsl:if test="c:city">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'city'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="city-ref"><xsl:with-param name="node" select="c:city"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'country'"/>
        <xsl:with-param name="value" select="c:country"/>
      </xsl:call-template>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'organiser'"/>
        <xsl:with-param name="value" select="c:organiser"/>
      </xsl:call-template>
      <xsl:if test="starts-with(c:url, 'https://') or starts-with(c:url, 'http://')">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'event-website'"/></xsl:call-template></dt>
        <dd><a href="{c:url}" rel="external noopener"><xsl:value-of select="c:url"/></a></dd>
      </xsl:if>
      <xsl:if test="c:areas/c:area">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'areas'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="area-tags">
            <xsl:with-param name="areas" select="c:areas/c:area"/>
            <xsl:with-param name="href-prefix" select="'/events?from=2017-01-01&amp;area='"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <xsl:if test="c:source">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'imported-from'"/></xsl:call-template></dt>
        <dd>
          <a href="{$base}/sources/{c:source/@id}{$lang-q}">
            <xsl:value-of select="c:source/c:name"/>
            <xsl:if test="not(c:source/c:name)"><xsl:value-of select="concat('#', c:source/@id)"/></xsl:if>
          </a>
        </dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'notes'"/>
        <xsl:with-param name="value" select="c:notes"/>
      </xsl:call-template>
      <xsl:if test="c:first-seen">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'first-seen'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="day"><xsl:with-param name="value" select="c:first-seen"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:if test="@updated">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'updated'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="day"><xsl:with-param name="value" select="@updated"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:if test="string(c:uid) != ''">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'uid'"/></xsl:call-template></dt>
        <dd class="note"><code><xsl:value-of select="c:uid"/></code></dd>
      </xsl:if>
    </dl>

    <!-- Free text of the organiser: paragraphs are kept as the data has them. -->
    <xsl:if test="string(c:description) != ''">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'description'"/></xsl:call-template></h2>
      <p class="prose"><xsl:value-of select="c:description"/></p>
    </xsl:if>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'more-events'"/></xsl:call-template></h2>
    <ul class="plain">
      <xsl:if test="c:city/@slug">
        <li>
          <a href="{$base}/events?city={c:city/@slug}&amp;from=2017-01-01{$lang-amp}">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'city-events'"/></xsl:call-template>
          </a>
        </li>
      </xsl:if>
      <xsl:if test="string-length(c:country) = 2">
        <li>
          <a href="{$base}/events?country={c:country}&amp;from=2017-01-01{$lang-amp}">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'country-events'"/></xsl:call-template>
          </a>
        </li>
      </xsl:if>
      <li>
        <a href="{$base}/events?from=2017-01-01{$lang-amp}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'all-events'"/></xsl:call-template>
        </a>
      </li>
    </ul>
  </xsl:template>

</xsl:stylesheet>
