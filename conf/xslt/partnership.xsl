<?xml version="1.0" encoding="UTF-8"?>
<!--
  partnership.xsl - one partnership ("/partnerships/{id}", XML root <partnership>): the two
  cities, its form and state, its dashboard (alerts, activities by status, KPIs with their
  charts), areas, agreements, activities and further members.
  A deployer may replace this file to give the platform the city's own look; the shared
  shell, labels and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="c svg">

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
    <!-- For editors (the /edit/ pages ask the web server's sign-in). -->
    <p class="ed-links">
      <a href="{$base}/edit/partnerships/{@id}{$lang-q}"><xsl:choose><xsl:when test="$lang = 'zh'">编辑</xsl:when><xsl:otherwise>Edit</xsl:otherwise></xsl:choose></a> ·
      <a href="{$base}/edit/agreements?partnership={@id}{$lang-amp}"><xsl:choose><xsl:when test="$lang = 'zh'">添加协议</xsl:when><xsl:otherwise>Add an agreement</xsl:otherwise></xsl:choose></a> ·
      <a href="{$base}/edit/activities?partnership={@id}{$lang-amp}"><xsl:choose><xsl:when test="$lang = 'zh'">添加活动项目</xsl:when><xsl:otherwise>Add an activity</xsl:otherwise></xsl:choose></a> ·
      <a href="{$base}/edit/kpi-targets?partnership={@id}{$lang-amp}"><xsl:choose><xsl:when test="$lang = 'zh'">添加KPI目标</xsl:when><xsl:otherwise>Add a KPI target</xsl:otherwise></xsl:choose></a> ·
      <a href="{$base}/edit/kpi-values?partnership={@id}{$lang-amp}"><xsl:choose><xsl:when test="$lang = 'zh'">录入KPI数值</xsl:when><xsl:otherwise>Enter a KPI value</xsl:otherwise></xsl:choose></a>
      <!-- Reviews (issue 18). -->
      · <a href="{$base}/partnerships/{@id}/reviews{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'reviews'"/></xsl:call-template></a>
    </p>
    <!-- The step tracker (issue 18): where the partnership stands in the report's cycle. -->
    <p class="cta">
      <a href="{$base}/partnerships/{@id}/tracker{$lang-q}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'gd.tracker'"/></xsl:call-template>
        <xsl:text> →</xsl:text>
      </a>
      <xsl:text> </xsl:text>
      <span class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'gd.tracker.hint'"/></xsl:call-template></span>
    </p>
    <!-- Cooperation plans (issue 18): the versions of the partnership's plan. -->
    <p><a href="{$base}/partnerships/{@id}/plans{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.plans'"/></xsl:call-template></a></p>
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

    <xsl:apply-templates select="c:dashboard" mode="dash"/>

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
        <div class="scroll" tabindex="0">
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
        <div class="scroll" tabindex="0">
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
      <!-- the target of the dashboard's agreement alerts -->
      <xsl:if test="@id"><xsl:attribute name="id">agreement-<xsl:value-of select="@id"/></xsl:attribute></xsl:if>
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

  <!-- ================================================================== dashboard -->

  <!-- The report's "Measure" step (<dashboard>, built by lib/dashboard.c): alerts, the
       activities by status, then each KPI in a summary table and with its history, as the
       server's SVG chart followed by a table of the same numbers.  Every state is written
       in words; arrows and colours only accompany them. -->
  <xsl:template match="c:dashboard" mode="dash">
    <div role="region" aria-labelledby="dashboard" class="dashboard">
      <h2 id="dashboard"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash'"/></xsl:call-template></h2>
      <p class="lead">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.lead'"/></xsl:call-template>
        <xsl:if test="@today">
          <xsl:text> </xsl:text>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.today'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <span class="date"><xsl:value-of select="@today"/></span>
          </span>
        </xsl:if>
      </p>

      <xsl:if test="@illustrative = '1'">
        <p role="note" style="border:2px solid var(--warn);padding:.6rem .8rem;margin:1rem 0">
          <strong style="color:var(--warn)">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.illustrative.title'"/></xsl:call-template>
          </strong>
          <xsl:text> </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.illustrative'"/></xsl:call-template>
        </p>
      </xsl:if>

      <xsl:if test="@internal = 'shown'">
        <p role="note" class="internal-note" style="border:2px solid var(--warn);padding:.6rem .8rem;margin:1rem 0">
          <strong style="color:var(--warn)">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.internal.title'"/></xsl:call-template>
          </strong>
          <xsl:text> </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.internal'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <a href="{$base}/partnerships/{/*/@id}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.public'"/></xsl:call-template></a>
        </p>
      </xsl:if>

      <!-- The dashboard's time range: a plain GET form to this very page. -->
      <form method="get" class="flt-range">
        <xsl:attribute name="action">
          <xsl:call-template name="dash-url"/>
        </xsl:attribute>
        <xsl:call-template name="form-lang"/>
        <label>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.from'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <input type="date" name="from" value="{/*/c:filter/@from}"/>
        </label>
        <xsl:text> </xsl:text>
        <label>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.to'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <input type="date" name="to" value="{/*/c:filter/@to}"/>
        </label>
        <xsl:text> </xsl:text>
        <button type="submit"><xsl:call-template name="label"><xsl:with-param name="key" select="'cdash.apply'"/></xsl:call-template></button>
      </form>
      <xsl:if test="not(@internal = 'shown')">
        <p class="note">
          <a href="{$base}/edit/partnerships/{/*/@id}/dashboard{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.editors'"/></xsl:call-template></a>
        </p>
      </xsl:if>

      <h3><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.alerts'"/></xsl:call-template></h3>
      <xsl:choose>
        <xsl:when test="c:alerts/c:alert">
          <ul class="plain">
            <xsl:apply-templates select="c:alerts/c:alert" mode="dash"/>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.no-alerts'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>

      <xsl:apply-templates select="c:timeline" mode="dash"/>

      <xsl:apply-templates select="c:activities" mode="dash"/>

      <h3><xsl:call-template name="label"><xsl:with-param name="key" select="'kpis'"/></xsl:call-template></h3>
      <xsl:choose>
        <xsl:when test="c:kpi">
          <div class="scroll" tabindex="0">
            <table class="wide">
              <thead>
                <tr>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'indicator'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.latest'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.change'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.target'"/></xsl:call-template></th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="c:kpi" mode="dash-row"/>
              </tbody>
            </table>
          </div>

          <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'kpi.computed.note'"/></xsl:call-template></p>
          <xsl:call-template name="dash-csv"><xsl:with-param name="table" select="'kpis'"/></xsl:call-template>

          <h3><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.history'"/></xsl:call-template></h3>
          <xsl:apply-templates select="c:kpi" mode="dash-chart"/>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.no-kpis'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- One alert as a sentence, after a badge naming its kind. -->
  <xsl:template match="c:alert" mode="dash">
    <li>
      <span class="badge warn">
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'alert'"/>
          <xsl:with-param name="value" select="@kind"/>
        </xsl:call-template>
      </span>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="@kind = 'agreement-expiring' or @kind = 'agreement-renewal'">
          <xsl:call-template name="alert-agreement"/>
        </xsl:when>
        <xsl:when test="@kind = 'kpi-below-target'">
          <xsl:call-template name="alert-kpi"/>
        </xsl:when>
        <xsl:when test="@kind = 'dormant'">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.dormant.text'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
          <xsl:choose>
            <xsl:when test="@last-seen">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.last-seen'"/></xsl:call-template>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
              <span class="date"><xsl:value-of select="@last-seen"/></span>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.never'"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'full-stop'"/></xsl:call-template>
        </xsl:when>
        <!-- Reviews (issue 18): a review overdue, stuck in one step. -->
        <xsl:when test="@kind = 'review-overdue'">
          <a href="{$base}/partnerships/{(/*/c:partnership/@id | /c:partnership/@id)[1]}/reviews{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'alert.review-overdue.text'"/></xsl:call-template></a>
          <xsl:if test="@last">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'reviews.last'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <span class="date"><xsl:value-of select="@last"/></span>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
          </xsl:if>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'full-stop'"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="@kind = 'step-stuck'">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.step-stuck.text'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
          <xsl:value-of select="@step"/>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'semicolon'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.last-change'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
          <span class="date"><xsl:value-of select="@since"/></span>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'full-stop'"/></xsl:call-template>
        </xsl:when>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- "MoU “title” expires on 2027-01-10 (in 42 days)." / "… is due for renewal on …";
       the title links to the agreement's row in the table below. -->
  <xsl:template name="alert-agreement">
    <xsl:variable name="ag" select="/*/c:agreements/c:agreement[@id = current()/@agreement]"/>
    <xsl:variable name="verb">
      <xsl:choose>
        <xsl:when test="@kind = 'agreement-renewal'">alert.renewal</xsl:when>
        <xsl:otherwise>alert.expires</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$ag/@kind">
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="'akind'"/>
          <xsl:with-param name="value" select="$ag/@kind"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.agreement'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
    <xsl:text>“</xsl:text>
    <xsl:choose>
      <xsl:when test="$ag">
        <a href="#agreement-{@agreement}"><xsl:value-of select="c:title"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="c:title"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>”</xsl:text>
    <xsl:call-template name="label"><xsl:with-param name="key" select="$verb"/></xsl:call-template>
    <span class="date"><xsl:value-of select="@due"/></span>
    <xsl:call-template name="label"><xsl:with-param name="key" select="concat($verb, '.end')"/></xsl:call-template>
    <xsl:if test="@days">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="number(@days) = 0">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.today'"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.in'"/></xsl:call-template>
          <xsl:value-of select="@days"/>
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="number(@days) = 1">alert.day</xsl:when>
                <xsl:otherwise>alert.days</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'full-stop'"/></xsl:call-template>
  </xsl:template>

  <!-- "KPI “name” is below target in 2019-Q4: value 2, target 5." ("above target" for a
       KPI where lower is better); the name in the page's language when the KPI is in the
       dashboard, linked to its chart. -->
  <xsl:template name="alert-kpi">
    <xsl:variable name="kpi" select="../../c:kpi[@slug = current()/@kpi]"/>
    <xsl:variable name="verb">
      <xsl:choose>
        <xsl:when test="$kpi/@direction = 'lower_is_better'">alert.above</xsl:when>
        <xsl:otherwise>alert.below</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.kpi'"/></xsl:call-template>
    <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
    <xsl:text>“</xsl:text>
    <xsl:choose>
      <xsl:when test="$kpi">
        <a href="#kpi-{@kpi}">
          <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="$kpi/c:name"/></xsl:call-template>
        </a>
      </xsl:when>
      <xsl:when test="c:name">
        <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="@kpi"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>”</xsl:text>
    <xsl:call-template name="label"><xsl:with-param name="key" select="$verb"/></xsl:call-template>
    <span class="date"><xsl:value-of select="@period"/></span>
    <xsl:call-template name="label"><xsl:with-param name="key" select="concat($verb, '.end')"/></xsl:call-template>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.value'"/></xsl:call-template>
    <xsl:call-template name="number"><xsl:with-param name="value" select="@value"/></xsl:call-template>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'comma'"/></xsl:call-template>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'alert.target'"/></xsl:call-template>
    <xsl:call-template name="number"><xsl:with-param name="value" select="@target"/></xsl:call-template>
    <xsl:call-template name="label"><xsl:with-param name="key" select="'full-stop'"/></xsl:call-template>
  </xsl:template>

  <!-- The agreements on a timeline: the server's chart, then a table of the same dates. -->
  <xsl:template match="c:timeline" mode="dash">
    <h3 id="dashboard-timeline"><xsl:call-template name="label"><xsl:with-param name="key" select="'timeline'"/></xsl:call-template></h3>
    <p class="note"><xsl:call-template name="label"><xsl:with-param name="key" select="'timeline.note'"/></xsl:call-template></p>
    <xsl:for-each select="c:chart/svg:svg">
      <div style="max-width:40rem;background:#fff;color:#1a1a1a;border:1px solid var(--line);padding:.25rem">
        <xsl:copy>
          <xsl:copy-of select="@*[local-name() != 'style']"/>
          <xsl:attribute name="style">display:block;max-width:100%;height:auto</xsl:attribute>
          <xsl:copy-of select="node()"/>
        </xsl:copy>
      </div>
    </xsl:for-each>
    <xsl:if test="c:agreement">
      <div class="scroll" tabindex="0">
        <table class="wide" aria-labelledby="dashboard-timeline">
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'timeline.agreement'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'timeline.signed'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'timeline.ends'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'timeline.renewal'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="c:agreement">
              <tr>
                <th scope="row" style="font-weight:400">
                  <a href="#agreement-{@id}"><xsl:value-of select="c:title"/></a>
                  <br/>
                  <span class="note">
                    <xsl:call-template name="code">
                      <xsl:with-param name="group" select="'akind'"/>
                      <xsl:with-param name="value" select="@kind"/>
                    </xsl:call-template>
                  </span>
                </th>
                <td>
                  <xsl:choose>
                    <xsl:when test="@signed"><span class="date"><xsl:value-of select="@signed"/></span></xsl:when>
                    <xsl:otherwise><span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'undated'"/></xsl:call-template></span></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@valid-until"><span class="date"><xsl:value-of select="@valid-until"/></span></xsl:when>
                    <xsl:otherwise><span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'timeline.open'"/></xsl:call-template></span></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <xsl:if test="@next-renewal">
                    <span class="date"><xsl:value-of select="@next-renewal"/></span>
                    <xsl:if test="@renewal-months">
                      <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
                      <xsl:value-of select="@renewal-months"/>
                      <xsl:text> </xsl:text>
                      <xsl:call-template name="label"><xsl:with-param name="key" select="'months'"/></xsl:call-template>
                      <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
                    </xsl:if>
                  </xsl:if>
                  <xsl:if test="@state = 'soon'">
                    <xsl:text> </xsl:text>
                    <span class="badge warn">! <xsl:call-template name="label"><xsl:with-param name="key" select="'timeline.due-soon'"/></xsl:call-template></span>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
      <xsl:call-template name="dash-csv"><xsl:with-param name="table" select="'agreements'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The dashboard's own address: the public page, or the editors' one. -->
  <xsl:template name="dash-url">
    <xsl:choose>
      <xsl:when test="/*/c:dashboard/@internal = 'shown'"><xsl:value-of select="concat($base, '/edit/partnerships/', /*/@id, '/dashboard')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($base, '/partnerships/', /*/@id)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Download this table (CSV)": the same numbers in the page's time range. -->
  <xsl:template name="dash-csv">
    <xsl:param name="table"/>
    <p class="note">
      <a>
        <xsl:attribute name="href">
          <xsl:call-template name="dash-url"/>
          <xsl:text>.csv?table=</xsl:text><xsl:value-of select="$table"/>
          <xsl:if test="/*/c:filter/@from">&amp;from=<xsl:value-of select="/*/c:filter/@from"/></xsl:if>
          <xsl:if test="/*/c:filter/@to">&amp;to=<xsl:value-of select="/*/c:filter/@to"/></xsl:if>
        </xsl:attribute>
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat('dash.csv.', $table)"/></xsl:call-template>
      </a>
    </p>
  </xsl:template>

  <!-- Activities by status: a small table with the total below. -->
  <xsl:template match="c:activities" mode="dash">
    <h3 id="dashboard-activities"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.activities'"/></xsl:call-template></h3>
    <div class="scroll" tabindex="0" style="display:inline-block;max-width:100%">
      <table style="width:auto;min-width:16rem" aria-labelledby="dashboard-activities">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'status'"/></xsl:call-template></th>
            <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.count'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="c:status">
            <tr>
              <th scope="row" style="font-weight:400">
                <xsl:call-template name="code">
                  <xsl:with-param name="group" select="'astatus'"/>
                  <xsl:with-param name="value" select="@name"/>
                </xsl:call-template>
              </th>
              <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="@count"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
        <xsl:if test="@total">
          <tfoot>
            <tr>
              <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.total'"/></xsl:call-template></th>
              <td class="num"><strong><xsl:call-template name="number"><xsl:with-param name="value" select="@total"/></xsl:call-template></strong></td>
            </tr>
          </tfoot>
        </xsl:if>
      </table>
    </div>
    <xsl:if test="c:area">
      <xsl:text> </xsl:text>
      <div class="scroll" tabindex="0" style="display:inline-block;max-width:100%;vertical-align:top">
        <table style="width:auto;min-width:16rem">
          <caption style="text-align:left;padding:.4rem .6rem;font-weight:600">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.by-area'"/></xsl:call-template>
          </caption>
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="label"><xsl:with-param name="key" select="'area'"/></xsl:call-template></th>
              <th scope="col" class="num"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.count'"/></xsl:call-template></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="c:area">
              <tr>
                <th scope="row" style="font-weight:400">
                  <xsl:choose>
                    <xsl:when test="c:name"><xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template></xsl:when>
                    <xsl:otherwise><span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.no-area'"/></xsl:call-template></span></xsl:otherwise>
                  </xsl:choose>
                </th>
                <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="@count"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>
    <xsl:call-template name="dash-csv"><xsl:with-param name="table" select="'activities'"/></xsl:call-template>
  </xsl:template>

  <!-- A number with its sign: "+2", "−1.5" (a real minus sign), "0". -->
  <xsl:template name="signed">
    <xsl:param name="value"/>
    <xsl:param name="pattern" select="'#,##0.##'"/>
    <xsl:choose>
      <xsl:when test="string(number($value)) = 'NaN'"><xsl:value-of select="$value"/></xsl:when>
      <xsl:when test="number($value) = 0"><xsl:value-of select="format-number(0, $pattern)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($value, concat('+', $pattern, ';−', $pattern))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A row of the KPI summary: name, latest, change, target. -->
  <xsl:template match="c:kpi" mode="dash-row">
    <tr>
      <th scope="row" style="font-weight:400">
        <a>
          <xsl:attribute name="href">#<xsl:call-template name="kpi-id"/></xsl:attribute>
          <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
        </a>
        <xsl:text> </xsl:text>
        <xsl:call-template name="kpi-origin"/>
        <br/>
        <span class="note">
          <xsl:call-template name="code">
            <xsl:with-param name="group" select="'direction'"/>
            <xsl:with-param name="value" select="@direction"/>
          </xsl:call-template>
        </span>
      </th>
      <td>
        <span class="date"><xsl:value-of select="c:latest/@period"/></span>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
        <strong><xsl:call-template name="number"><xsl:with-param name="value" select="c:latest/@value"/></xsl:call-template></strong>
        <xsl:if test="c:latest/@internal = '1'">
          <xsl:text> </xsl:text>
          <span class="badge warn"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.internal.badge'"/></xsl:call-template></span>
        </xsl:if>
        <xsl:if test="string(c:unit) != ''">
          <xsl:text> </xsl:text>
          <xsl:choose>
            <!-- a score: "4 (score 1-5)" -->
            <xsl:when test="@kind = 'qualitative'">
              <xsl:value-of select="concat('(', c:unit, ')')"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="c:unit"/></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
        <!-- Provenance of an entered value: its source and confidence, linked to the value
             itself when it is public. -->
        <xsl:for-each select="c:latest[@confidence]">
          <br/>
          <span class="note">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'confidence'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <xsl:call-template name="code">
              <xsl:with-param name="group" select="'confidence'"/>
              <xsl:with-param name="value" select="@confidence"/>
            </xsl:call-template>
            <xsl:if test="@source">
              <xsl:text> · </xsl:text>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'source'"/></xsl:call-template>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
              <xsl:value-of select="@source"/>
            </xsl:if>
            <xsl:if test="not(@internal = '1')">
              <xsl:text> · </xsl:text>
              <a href="{$base}/kpi-values/{@id}{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.value-details'"/></xsl:call-template></a>
            </xsl:if>
          </span>
        </xsl:for-each>
      </td>
      <td>
        <xsl:for-each select="c:change">
          <span style="white-space:nowrap">
            <strong><xsl:call-template name="signed"><xsl:with-param name="value" select="@delta"/></xsl:call-template></strong>
            <xsl:if test="@relative">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
              <xsl:call-template name="signed">
                <xsl:with-param name="value" select="@relative * 100"/>
                <xsl:with-param name="pattern" select="'#,##0.#'"/>
              </xsl:call-template>
              <xsl:text>%</xsl:text>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
            </xsl:if>
          </span>
          <xsl:text> </xsl:text>
          <span>
            <xsl:attribute name="class">
              <xsl:text>badge</xsl:text>
              <xsl:if test="@trend = 'worsened'"> warn</xsl:if>
            </xsl:attribute>
            <span aria-hidden="true">
              <xsl:choose>
                <xsl:when test="number(@delta) &gt; 0">↑ </xsl:when>
                <xsl:when test="number(@delta) &lt; 0">↓ </xsl:when>
                <xsl:otherwise>→ </xsl:otherwise>
              </xsl:choose>
            </span>
            <xsl:call-template name="code">
              <xsl:with-param name="group" select="'trend'"/>
              <xsl:with-param name="value" select="@trend"/>
            </xsl:call-template>
          </span>
        </xsl:for-each>
        <xsl:choose>
          <xsl:when test="c:previous">
            <xsl:if test="c:change"><br/></xsl:if>
            <span class="note">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.previous'"/></xsl:call-template>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
              <xsl:value-of select="c:previous/@period"/>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
              <xsl:call-template name="number"><xsl:with-param name="value" select="c:previous/@value"/></xsl:call-template>
            </span>
          </xsl:when>
          <xsl:otherwise>
            <span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.no-previous'"/></xsl:call-template></span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="c:target">
            <strong><xsl:call-template name="number"><xsl:with-param name="value" select="c:target/@value"/></xsl:call-template></strong>
            <xsl:text> </xsl:text>
            <span>
              <xsl:attribute name="class">
                <xsl:text>badge</xsl:text>
                <xsl:if test="c:target/@status = 'below' or c:target/@status = 'above'"> warn</xsl:if>
              </xsl:attribute>
              <xsl:call-template name="code">
                <xsl:with-param name="group" select="'tstatus'"/>
                <xsl:with-param name="value" select="c:target/@status"/>
              </xsl:call-template>
            </span>
            <xsl:if test="number(c:target/@gap) &gt; 0">
              <br/>
              <span class="note">
                <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.gap'"/></xsl:call-template>
                <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
                <xsl:call-template name="number"><xsl:with-param name="value" select="c:target/@gap"/></xsl:call-template>
              </span>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <span class="muted"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.no-target'"/></xsl:call-template></span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <!-- A KPI's history: the server's chart (inline SVG, on a light ground since it draws
       in dark ink) and right after it a table of the same numbers for screen readers and
       for reading off exact values. -->
  <xsl:template match="c:kpi" mode="dash-chart">
    <xsl:variable name="id"><xsl:call-template name="kpi-id"/></xsl:variable>
    <div role="group" aria-labelledby="{$id}" style="margin:1rem 0 2rem">
      <h4 id="{$id}" style="margin:1.25rem 0 .5rem">
        <xsl:call-template name="lang-pick">
          <xsl:with-param name="nodes" select="c:name"/>
          <xsl:with-param name="both" select="true()"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="kpi-origin"/>
      </h4>
      <xsl:for-each select="c:chart/svg:svg">
        <div style="max-width:40rem;background:#fff;color:#1a1a1a;border:1px solid var(--line);padding:.25rem">
          <!-- The chart as drawn, made to shrink on narrow screens. -->
          <xsl:copy>
            <xsl:copy-of select="@*[local-name() != 'style']"/>
            <xsl:attribute name="style">display:block;max-width:100%;height:auto</xsl:attribute>
            <xsl:copy-of select="node()"/>
          </xsl:copy>
        </div>
      </xsl:for-each>
      <div class="scroll" tabindex="0">
        <table style="width:auto;min-width:100%">
          <caption style="text-align:left;padding:.4rem .6rem;font-weight:600">
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.values-by-period'"/></xsl:call-template>
            <xsl:if test="string(c:unit) != ''">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.open'"/></xsl:call-template>
              <xsl:value-of select="c:unit"/>
              <xsl:call-template name="label"><xsl:with-param name="key" select="'paren.close'"/></xsl:call-template>
            </xsl:if>
          </caption>
          <thead>
            <tr>
              <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'period'"/></xsl:call-template></th>
              <xsl:for-each select="c:point">
                <th scope="col" class="num"><xsl:value-of select="@period"/></th>
              </xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><xsl:call-template name="label"><xsl:with-param name="key" select="'value'"/></xsl:call-template></th>
              <xsl:for-each select="c:point">
                <td class="num">
                  <xsl:call-template name="number"><xsl:with-param name="value" select="@value"/></xsl:call-template>
                  <!-- an internal value: marked in words, not by colour -->
                  <xsl:if test="@internal = '1'">
                    <xsl:text> </xsl:text>
                    <span class="badge warn"><xsl:call-template name="label"><xsl:with-param name="key" select="'dash.internal.badge'"/></xsl:call-template></span>
                  </xsl:if>
                </td>
              </xsl:for-each>
            </tr>
          </tbody>
        </table>
      </div>
      <xsl:if test="@origin != 'computed'">
        <p class="note">
          <a href="{$base}/kpi-values?kpi={@slug}&amp;partnership={/*/@id}{$lang-amp}">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'dash.kpi-values'"/></xsl:call-template>
          </a>
        </p>
      </xsl:if>
    </div>
  </xsl:template>

</xsl:stylesheet>
