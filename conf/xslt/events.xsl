<?xml version="1.0" encoding="UTF-8"?>
<!--
  events.xsl - the event calendar ("/events", XML root <events>): a filter form and a
  table; without dates the server lists the upcoming events only.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'events'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="head-extra">
    <xsl:call-template name="feed-head-link">
      <xsl:with-param name="path" select="'/feeds/events.atom'"/>
      <xsl:with-param name="key" select="'feed.events'"/>
      <xsl:with-param name="names" select="$event-filters"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="c:events" mode="page">
    <h1><xsl:call-template name="label"><xsl:with-param name="key" select="'events'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="label"><xsl:with-param name="key" select="'events.lead'"/></xsl:call-template></p>

    <form class="flt" method="get" action="{$base}/events" role="search">
      <xsl:call-template name="form-lang"/>
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
        <xsl:with-param name="name" select="'source'"/>
        <xsl:with-param name="key" select="'source-id'"/>
        <xsl:with-param name="hint" select="'source.hint'"/>
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
        <xsl:with-param name="path" select="'/events'"/>
      </xsl:call-template>
    </form>

    <xsl:call-template name="sync-note"/>
    <xsl:choose>
      <xsl:when test="c:event">
        <xsl:call-template name="count-line"><xsl:with-param name="what" select="'events'"/></xsl:call-template>
        <div class="scroll" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'date'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'event'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'type'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'location'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'city'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'organiser'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:event" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <!-- The default list starts today, so an empty calendar usually means "nothing
             planned yet": point at the archive. -->
        <div class="empty">
          <p>
            <xsl:call-template name="label">
              <xsl:with-param name="key">
                <xsl:choose>
                  <xsl:when test="contains(concat('&amp;', $self-query), '&amp;from=') or
                                  contains(concat('&amp;', $self-query), '&amp;to=')">no-events</xsl:when>
                  <xsl:otherwise>no-upcoming-events</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </p>
          <p>
            <a href="{$base}/events?from=2017-01-01{$lang-amp}">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'past-events'"/></xsl:call-template>
            </a>
          </p>
        </div>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A removed event (updated_since=): "#12: deleted on ...". -->
  <xsl:template match="c:event[@deleted]" mode="row">
    <xsl:call-template name="tombstone-row"><xsl:with-param name="columns" select="7"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:event" mode="row">
    <tr>
      <xsl:if test="@status = 'cancelled'"><xsl:attribute name="class">cancelled-row</xsl:attribute></xsl:if>
      <td class="date">
        <xsl:call-template name="event-dates"/>
        <xsl:if test="c:time-zone and contains(c:start, 'T')">
          <br/>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'time-zone'"/></xsl:call-template>
            <xsl:value-of select="concat(': ', c:time-zone)"/>
          </span>
        </xsl:if>
      </td>
      <td>
        <!-- Repeated here so that a narrow screen, where the status column may be
             scrolled out of view, still says it. -->
        <xsl:if test="@status = 'cancelled'">
          <xsl:call-template name="event-status"/>
          <xsl:text> </xsl:text>
        </xsl:if>
        <span class="title">
          <a href="{concat($base, '/events/', @id)}{$lang-q}"><xsl:value-of select="c:title"/></a>
        </span>
        <xsl:call-template name="external-link">
          <xsl:with-param name="url" select="c:url"/>
          <xsl:with-param name="key" select="'website'"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'ekind'"/>
          <xsl:with-param name="value" select="@kind"/>
        </xsl:call-template>
      </td>
      <td><xsl:call-template name="event-status"/></td>
      <td>
        <xsl:value-of select="c:location"/>
        <xsl:if test="not(c:location)"><xsl:value-of select="c:country"/></xsl:if>
      </td>
      <td>
        <xsl:if test="c:city">
          <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:city"/></xsl:call-template>
        </xsl:if>
      </td>
      <td>
        <xsl:value-of select="c:organiser"/>
        <xsl:for-each select="c:source">
          <xsl:if test="../c:organiser"><br/></xsl:if>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'imported-from'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <a href="{$base}/sources/{@id}{$lang-q}">
              <xsl:value-of select="c:name"/>
              <xsl:if test="not(c:name)"><xsl:value-of select="concat('#', @id)"/></xsl:if>
            </a>
          </span>
        </xsl:for-each>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
