<?xml version="1.0" encoding="UTF-8"?>
<!--
  plan.xsl - one version of a partnership's Cooperation Plan ("/plans/{id}", XML root
  <plan>, issue 18): its state and period, the approval of each city (who, when, the
  reference of the political decision), governance, the priorities with their
  objectives, the activities that carry them (funding, dates, teams, dated milestones)
  and KPI targets, and the risks.  The parts are flat in the XML, each naming its parent
  by id; keys put them back together.  Texts come in English and Chinese: the page shows
  its language and marks a text that exists only in the other (pl-missing).  The print
  view (plan-print.xsl) imports this sheet and shows both languages.
  Every value is untrusted text: output as text or attribute only.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    xmlns:l="urn:c2c:labels"
    exclude-result-prefixes="c l">

  <xsl:import href="layout.xsl"/>

  <xsl:key name="pl-obj" match="c:objective" use="@priority"/>
  <xsl:key name="pl-act" match="c:activities/c:activity" use="@objective"/>
  <xsl:key name="pl-ms" match="c:milestone" use="@activity"/>
  <xsl:key name="pl-tgt" match="c:targets/c:target" use="@objective"/>

  <!-- The print view shows every text in both languages (plan-print.xsl sets it). -->
  <xsl:variable name="bilingual" select="false()"/>
  <!-- Links to the editing pages: a draft only, and never on paper. -->
  <xsl:variable name="pl-draft" select="/*/@state = 'draft' and not($bilingual)"/>

  <!-- A label; on paper in both languages. -->
  <xsl:template name="lbl">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="$bilingual and function-available('l:label')">
        <xsl:value-of select="l:label($key, 'en')"/>
        <xsl:text> · </xsl:text>
        <span lang="zh"><xsl:value-of select="l:label($key, 'zh')"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A text given in English, Chinese or both (n: its elements, xml:lang each).  On
       screen the page's language, else the other with a mark; on paper both, one after
       the other, each missing one marked. -->
  <xsl:template name="bi">
    <xsl:param name="n"/>
    <xsl:param name="block" select="false()"/>
    <xsl:variable name="other">
      <xsl:choose><xsl:when test="$lang = 'zh'">en</xsl:when><xsl:otherwise>zh</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not($n)"/>
      <xsl:when test="$bilingual">
        <xsl:for-each select="$n[@xml:lang = 'en']">
          <span lang="en" class="pl-text"><xsl:value-of select="."/></span>
        </xsl:for-each>
        <xsl:if test="not($n[@xml:lang = 'en'])">
          <span class="pl-missing"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.missing-en'"/></xsl:call-template></span>
        </xsl:if>
        <xsl:choose><xsl:when test="$block"><br/></xsl:when><xsl:otherwise><xsl:text> / </xsl:text></xsl:otherwise></xsl:choose>
        <xsl:for-each select="$n[@xml:lang = 'zh']">
          <span lang="zh" class="pl-text"><xsl:value-of select="."/></span>
        </xsl:for-each>
        <xsl:if test="not($n[@xml:lang = 'zh'])">
          <span class="pl-missing"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.missing-zh'"/></xsl:call-template></span>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$n[@xml:lang = $lang]">
        <span lang="{$lang}" class="pl-text"><xsl:value-of select="$n[@xml:lang = $lang]"/></span>
      </xsl:when>
      <xsl:otherwise>
        <span lang="{$other}" class="pl-text"><xsl:value-of select="$n[@xml:lang = $other]"/></span>
        <xsl:text> </xsl:text>
        <span class="pl-missing">
          <xsl:call-template name="label"><xsl:with-param name="key" select="concat('pl.missing-', $lang)"/></xsl:call-template>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="pl-state">
    <xsl:param name="state" select="@state"/>
    <span class="badge pl-{$state}">
      <xsl:call-template name="lbl"><xsl:with-param name="key" select="concat('pl.state.', $state)"/></xsl:call-template>
    </span>
  </xsl:template>

  <!-- "Gothenburg – Shanghai" from a <partnership> with <europe> and <china>. -->
  <xsl:template name="pl-pair">
    <xsl:param name="p" select="/*/c:partnership"/>
    <xsl:call-template name="names"><xsl:with-param name="node" select="$p/c:europe"/></xsl:call-template>
    <xsl:text> – </xsl:text>
    <xsl:call-template name="names"><xsl:with-param name="node" select="$p/c:china"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="pl-edit">
    <xsl:param name="href"/>
    <xsl:param name="key" select="'pl.edit'"/>
    <xsl:if test="$pl-draft">
      <xsl:variable name="link">
        <a class="ed-link" href="{$base}{$href}">
          <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
        </a>
      </xsl:variable>
      <xsl:choose>
        <!-- "Edit" follows its item; an "Add ..." stands on a line of its own (two of them
             ran together as one line of text). -->
        <xsl:when test="$key = 'pl.edit'"><xsl:text> </xsl:text><xsl:copy-of select="$link"/></xsl:when>
        <xsl:otherwise><p class="pl-add"><xsl:copy-of select="$link"/></p></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="page-title">
    <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.plan'"/></xsl:call-template>
    <xsl:value-of select="concat(' ', /*/c:partnership/c:europe/c:name[@xml:lang = 'en'], ' – ',
        /*/c:partnership/c:china/c:name[@xml:lang = 'en'], ' v', /*/@version)"/>
  </xsl:template>

  <xsl:template match="c:plan" mode="page">
    <xsl:call-template name="plan-body"/>
  </xsl:template>

  <!-- The version (context: the root), shared with plan-print.xsl. -->
  <xsl:template name="plan-body">
    <h1>
      <span class="kicker"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.plan'"/></xsl:call-template></span>
      <xsl:call-template name="pl-pair"/>
    </h1>
    <p class="lead">
      <xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.version'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', @version, ' ')"/>
      <xsl:call-template name="pl-state"/>
      <xsl:if test="c:title">
        <xsl:text> </xsl:text>
        <strong><xsl:call-template name="bi"><xsl:with-param name="n" select="c:title"/></xsl:call-template></strong>
      </xsl:if>
    </p>
    <xsl:if test="not($bilingual)">
      <p class="ed-links">
        <a href="{$base}/partnerships/{c:partnership/@id}/plans{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.versions'"/></xsl:call-template></a>
        <xsl:text> · </xsl:text>
        <a href="{$base}/plans/{@id}/print{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.print'"/></xsl:call-template></a>
        <xsl:for-each select="c:versions/c:version[@id != current()/@id]">
          <xsl:text> · </xsl:text>
          <a href="{$base}/plans/{/*/@id}/compare?with={@version}{$lang-amp}">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'pl.compare-with'"/></xsl:call-template>
            <xsl:value-of select="concat(' ', @version)"/>
          </a>
        </xsl:for-each>
        <xsl:text> · </xsl:text>
        <a href="{$base}/edit/plans/{@id}/steps{$lang-q}"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.steps'"/></xsl:call-template></a>
        <xsl:call-template name="pl-edit"><xsl:with-param name="href" select="concat('/edit/plans/', @id, $lang-q)"/></xsl:call-template>
      </p>
    </xsl:if>

    <dl class="facts">
      <dt><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.period'"/></xsl:call-template></dt>
      <dd>
        <span class="date"><xsl:value-of select="@start"/></span>
        <xsl:text> – </xsl:text>
        <span class="date"><xsl:value-of select="@end"/></span>
      </dd>
      <xsl:if test="@based-on">
        <dt><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.based-on'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="@based-on"/></dd>
      </xsl:if>
      <xsl:if test="c:review">
        <dt><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.from-review'"/></xsl:call-template></dt>
        <dd><a href="{$base}/reviews/{c:review/@id}{$lang-q}"><span class="date"><xsl:value-of select="c:review/@held"/></span></a></dd>
      </xsl:if>
      <dt><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.focal'"/></xsl:call-template></dt>
      <dd>
        <xsl:call-template name="names"><xsl:with-param name="node" select="c:partnership/c:europe"/></xsl:call-template>
        <xsl:value-of select="concat(': ', c:focal-europe)"/>
        <br/>
        <xsl:call-template name="names"><xsl:with-param name="node" select="c:partnership/c:china"/></xsl:call-template>
        <xsl:value-of select="concat(': ', c:focal-china)"/>
      </dd>
      <xsl:if test="c:meetings">
        <dt><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.meetings'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="bi"><xsl:with-param name="n" select="c:meetings"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:if test="c:governance">
        <dt><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.governance'"/></xsl:call-template></dt>
        <dd class="pl-prose"><xsl:call-template name="bi"><xsl:with-param name="n" select="c:governance"/><xsl:with-param name="block" select="true()"/></xsl:call-template></dd>
      </xsl:if>
    </dl>

    <xsl:call-template name="pl-approvals"/>

    <h2><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.priorities'"/></xsl:call-template></h2>
    <xsl:if test="not(c:priorities/c:priority)">
      <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.no-priorities'"/></xsl:call-template></p>
    </xsl:if>
    <xsl:for-each select="c:priorities/c:priority">
      <div class="pl-priority">
        <h3>
          <xsl:value-of select="concat(position(), '. ')"/>
          <xsl:if test="c:area">
            <span class="tags"><xsl:call-template name="bi"><xsl:with-param name="n" select="c:area"/></xsl:call-template></span>
            <xsl:if test="c:title"><xsl:text> — </xsl:text></xsl:if>
          </xsl:if>
          <xsl:call-template name="bi"><xsl:with-param name="n" select="c:title"/></xsl:call-template>
          <xsl:call-template name="pl-edit"><xsl:with-param name="href" select="concat('/edit/plan-priorities/', @id, $lang-q)"/></xsl:call-template>
        </h3>
        <xsl:for-each select="key('pl-obj', @id)">
          <xsl:call-template name="pl-objective"/>
        </xsl:for-each>
        <xsl:call-template name="pl-edit">
          <xsl:with-param name="href" select="concat('/edit/plan-objectives?parent=', @id, $lang-amp)"/>
          <xsl:with-param name="key" select="'pl.add-objective'"/>
        </xsl:call-template>
      </div>
    </xsl:for-each>
    <xsl:call-template name="pl-edit">
      <xsl:with-param name="href" select="concat('/edit/plan-priorities?parent=', @id, $lang-amp)"/>
      <xsl:with-param name="key" select="'pl.add-priority'"/>
    </xsl:call-template>

    <h2><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.risks'"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="c:risks/c:risk">
        <div class="scroll" tabindex="0">
          <table class="pl-table">
            <thead><tr>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.risk'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.likelihood'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.mitigation'"/></xsl:call-template></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="c:risks/c:risk">
                <tr>
                  <td>
                    <xsl:call-template name="bi"><xsl:with-param name="n" select="c:risk"/><xsl:with-param name="block" select="true()"/></xsl:call-template>
                    <xsl:call-template name="pl-edit"><xsl:with-param name="href" select="concat('/edit/plan-risks/', @id, $lang-q)"/></xsl:call-template>
                  </td>
                  <td>
                    <xsl:if test="@likelihood">
                      <xsl:call-template name="lbl"><xsl:with-param name="key" select="concat('pl.likelihood.', @likelihood)"/></xsl:call-template>
                    </xsl:if>
                  </td>
                  <td><xsl:call-template name="bi"><xsl:with-param name="n" select="c:mitigation"/><xsl:with-param name="block" select="true()"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty"><xsl:call-template name="label"><xsl:with-param name="key" select="'pl.no-risks'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pl-edit">
      <xsl:with-param name="href" select="concat('/edit/plan-risks?parent=', @id, $lang-amp)"/>
      <xsl:with-param name="key" select="'pl.add-risk'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The approval block: each city of the pair, approved (by, on, decision) or not. -->
  <xsl:template name="pl-approvals">
    <h2><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.approvals'"/></xsl:call-template></h2>
    <xsl:variable name="plan" select="."/>
    <div class="pl-approvals">
      <xsl:for-each select="c:partnership/c:europe | c:partnership/c:china">
        <xsl:variable name="a" select="$plan/c:approvals/c:approval[@city = current()/@slug]"/>
        <div class="pl-approval">
          <h3><xsl:call-template name="names"><xsl:with-param name="node" select="."/></xsl:call-template></h3>
          <xsl:choose>
            <xsl:when test="$a">
              <p>
                <strong><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.approved-by'"/></xsl:call-template>: </strong>
                <xsl:value-of select="$a/@by"/>
                <br/>
                <strong><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.approved-on'"/></xsl:call-template>: </strong>
                <span class="date"><xsl:value-of select="$a/@on"/></span>
                <br/>
                <strong><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.decision'"/></xsl:call-template>: </strong>
                <xsl:value-of select="$a/c:decision"/>
              </p>
            </xsl:when>
            <xsl:otherwise>
              <p class="muted"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.not-approved'"/></xsl:call-template></p>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template name="pl-objective">
    <div class="pl-objective">
      <h4>
        <xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.objective'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="bi"><xsl:with-param name="n" select="c:text"/></xsl:call-template>
        <xsl:call-template name="pl-edit"><xsl:with-param name="href" select="concat('/edit/plan-objectives/', @id, $lang-q)"/></xsl:call-template>
      </h4>
      <xsl:if test="c:expected">
        <p>
          <strong><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.expected'"/></xsl:call-template>: </strong>
          <xsl:call-template name="bi"><xsl:with-param name="n" select="c:expected"/></xsl:call-template>
        </p>
      </xsl:if>
      <xsl:variable name="acts" select="key('pl-act', @id)"/>
      <xsl:if test="$acts">
        <div class="scroll" tabindex="0">
          <table class="pl-table pl-acts">
            <caption><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.activities'"/></xsl:call-template></caption>
            <thead><tr>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.activity'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.dates'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.funding'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.teams'"/></xsl:call-template></th>
              <th scope="col"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.milestones'"/></xsl:call-template></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="$acts">
                <tr>
                  <td>
                    <span class="title"><xsl:call-template name="bi"><xsl:with-param name="n" select="c:title"/></xsl:call-template></span>
                    <xsl:if test="@project and not($bilingual)">
                      <xsl:text> </xsl:text>
                      <a href="{$base}/activities?partnership={/*/c:partnership/@id}{$lang-amp}">#<xsl:value-of select="@project"/></a>
                    </xsl:if>
                    <xsl:if test="c:expected">
                      <br/><span class="muted"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.expected'"/></xsl:call-template>: </span>
                      <xsl:call-template name="bi"><xsl:with-param name="n" select="c:expected"/></xsl:call-template>
                    </xsl:if>
                    <xsl:if test="c:decision">
                      <br/><span class="badge"><xsl:call-template name="lbl"><xsl:with-param name="key" select="concat('pl.decision.', c:decision/@kind)"/></xsl:call-template></span>
                      <xsl:if test="c:decision/c:note">
                        <xsl:text> </xsl:text>
                        <span class="muted"><xsl:call-template name="bi"><xsl:with-param name="n" select="c:decision/c:note"/></xsl:call-template></span>
                      </xsl:if>
                    </xsl:if>
                    <xsl:call-template name="pl-edit"><xsl:with-param name="href" select="concat('/edit/plan-activities/', @id, $lang-q)"/></xsl:call-template>
                  </td>
                  <td class="date"><xsl:value-of select="@start"/><xsl:if test="@start or @end"> – </xsl:if><xsl:value-of select="@end"/></td>
                  <td>
                    <xsl:value-of select="c:funding-source"/>
                    <xsl:if test="@amount-eur"><br/><span class="num"><xsl:value-of select="concat('EUR ', @amount-eur)"/></span></xsl:if>
                  </td>
                  <td>
                    <xsl:if test="c:team-europe"><xsl:value-of select="c:team-europe"/></xsl:if>
                    <xsl:if test="c:team-europe and c:team-china"><br/></xsl:if>
                    <xsl:if test="c:team-china"><xsl:value-of select="c:team-china"/></xsl:if>
                  </td>
                  <td>
                    <xsl:variable name="ms" select="key('pl-ms', @id)"/>
                    <xsl:if test="$ms">
                      <ul class="plain">
                        <xsl:for-each select="$ms">
                          <li>
                            <span class="date"><xsl:value-of select="@due"/></span>
                            <xsl:text> </xsl:text>
                            <xsl:call-template name="bi"><xsl:with-param name="n" select="c:deliverable"/></xsl:call-template>
                            <xsl:call-template name="pl-edit"><xsl:with-param name="href" select="concat('/edit/plan-milestones/', @id, $lang-q)"/></xsl:call-template>
                          </li>
                        </xsl:for-each>
                      </ul>
                    </xsl:if>
                    <xsl:call-template name="pl-edit">
                      <xsl:with-param name="href" select="concat('/edit/plan-milestones?parent=', @id, $lang-amp)"/>
                      <xsl:with-param name="key" select="'pl.add-milestone'"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:if>
      <xsl:call-template name="pl-edit">
        <xsl:with-param name="href" select="concat('/edit/plan-activities?parent=', @id, $lang-amp)"/>
        <xsl:with-param name="key" select="'pl.add-activity'"/>
      </xsl:call-template>
      <xsl:variable name="tgts" select="key('pl-tgt', @id)"/>
      <xsl:if test="$tgts">
        <p><strong><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.targets'"/></xsl:call-template></strong></p>
        <ul class="pl-targets">
          <xsl:for-each select="$tgts">
            <li>
              <xsl:call-template name="bi"><xsl:with-param name="n" select="c:kpi"/></xsl:call-template>
              <xsl:if test="@value">
                <xsl:text>: </xsl:text>
                <span class="num"><xsl:value-of select="@value"/></span>
                <xsl:value-of select="concat(' ', @unit)"/>
              </xsl:if>
              <xsl:if test="@start or @end">
                <xsl:text> (</xsl:text>
                <span class="date"><xsl:value-of select="@start"/></span>
                <xsl:text> – </xsl:text>
                <span class="date"><xsl:value-of select="@end"/></span>
                <xsl:text>)</xsl:text>
              </xsl:if>
              <xsl:if test="@review-target">
                <xsl:text> </xsl:text>
                <span class="badge"><xsl:call-template name="lbl"><xsl:with-param name="key" select="'pl.review-target'"/></xsl:call-template></span>
              </xsl:if>
              <xsl:if test="c:note">
                <xsl:text> </xsl:text>
                <span class="muted"><xsl:call-template name="bi"><xsl:with-param name="n" select="c:note"/></xsl:call-template></span>
              </xsl:if>
              <xsl:call-template name="pl-edit"><xsl:with-param name="href" select="concat('/edit/plan-targets/', @id, $lang-q)"/></xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:call-template name="pl-edit">
        <xsl:with-param name="href" select="concat('/edit/plan-targets?parent=', @id, $lang-amp)"/>
        <xsl:with-param name="key" select="'pl.add-target'"/>
      </xsl:call-template>
    </div>
  </xsl:template>

</xsl:stylesheet>
