<?xml version="1.0" encoding="UTF-8"?>
<!--
  source.xsl - one calendar source ("/sources/{id}", XML root <source>): its health in a
  sentence, its settings and state, and its latest 20 import runs.  Addresses, statuses,
  errors and warnings are untrusted text from feeds and importers: output as text only.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    exclude-result-prefixes="c">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="page-title">
    <xsl:value-of select="/*/c:name"/>
    <xsl:if test="not(/*/c:name)">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'csource'"/></xsl:call-template>
      <xsl:value-of select="concat(' #', /*/@id)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="c:source" mode="page">
    <h1>
      <span class="kicker"><xsl:call-template name="label"><xsl:with-param name="key" select="'csource'"/></xsl:call-template></span>
      <xsl:value-of select="c:name"/>
      <xsl:if test="not(c:name)"><xsl:value-of select="concat('#', @id)"/></xsl:if>
    </h1>
    <p class="ed-links"><a href="{$base}/edit/sources/{@id}{$lang-q}"><xsl:choose><xsl:when test="$lang = 'zh'">编辑或停用</xsl:when><xsl:otherwise>Edit or disable</xsl:otherwise></xsl:choose></a></p>

    <!-- The health summary: one class and what it means. -->
    <p class="lead health">
      <xsl:call-template name="source-health"/>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="@health = 'failing' and c:failing-since">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'failing-since'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:failing-since)"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'failing-since.end'"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="@health = 'overdue'">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'overdue.note'"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="@health = 'never-fetched'">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'never.note'"/></xsl:call-template>
        </xsl:when>
      </xsl:choose>
    </p>

    <dl class="facts">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'feed-url'"/></xsl:call-template></dt>
      <dd><code><xsl:value-of select="c:url"/></code></dd>
      <xsl:if test="c:city">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'owner-city'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="city-link"><xsl:with-param name="node" select="c:city"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:if test="c:areas/c:area">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'areas'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="area-tags">
            <xsl:with-param name="areas" select="c:areas/c:area"/>
            <xsl:with-param name="href-prefix" select="'/events?area='"/>
          </xsl:call-template>
        </dd>
      </xsl:if>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'enabled'"/></xsl:call-template></dt>
      <dd><xsl:call-template name="yes-no"><xsl:with-param name="value" select="@enabled"/></xsl:call-template></dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'refresh'"/></xsl:call-template></dt>
      <dd>
        <xsl:value-of select="c:refresh-minutes"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'minutes'"/></xsl:call-template>
        <xsl:if test="c:feed-refresh-minutes">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'feed-refresh'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', c:feed-refresh-minutes, ' ')"/>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'minutes'"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </dd>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'time-zone'"/>
        <xsl:with-param name="value" select="c:time-zone"/>
      </xsl:call-template>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'last-fetch'"/></xsl:call-template></dt>
      <dd>
        <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:last-fetch)"/></xsl:call-template>
        <xsl:if test="not(c:last-fetch)">–</xsl:if>
      </dd>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'next-fetch'"/></xsl:call-template></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="@enabled != '1'">–</xsl:when>
          <xsl:when test="c:next-fetch">
            <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:next-fetch)"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'next-fetch.asap'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </dd>
      <xsl:if test="c:retry-after">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'retry-after'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:retry-after)"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'last-status'"/>
        <xsl:with-param name="value" select="c:last-status"/>
      </xsl:call-template>
      <xsl:if test="string(c:last-error) != ''">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'last-error'"/></xsl:call-template></dt>
        <dd class="prose"><xsl:value-of select="c:last-error"/></dd>
      </xsl:if>
      <xsl:call-template name="fact">
        <xsl:with-param name="key" select="'failures'"/>
        <xsl:with-param name="value" select="c:failures"/>
      </xsl:call-template>
      <xsl:if test="@uids-unstable = '1'">
        <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'uids-unstable'"/></xsl:call-template></dt>
        <dd>
          <xsl:call-template name="yes-no"><xsl:with-param name="value" select="'1'"/></xsl:call-template>
          <xsl:text> (</xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'uids-unstable.note'"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </dd>
      </xsl:if>
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="'current-events'"/></xsl:call-template></dt>
      <dd>
        <a href="{$base}/events?source={@id}&amp;from=2017-01-01{$lang-amp}"><xsl:value-of select="c:event-count"/></a>
      </dd>
    </dl>

    <h2><xsl:call-template name="label"><xsl:with-param name="key" select="'runs'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:runs/c:run">
        <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'runs.note'"/></xsl:call-template></p>
        <div class="scroll" tabindex="0">
          <table class="wide runs">
            <thead>
              <tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'started'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'finished'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'duration'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'http-status'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'bytes'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'added'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'updated-count'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'removed'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'unchanged'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'skipped'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'error'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'host'"/></xsl:call-template></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="c:runs/c:run"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'no-runs'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>

    <ul class="plain">
      <li>
        <a href="{$base}/events?source={@id}&amp;from=2017-01-01{$lang-amp}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'source.events'"/></xsl:call-template>
        </a>
      </li>
      <li>
        <a href="{$base}/sources{$lang-q}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'all-sources'"/></xsl:call-template>
        </a>
      </li>
    </ul>
  </xsl:template>

  <xsl:template match="c:run">
    <tr class="run-{@status}">
      <td class="date"><xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:started)"/></xsl:call-template></td>
      <td class="date"><xsl:call-template name="stamp"><xsl:with-param name="value" select="string(c:finished)"/></xsl:call-template></td>
      <td class="num"><xsl:value-of select="c:duration"/></td>
      <td>
        <span>
          <xsl:attribute name="class">
            <xsl:text>badge</xsl:text>
            <xsl:if test="@status = 'failed' or @status = 'interrupted'"> warn</xsl:if>
          </xsl:attribute>
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'run'"/>
            <xsl:with-param name="value" select="@status"/>
          </xsl:call-template>
        </span>
      </td>
      <td class="num"><xsl:value-of select="c:http-status"/></td>
      <td class="num">
        <xsl:if test="c:bytes"><xsl:call-template name="number"><xsl:with-param name="value" select="c:bytes"/></xsl:call-template></xsl:if>
      </td>
      <td class="num"><xsl:value-of select="c:added"/></td>
      <td class="num"><xsl:value-of select="c:updated"/></td>
      <td class="num"><xsl:value-of select="c:removed"/></td>
      <td class="num"><xsl:value-of select="c:unchanged"/></td>
      <td class="num"><xsl:value-of select="c:skipped"/></td>
      <td>
        <xsl:if test="string(c:error) != ''"><span class="prose"><xsl:value-of select="c:error"/></span></xsl:if>
        <xsl:if test="string(c:warnings) != ''">
          <xsl:if test="string(c:error) != ''"><br/></xsl:if>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'warnings'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <span class="prose"><xsl:value-of select="c:warnings"/></span>
          </span>
        </xsl:if>
      </td>
      <td><xsl:value-of select="c:host"/></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
