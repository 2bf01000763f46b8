<?xml version="1.0" encoding="UTF-8"?>
<!--
  tracker.xsl - the step tracker ("/partnerships/{id}/tracker", "/cities/{slug}/tracker",
  and their editing forms under /edit/; XML root <tracker>): the current step and loop
  with the cycle's figure, each step's elements with their state, note and evidence and
  who set them when, and the history of the current step.  With @editing the page is
  for an editor: <csrf> and <if-match> go back with every form, <invalid> are shown at
  the top; every value is untrusted text, output as text or attribute only.
  A deployer may replace this file; the shared shell and helpers are in layout.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="c svg">

  <xsl:import href="layout.xsl"/>

  <xsl:variable name="editing" select="/*/@editing = '1'"/>
  <xsl:variable name="owner">
    <xsl:choose>
      <xsl:when test="/*/c:partnership"><xsl:value-of select="concat('/partnerships/', /*/c:partnership/@id)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('/cities/', /*/c:city/@slug)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template name="gd-text">
    <xsl:param name="nodes"/>
    <xsl:choose>
      <xsl:when test="$nodes[@xml:lang = $lang]"><xsl:value-of select="$nodes[@xml:lang = $lang]"/></xsl:when>
      <xsl:otherwise><span lang="en"><xsl:value-of select="$nodes[@xml:lang = 'en']"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="lbl">
    <xsl:param name="k"/>
    <xsl:call-template name="label"><xsl:with-param name="key" select="$k"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="step-name">
    <xsl:param name="n"/>
    <xsl:value-of select="concat($n, ' ')"/>
    <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="/*/c:steps/c:step[@n = $n]/c:name"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="loop-name">
    <xsl:param name="slug"/>
    <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="/*/c:loops/c:loop[@slug = $slug]/c:name"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:choose>
      <xsl:when test="/*/c:city"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.tracker-city'"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.tracker'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The hidden fields every form sends back. -->
  <xsl:template name="hidden">
    <input type="hidden" name="csrf" value="{/*/c:csrf}"/>
    <input type="hidden" name="if-match" value="{/*/c:if-match}"/>
  </xsl:template>

  <xsl:template match="c:tracker" mode="page">
    <h1><xsl:call-template name="page-title"/></h1>
    <p class="lead">
      <xsl:choose>
        <xsl:when test="c:partnership">
          <a href="{$base}/partnerships/{c:partnership/@id}{$lang-q}">
            <xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.partnership'"/></xsl:call-template>
            <xsl:value-of select="concat(' ', c:partnership/@id)"/>
          </a>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:partnership/c:europe"/></xsl:call-template>
          <xsl:text> – </xsl:text>
          <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:partnership/c:china"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="city-link"><xsl:with-param name="node" select="c:city"/></xsl:call-template>
          <xsl:text>. </xsl:text>
          <xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.city-intro'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <p>
      <a href="{$base}/guide{$lang-q}"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.guide'"/></xsl:call-template></a>
      <xsl:text> · </xsl:text>
      <xsl:choose>
        <xsl:when test="$editing">
          <a href="{$base}{$owner}/tracker{$lang-q}"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.public'"/></xsl:call-template></a>
        </xsl:when>
        <xsl:otherwise>
          <a class="ed-link" href="{$base}/edit{$owner}/tracker{$lang-q}"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.edit'"/></xsl:call-template></a>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:if test="c:invalid or @status = '409'">
      <div class="warn" role="alert">
        <p>
          <xsl:choose>
            <xsl:when test="@status = '409'"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.conflict'"/></xsl:call-template></xsl:when>
            <xsl:otherwise><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.stored-nothing'"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </p>
        <ul>
          <xsl:for-each select="c:invalid">
            <li><code><xsl:value-of select="@field"/></code><xsl:text>: </xsl:text><xsl:value-of select="."/>
              <xsl:if test="@detail"><xsl:value-of select="concat(' (', @detail, ')')"/></xsl:if></li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>

    <xsl:if test="c:partnership">
      <dl class="facts">
        <dt><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.current-step'"/></xsl:call-template></dt>
        <dd class="gd-current">
          <xsl:choose>
            <xsl:when test="c:partnership/@step">
              <a href="{$base}/guide/steps/{c:partnership/@step}{$lang-q}">
                <xsl:call-template name="step-name"><xsl:with-param name="n" select="c:partnership/@step"/></xsl:call-template>
              </a>
            </xsl:when>
            <xsl:otherwise><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.none'"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </dd>
        <dt><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.current-loop'"/></xsl:call-template></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="c:partnership/@loop"><xsl:call-template name="loop-name"><xsl:with-param name="slug" select="c:partnership/@loop"/></xsl:call-template></xsl:when>
            <xsl:otherwise><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.none'"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </dd>
      </dl>
      <xsl:for-each select="c:chart/svg:svg">
        <div class="gd-figure" role="group">
          <xsl:attribute name="aria-label"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.cycle'"/></xsl:call-template></xsl:attribute>
          <xsl:copy-of select="."/>
        </div>
      </xsl:for-each>
      <xsl:if test="$editing">
        <h2><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.move'"/></xsl:call-template></h2>
          <form class="ed-form" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
            <xsl:call-template name="hidden"/>
            <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.current-step'"/></xsl:call-template>
              <select name="to-step">
                <xsl:for-each select="c:steps/c:step">
                  <option value="{@n}">
                    <xsl:if test="@n = /*/c:partnership/@step"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                    <xsl:call-template name="step-name"><xsl:with-param name="n" select="@n"/></xsl:call-template>
                  </option>
                </xsl:for-each>
              </select>
            </label>
            <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.current-loop'"/></xsl:call-template>
              <select name="loop">
                <option value=""><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.keep-loop'"/></xsl:call-template></option>
                <xsl:for-each select="c:loops/c:loop">
                  <option value="{@slug}"><xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template></option>
                </xsl:for-each>
              </select>
            </label>
            <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.note'"/></xsl:call-template>
              <textarea name="note" maxlength="500"/>
            </label>
            <button type="submit"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.save'"/></xsl:call-template></button>
          </form>
      </xsl:if>
    </xsl:if>

    <xsl:apply-templates select="c:steps/c:step"/>

    <xsl:if test="c:partnership">
      <h2><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.history'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="c:history/c:move">
          <div class="scroll">
            <table class="gd-table wide">
              <thead>
                <tr>
                  <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.when'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.from'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.to'"/></xsl:call-template></th>
                  <xsl:if test="$editing"><th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.who'"/></xsl:call-template></th></xsl:if>
                  <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.note'"/></xsl:call-template></th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="c:history/c:move">
                  <tr>
                    <td class="date"><xsl:value-of select="translate(@at, 'TZ', ' ')"/></td>
                    <td>
                      <xsl:if test="@from"><xsl:call-template name="step-name"><xsl:with-param name="n" select="@from"/></xsl:call-template></xsl:if>
                      <xsl:if test="@from-loop"><br/><span class="note"><xsl:call-template name="loop-name"><xsl:with-param name="slug" select="@from-loop"/></xsl:call-template></span></xsl:if>
                    </td>
                    <td>
                      <xsl:call-template name="step-name"><xsl:with-param name="n" select="@to"/></xsl:call-template>
                      <xsl:if test="@to-loop"><br/><span class="note"><xsl:call-template name="loop-name"><xsl:with-param name="slug" select="@to-loop"/></xsl:call-template></span></xsl:if>
                    </td>
                    <xsl:if test="$editing"><td><xsl:value-of select="@actor"/></td></xsl:if>
                    <td><xsl:value-of select="c:note"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise><p class="empty"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.history-none'"/></xsl:call-template></p></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template match="c:step">
    <h2 id="step-{@n}">
      <xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.step'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="step-name"><xsl:with-param name="n" select="@n"/></xsl:call-template>
      <xsl:if test="@n = /*/c:partnership/@step">
        <xsl:text> (</xsl:text><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.current'"/></xsl:call-template><xsl:text>)</xsl:text>
      </xsl:if>
    </h2>
    <p class="note"><a href="{$base}/guide/steps/{@n}{$lang-q}"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.see-guide'"/></xsl:call-template></a></p>
    <div class="scroll">
      <table class="gd-table wide">
        <thead>
          <tr>
            <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.element'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.state'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.note'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.evidence'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.set-by'"/></xsl:call-template></th>
          </tr>
        </thead>
        <tbody>
          <xsl:apply-templates select="c:element"/>
        </tbody>
      </table>
    </div>
    <xsl:if test="$editing"><xsl:apply-templates select="." mode="form"/></xsl:if>
  </xsl:template>

  <xsl:template match="c:element">
    <xsl:variable name="e" select="c:entry"/>
    <tr>
      <th scope="row">
        <xsl:value-of select="concat(../@n, '.', @ord, ' ')"/>
        <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:text"/></xsl:call-template>
      </th>
      <td><span class="gd-state gd-s-{@state}"><xsl:call-template name="lbl"><xsl:with-param name="k" select="concat('gd.state.', @state)"/></xsl:call-template></span></td>
      <td><xsl:value-of select="$e/c:note"/></td>
      <td>
        <xsl:if test="starts-with($e/c:link, 'https://') or starts-with($e/c:link, 'http://')">
          <a href="{$e/c:link}" rel="external noopener nofollow"><xsl:value-of select="$e/c:link"/></a><br/>
        </xsl:if>
        <xsl:if test="$e/@date"><span class="date"><xsl:value-of select="$e/@date"/></span><br/></xsl:if>
        <xsl:if test="$e/c:agreement"><xsl:value-of select="$e/c:agreement"/><br/></xsl:if>
        <xsl:if test="$e/c:activity"><xsl:value-of select="$e/c:activity"/></xsl:if>
      </td>
      <td>
        <xsl:if test="$e/@set-by"><xsl:value-of select="$e/@set-by"/><br/></xsl:if>
        <xsl:if test="$e/@at"><span class="date"><xsl:value-of select="translate($e/@at, 'TZ', ' ')"/></span></xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- A step's editing form: one of its elements, its state, note and evidence (the table
       above shows what each has now). -->
  <xsl:template match="c:step" mode="form">
    <form class="ed-form" method="post" action="{$self-path}{$lang-q}" accept-charset="UTF-8">
      <xsl:call-template name="hidden"/>
      <input type="hidden" name="step" value="{@n}"/>
      <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.element'"/></xsl:call-template>
        <select name="element">
          <xsl:for-each select="c:element">
            <option value="{@slug}">
              <xsl:value-of select="concat(../@n, '.', @ord, ' ')"/>
              <xsl:call-template name="gd-text"><xsl:with-param name="nodes" select="c:text"/></xsl:call-template>
            </option>
          </xsl:for-each>
        </select>
      </label>
      <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.state'"/></xsl:call-template>
        <select name="state">
          <xsl:call-template name="state-option"><xsl:with-param name="v" select="'not_started'"/></xsl:call-template>
          <xsl:call-template name="state-option"><xsl:with-param name="v" select="'in_progress'"/></xsl:call-template>
          <xsl:call-template name="state-option"><xsl:with-param name="v" select="'done'"/></xsl:call-template>
          <xsl:call-template name="state-option"><xsl:with-param name="v" select="'not_applicable'"/></xsl:call-template>
        </select>
      </label>
      <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.note'"/></xsl:call-template>
        <textarea name="note" maxlength="500"/>
      </label>
      <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.evidence-url'"/></xsl:call-template>
        <input type="url" name="evidence-url" maxlength="2000"/>
      </label>
      <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.evidence-date'"/></xsl:call-template>
        <input type="text" name="evidence-date" inputmode="numeric" placeholder="YYYY-MM-DD" pattern="[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}" maxlength="10"/>
      </label>
      <xsl:if test="/*/c:evidence/c:agreement">
        <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.evidence-agreement'"/></xsl:call-template>
          <select name="evidence-agreement">
            <option value=""><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.none-option'"/></xsl:call-template></option>
            <xsl:for-each select="/*/c:evidence/c:agreement">
              <option value="{@id}"><xsl:value-of select="c:title"/></option>
            </xsl:for-each>
          </select>
        </label>
      </xsl:if>
      <xsl:if test="/*/c:evidence/c:activity">
        <label><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.evidence-activity'"/></xsl:call-template>
          <select name="evidence-activity">
            <option value=""><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.none-option'"/></xsl:call-template></option>
            <xsl:for-each select="/*/c:evidence/c:activity">
              <option value="{@id}"><xsl:value-of select="c:title"/></option>
            </xsl:for-each>
          </select>
        </label>
      </xsl:if>
      <button type="submit"><xsl:call-template name="lbl"><xsl:with-param name="k" select="'gd.set'"/></xsl:call-template></button>
    </form>
  </xsl:template>

  <!-- One state of a select (not started first: the default). -->
  <xsl:template name="state-option">
    <xsl:param name="v"/>
    <option value="{$v}">
      <xsl:call-template name="lbl"><xsl:with-param name="k" select="concat('gd.state.', $v)"/></xsl:call-template>
    </option>
  </xsl:template>
</xsl:stylesheet>
