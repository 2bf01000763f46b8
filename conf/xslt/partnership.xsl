<?xml version="1.0" encoding="UTF-8"?>
<!--
  partnership.xsl - one partnership ("/partnerships/{id}", XML root <partnership>): the two
  cities, its form and state, areas, agreements, activities and further members.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:europe"/></xsl:call-template>
    <xsl:text> – </xsl:text>
    <xsl:call-template name="names-text"><xsl:with-param name="node" select="/*/c:china"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="c:partnership" mode="page">
    <h1>
      <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:europe"/></xsl:call-template>
      <xsl:text> – </xsl:text>
      <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:china"/></xsl:call-template>
    </h1>
    <p class="lead">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'partnership'"/></xsl:call-template>
      <xsl:value-of select="concat(' #', @id, ' · ')"/>
      <xsl:call-template name="pkind"/>
      <xsl:text> · </xsl:text>
      <xsl:call-template name="pstatus"/>
    </p>

    <dl class="facts">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'european-city'"/></xsl:call-template></dt>
      <dd>
        <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:europe"/></xsl:call-template>
        <xsl:if test="c:europe/@country"><xsl:value-of select="concat(' (', c:europe/@country, ')')"/></xsl:if>
      </dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'chinese-city'"/></xsl:call-template></dt>
      <dd>
        <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:china"/></xsl:call-template>
        <xsl:if test="c:china/@country"><xsl:value-of select="concat(' (', c:china/@country, ')')"/></xsl:if>
      </dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'kind'"/></xsl:call-template></dt>
      <dd><xsl:call-template name="pkind"/></dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></dt>
      <dd><xsl:call-template name="pstatus"/></dd>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'since'"/>
        <xsl:with-param name="value" select="@since"/>
      </xsl:call-template>
      <xsl:if test="c:step">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'step'"/></xsl:call-template></dt>
        <dd>
          <xsl:value-of select="c:step/@number"/>
          <xsl:if test="c:step/c:name">
            <xsl:text>: </xsl:text>
            <xsl:call-template name="lang-pick">
              <xsl:with-param name="nodes" select="c:step/c:name"/>
              <xsl:with-param name="both" select="true()"/>
            </xsl:call-template>
          </xsl:if>
        </dd>
      </xsl:if>
      <xsl:if test="c:loop">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'loop'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="lang-pick">
            <xsl:with-param name="nodes" select="c:loop/c:name"/>
            <xsl:with-param name="both" select="true()"/>
          </xsl:call-template>
          <xsl:if test="not(c:loop/c:name)"><xsl:value-of select="c:loop/@slug"/></xsl:if>
        </dd>
      </xsl:if>
      <xsl:if test="string(c:sources) != ''">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'sources'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="code-list">
            <xsl:with-param name="group" select="'source'"/>
            <xsl:with-param name="codes" select="string(c:sources)"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'notes'"/>
        <xsl:with-param name="value" select="c:notes"/>
      </xsl:call-template>
      <xsl:if test="c:updated">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'updated'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="day"><xsl:with-param name="value" select="c:updated"/></xsl:call-template></dd>
      </xsl:if>
    </dl>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'areas'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:areas/c:area">
        <xsl:call-template name="area-tags">
          <xsl:with-param name="areas" select="c:areas/c:area"/>
          <xsl:with-param name="href-prefix" select="'/partnerships?area='"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-areas'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="c:members/c:city">
      <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'members'"/></xsl:call-template></h2>
      <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'members.lead'"/></xsl:call-template></p>
      <ul class="plain">
        <xsl:for-each select="c:members/c:city">
          <li>
            <xsl:call-template name="city-link"/>
            <xsl:if test="@side">
              <xsl:text> (</xsl:text>
              <xsl:call-template name="code">
                <xsl:with-param name="group" select="'side'"/>
                <xsl:with-param name="value" select="@side"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'agreements'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:agreements/c:agreement">
        <div class="scroll">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'signed'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'type'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'title'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'valid-until'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'notes'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:agreements/c:agreement" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-agreements'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <p>
      <a href="{$base}/agreements?partnership={@id}{$lang-amp}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'partnership.agreements-list'"/></xsl:call-template>
      </a>
    </p>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'activities'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:activities/c:activity">
        <div class="scroll">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'title'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'area'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'funding'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'budget'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'expected-results'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:activities/c:activity" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-activities'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <p>
      <a href="{$base}/activities?partnership={@id}{$lang-amp}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'partnership.activities-list'"/></xsl:call-template>
      </a>
    </p>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'events'"/></xsl:call-template></h2>
    <p>
      <a href="{$base}/events?partnership={@id}&amp;from=2017-01-01{$lang-amp}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'partnership.events'"/></xsl:call-template>
      </a>
      <xsl:text> · </xsl:text>
      <a href="{$base}/feeds/events.ics?partnership={@id}{$lang-amp}" type="text/calendar">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'partnership.calendar'"/></xsl:call-template>
      </a>
    </p>
  </xsl:template>

  <xsl:template match="c:agreement" mode="row">
    <tr>
      <td class="date">
        <xsl:value-of select="@signed"/>
        <xsl:if test="not(@signed)">
          <span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'undated'"/></xsl:call-template></span>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'akind'"/>
          <xsl:with-param name="value" select="@kind"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:value-of select="c:title"/>
        <xsl:call-template name="external-link">
          <xsl:with-param name="url" select="c:document-url"/>
          <xsl:with-param name="key" select="'document'"/>
        </xsl:call-template>
      </td>
      <td class="date">
        <xsl:value-of select="c:valid-until"/>
        <xsl:if test="c:renewal-months">
          <xsl:if test="c:valid-until"><br/></xsl:if>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'renewal'"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="c:renewal-months"/>
          <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'months'"/></xsl:call-template>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:notes"/></td>
    </tr>
  </xsl:template>

  <!-- An activity names its area by slug only: the name comes from the partnership's
       own areas when it is one of them. -->
  <xsl:template match="c:activity" mode="row">
    <xsl:variable name="area" select="/*/c:areas/c:area[@slug = current()/@area]"/>
    <tr>
      <xsl:if test="@status = 'cancelled'"><xsl:attribute name="class">cancelled-row</xsl:attribute></xsl:if>
      <td class="title"><xsl:value-of select="c:title"/></td>
      <td>
        <xsl:choose>
          <xsl:when test="$area">
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="$area/c:name"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="@area"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <span class="badge {@status}">
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'astatus'"/>
            <xsl:with-param name="value" select="@status"/>
          </xsl:call-template>
        </span>
      </td>
      <td class="date">
        <xsl:value-of select="c:starts"/>
        <xsl:if test="c:ends and string(c:ends) != string(c:starts)">
          <xsl:value-of select="concat(' – ', c:ends)"/>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:funding"/></td>
      <td class="num">
        <xsl:if test="c:budget-eur">
          <xsl:call-template name="number"><xsl:with-param name="value" select="c:budget-eur"/></xsl:call-template>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:expected-results"/></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
