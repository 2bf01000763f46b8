<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl - the shared shell of every c2c HTML page: <head>, the inline style sheet,
  the header with navigation and language switch, the footer, the bilingual label table
  and small helpers (names of cities, dates, codes, links, filter forms).

  Every page stylesheet (<page>.xsl, named after the root element of the XML document the
  server builds) imports this file.  A deployer may replace this file and the pages to give
  the platform the city's own look; the pages rely only on what is documented here:
    - a named template "page-title" and a template matching the root element in mode
      "page" (both provided by each page);
    - the variables $base, $self, $lang, $lang-q, $lang-amp and the named templates below.
  Constraints to keep when replacing it: the Content-Security-Policy is
  default-src 'none'; style-src 'unsafe-inline' - so no external CSS, fonts, images or
  scripts; every link must start with $base (and end with $lang-q or $lang-amp so that
  a language chosen in the URL sticks).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:c2c:xml:1"
    xmlns:l="urn:c2c:labels"
    exclude-result-prefixes="c l">

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <!-- ================================================================== globals -->

  <!-- Mount point: "" at the site root, "/c2c" or an absolute URL otherwise. -->
  <xsl:variable name="base" select="string(/*/@base)"/>
  <xsl:variable name="self" select="string(/*/@self)"/>
  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/*/@lang = 'zh'">zh</xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="site">
    <xsl:choose>
      <xsl:when test="string(/*/@site) != ''"><xsl:value-of select="/*/@site"/></xsl:when>
      <xsl:otherwise>c2c</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="self-path" select="substring-before(concat($self, '?'), '?')"/>
  <xsl:variable name="self-query" select="substring-after($self, '?')"/>

  <!-- The XML form of this page: ".xml" goes before the query; "/" is "/index.xml". -->
  <xsl:variable name="xml-url">
    <xsl:choose>
      <xsl:when test="substring($self-path, string-length($self-path) - 3) = '.xml'">
        <xsl:value-of select="$self-path"/>
      </xsl:when>
      <xsl:when test="substring($self-path, string-length($self-path)) = '/'">
        <xsl:value-of select="concat($self-path, 'index.xml')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($self-path, '.xml')"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$self-query != ''"><xsl:value-of select="concat('?', $self-query)"/></xsl:if>
  </xsl:variable>

  <!-- Is a list narrowed by a filter (anything but paging and language)?  Then an empty
       list means "nothing matches", not "nothing recorded". -->
  <xsl:variable name="has-filters"
      select="boolean(/*/c:filter/@*[not(contains(' limit after lang ', concat(' ', local-name(), ' ')))])"/>

  <!-- Was the language asked for in the URL?  Then forms must carry it on... -->
  <xsl:variable name="lang-in-url"
      select="starts-with($self-query, 'lang=') or contains($self-query, '&amp;lang=')"/>

  <!-- ...and so must links, or the choice would last one page.  A language that came
       from Accept-Language needs nothing.  Append $lang-q to a bare path, $lang-amp to
       one with a query. -->
  <xsl:variable name="lang-q">
    <xsl:if test="$lang-in-url"><xsl:value-of select="concat('?lang=', $lang)"/></xsl:if>
  </xsl:variable>
  <xsl:variable name="lang-amp">
    <xsl:if test="$lang-in-url"><xsl:value-of select="concat('&amp;lang=', $lang)"/></xsl:if>
  </xsl:variable>

  <!-- ================================================================== page shell -->

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <!-- libxslt inserts this http-equiv form on its own when it is missing; writing it
             here keeps the page to a single charset declaration. -->
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <!-- No icon: without this line browsers ask for /favicon.ico, which c2c does not serve. -->
        <link rel="icon" href="data:,"/>
        <title>
          <xsl:call-template name="page-title"/>
          <xsl:text> · </xsl:text>
          <xsl:value-of select="$site"/>
        </title>
        <xsl:if test="$self != ''">
          <link rel="alternate" type="application/xml" href="{$xml-url}"/>
        </xsl:if>
        <xsl:call-template name="head-extra"/>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <a class="hdr-skip" href="#main"><xsl:call-template name="label"><xsl:with-param name="key" select="'skip'"/></xsl:call-template></a>
        <xsl:call-template name="site-header"/>
        <div role="main" id="main" class="wrap" tabindex="-1">
          <xsl:apply-templates select="/*" mode="page"/>
        </div>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Pages override this. -->
  <xsl:template name="page-title">
    <xsl:value-of select="$site"/>
  </xsl:template>

  <!-- More of <head> (e.g. the <link rel="alternate"> of a feed): pages may override it. -->
  <xsl:template name="head-extra"/>

  <!-- HTML5 sectioning elements would trip older HTML parsers (libxml2's among them);
       divs with ARIA landmark roles give assistive technology the same structure. -->
  <xsl:template name="site-header">
    <xsl:variable name="page" select="local-name(/*)"/>
    <div role="banner" class="hdr">
      <div class="wrap hdr-bar">
        <a class="hdr-name" href="{$base}/{$lang-q}">
          <xsl:value-of select="$site"/>
          <span class="hdr-tagline">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'tagline'"/></xsl:call-template>
          </span>
        </a>
        <div role="navigation" class="hdr-nav">
          <xsl:attribute name="aria-label">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'nav'"/></xsl:call-template>
          </xsl:attribute>
          <xsl:call-template name="nav-link">
            <xsl:with-param name="href" select="concat($base, '/cities', $lang-q)"/>
            <xsl:with-param name="key" select="'cities'"/>
            <xsl:with-param name="current" select="$page = 'cities' or $page = 'city' or $page = 'matches'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-link">
            <xsl:with-param name="href" select="concat($base, '/partnerships', $lang-q)"/>
            <xsl:with-param name="key" select="'partnerships'"/>
            <xsl:with-param name="current" select="$page = 'partnerships' or $page = 'partnership'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-link">
            <xsl:with-param name="href" select="concat($base, '/events', $lang-q)"/>
            <xsl:with-param name="key" select="'events'"/>
            <xsl:with-param name="current" select="$page = 'events' or $page = 'event'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-link">
            <xsl:with-param name="href" select="concat($base, '/agreements', $lang-q)"/>
            <xsl:with-param name="key" select="'agreements'"/>
            <xsl:with-param name="current" select="$page = 'agreements'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-link">
            <xsl:with-param name="href" select="concat($base, '/activities', $lang-q)"/>
            <xsl:with-param name="key" select="'activities'"/>
            <xsl:with-param name="current" select="$page = 'activities'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-link">
            <xsl:with-param name="href" select="concat($base, '/kpis', $lang-q)"/>
            <xsl:with-param name="key" select="'kpis.nav'"/>
            <xsl:with-param name="current" select="$page = 'kpis' or $page = 'kpi-values'"/>
          </xsl:call-template>
          <!-- Reviews and practices (issue 18): the practices library. -->
          <xsl:call-template name="nav-link">
            <xsl:with-param name="href" select="concat($base, '/practices', $lang-q)"/>
            <xsl:with-param name="key" select="'practices'"/>
            <xsl:with-param name="current" select="$page = 'practices' or $page = 'practice'"/>
          </xsl:call-template>
        </div>
        <div class="hdr-tools">
          <!-- /healthz takes no parameters (lang would be refused) and error pages have
               no self: neither gets a language switch. -->
          <xsl:if test="$self != '' and $page != 'health'">
            <span class="hdr-langs">
              <xsl:call-template name="lang-link">
                <xsl:with-param name="to" select="'en'"/>
                <xsl:with-param name="text" select="'English'"/>
              </xsl:call-template>
              <xsl:text> | </xsl:text>
              <xsl:call-template name="lang-link">
                <xsl:with-param name="to" select="'zh'"/>
                <xsl:with-param name="text" select="'中文'"/>
              </xsl:call-template>
            </span>
          </xsl:if>
          <xsl:if test="$self != ''">
            <xsl:text> </xsl:text>
            <a class="hdr-xml" href="{$xml-url}" type="application/xml">
              <xsl:attribute name="title">
                <xsl:call-template name="label"><xsl:with-param name="key" select="'xml.title'"/></xsl:call-template>
              </xsl:attribute>
              <xsl:text>XML</xsl:text>
            </a>
          </xsl:if>
        </div>
      </div>
    </div>
  </xsl:template>

  <xsl:template name="nav-link">
    <xsl:param name="href"/>
    <xsl:param name="key"/>
    <xsl:param name="current" select="false()"/>
    <a href="{$href}">
      <xsl:if test="$current"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
      <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </a>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The same page in the other language: self with its lang parameter set. -->
  <xsl:template name="lang-link">
    <xsl:param name="to"/>
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="$lang = $to">
        <strong lang="{$to}" aria-current="true"><xsl:value-of select="$text"/></strong>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="plain">
          <xsl:call-template name="url-without">
            <xsl:with-param name="url" select="$self"/>
            <xsl:with-param name="name" select="'lang'"/>
          </xsl:call-template>
        </xsl:variable>
        <a lang="{$to}" hreflang="{$to}">
          <xsl:attribute name="href">
            <xsl:value-of select="$plain"/>
            <xsl:choose>
              <xsl:when test="contains($plain, '?')">&amp;</xsl:when>
              <xsl:otherwise>?</xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="concat('lang=', $to)"/>
          </xsl:attribute>
          <xsl:value-of select="$text"/>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="site-footer">
    <div role="contentinfo" class="ftr">
      <div class="wrap">
        <a href="{$base}/{$lang-q}"><xsl:value-of select="$site"/></a>
        <xsl:text> · </xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'footer'"/></xsl:call-template>
        <xsl:if test="$self != ''">
          <xsl:text> · </xsl:text>
          <a href="{$xml-url}" type="application/xml">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'xml.title'"/></xsl:call-template>
          </a>
        </xsl:if>
        <!-- /healthz and error pages are about the service, not the data. -->
        <xsl:if test="$self != '' and local-name(/*) != 'health'">
          <br/>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'feeds'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
          <xsl:call-template name="feed-link">
            <xsl:with-param name="path" select="'/feeds/partnerships.atom'"/>
            <xsl:with-param name="type" select="'application/atom+xml'"/>
            <xsl:with-param name="key" select="'feed.partnerships'"/>
            <xsl:with-param name="names" select="$partnership-filters"/>
            <xsl:with-param name="filtered" select="local-name(/*) = 'partnerships'"/>
          </xsl:call-template>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="feed-link">
            <xsl:with-param name="path" select="'/feeds/events.atom'"/>
            <xsl:with-param name="type" select="'application/atom+xml'"/>
            <xsl:with-param name="key" select="'feed.events'"/>
            <xsl:with-param name="names" select="$event-filters"/>
            <xsl:with-param name="filtered" select="local-name(/*) = 'events'"/>
          </xsl:call-template>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="feed-link">
            <xsl:with-param name="path" select="'/feeds/events.ics'"/>
            <xsl:with-param name="type" select="'text/calendar'"/>
            <xsl:with-param name="key" select="'feed.calendar'"/>
            <xsl:with-param name="names" select="$event-filters"/>
            <xsl:with-param name="filtered" select="local-name(/*) = 'events'"/>
          </xsl:call-template>
          <xsl:text> · </xsl:text>
          <a href="{$base}/sources{$lang-q}">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'csources'"/></xsl:call-template>
          </a>
        </xsl:if>
      </div>
    </div>
  </xsl:template>

  <!-- ================================================================== feeds -->

  <!-- The filters each feed takes, as the lists name them in <filter>.  The other
       parameters of a list (limit, after, updated_since) are not the feeds' and would be
       refused. -->
  <xsl:variable name="partnership-filters" select="'city side country area kind status'"/>
  <xsl:variable name="event-filters" select="'city partnership side country area from to source'"/>

  <!-- The address of a feed: $path (e.g. "/feeds/events.ics") with, when $filtered, this
       page's filters among $names.  The server validated them (slugs, codes, dates,
       numbers), so they need no escaping. -->
  <xsl:template name="feed-url">
    <xsl:param name="path"/>
    <xsl:param name="names"/>
    <xsl:param name="filtered" select="false()"/>
    <xsl:variable name="q">
      <xsl:if test="$filtered">
        <xsl:for-each select="/*/c:filter/@*[contains(concat(' ', $names, ' '), concat(' ', local-name(), ' '))]">
          <xsl:if test="position() &gt; 1">&amp;</xsl:if>
          <xsl:value-of select="concat(local-name(), '=', .)"/>
        </xsl:for-each>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="concat($base, $path)"/>
    <xsl:choose>
      <xsl:when test="string($q) != ''"><xsl:value-of select="concat('?', $q, $lang-amp)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$lang-q"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Does this page have filters a feed can take? -->
  <xsl:template name="feed-filtered">
    <xsl:param name="names"/>
    <xsl:if test="/*/c:filter/@*[contains(concat(' ', $names, ' '), concat(' ', local-name(), ' '))]">1</xsl:if>
  </xsl:template>

  <xsl:template name="feed-link">
    <xsl:param name="path"/>
    <xsl:param name="type"/>
    <xsl:param name="key"/>
    <xsl:param name="names"/>
    <xsl:param name="filtered" select="false()"/>
    <xsl:variable name="with-filters">
      <xsl:if test="$filtered">
        <xsl:call-template name="feed-filtered"><xsl:with-param name="names" select="$names"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <a type="{$type}">
      <xsl:attribute name="href">
        <xsl:call-template name="feed-url">
          <xsl:with-param name="path" select="$path"/>
          <xsl:with-param name="names" select="$names"/>
          <xsl:with-param name="filtered" select="$filtered"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </a>
    <xsl:if test="string($with-filters) != ''">
      <xsl:text> </xsl:text>
      <span class="note">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'feed.filtered'"/></xsl:call-template>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- <link rel="alternate"> for a list page's feed (call it from "head-extra"). -->
  <xsl:template name="feed-head-link">
    <xsl:param name="path"/>
    <xsl:param name="key"/>
    <xsl:param name="names"/>
    <link rel="alternate" type="application/atom+xml">
      <xsl:attribute name="href">
        <xsl:call-template name="feed-url">
          <xsl:with-param name="path" select="$path"/>
          <xsl:with-param name="names" select="$names"/>
          <xsl:with-param name="filtered" select="true()"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:attribute name="title">
        <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </xsl:attribute>
    </link>
  </xsl:template>

  <!-- ================================================================== style -->

  <!-- One inline sheet (the CSP allows nothing else).  Fluid, system fonts with CJK
       fallbacks, tables scroll sideways inside .scroll, state is always spelled out in
       words so nothing depends on colour.

       CSS: one prefix per component (docs/architecture.md).  Two components once shared
       the class "bar" (the header's flex row and the match page's score bars), and the
       header was drawn 0.7rem high with every span in it painted solid.  So:
         - a class that styles one component carries that component's prefix:
             hdr-  the site header: skip link, site name, navigation, language switch
             ftr-  the site footer
             flt-  filter and range forms (flt-fold-*: the folding part of one)
             cnt-  the grid of big counts (overview, sources)
             mt-   the match page's table, reasons and score bars
             ed-   the editing pages: the links to them (ed-links, ed-link) and their
                   forms (ed-form: one field a line, its label above it)
             eoi-  expressions of interest: their list, message, record, areas, focal point
             gd-   the guide and the step tracker (issue 18)
             sa-   the self-assessment: readiness per step, questions, advice, and
                   the choices of its form (sa-opts: a row of radio buttons or boxes)
             pl-   Cooperation Plans (plan*.xsl): a version, its print view, the
                   comparison of two versions (issue 18)
           a new component takes a new prefix, added to this list;
         - the base classes, shared by every page, are unprefixed and this list is closed:
             wrap lead alt muted note num date scroll wide empty prose plain facts tags
             badge warn title kicker cta pager error-code deleted-row cancelled-row;
           state words from the data (a badge's status: cancelled, ended...) are styled
           only together with their component's class (.badge.cancelled);
         - the SVG charts the server draws (lib/chart.c) have their own class names
           (bar, bars, line, series, link, label...): no rule here names them bare;
         - classes no rule styles (runs, summary, audit...) are hooks for a deployer.
       tests/browser/check.py checks that every class named here is a component's or a
       base one, and none is a chart's. -->
  <xsl:template name="css">
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#595959;--line:#cfd4da;--soft:#f2f4f7;--link:#0b4f8a;--warn:#8a1c1c}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#15181c;--muted:#a9b0b8;--line:#3b4249;--soft:#1f242a;--link:#8ec1ff;--warn:#ff9c9c}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);line-height:1.55;font-size:1rem;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
:lang(zh){font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible,textarea:focus-visible,.scroll:focus-visible{outline:3px solid var(--link);outline-offset:2px}
input,select,textarea{max-width:100%}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
#main:focus{outline:none}
.hdr-skip{position:absolute;left:-999px}.hdr-skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.25rem .5rem;z-index:1}
.hdr{border-bottom:2px solid var(--fg);background:var(--soft)}
.hdr-bar{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1.25rem;padding-top:.6rem;padding-bottom:.6rem}
.hdr-name{font-weight:700;font-size:1.25rem;text-decoration:none;color:var(--fg)}
.hdr-tagline{display:block;font-weight:400;font-size:.8rem;color:var(--muted)}
.hdr-nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.hdr-nav a{padding:.2rem 0}
.hdr-nav a[aria-current]{font-weight:700;text-decoration-thickness:3px}
.hdr-tools{margin-left:auto;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:baseline}
.hdr-xml{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;border:1px solid var(--line);padding:0 .35rem;text-decoration:none}
.ftr{margin-top:3rem;border-top:1px solid var(--line);padding:1rem 0;font-size:.875rem;color:var(--muted)}
h1{font-size:1.6rem;line-height:1.25;margin:1.25rem 0 .75rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.lead{color:var(--muted);margin-top:0}
.alt{color:var(--muted);font-weight:400}
.muted,.note{color:var(--muted)}
.note{font-size:.9rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0 1rem;border:1px solid var(--line)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
table.wide{min-width:44rem}
th,td{padding:.4rem .6rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);white-space:nowrap;border-bottom:2px solid var(--fg)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
dl.facts{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.35rem 1rem;margin:1rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0;min-width:0;overflow-wrap:anywhere}
@media (max-width:36rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}}
.cnt{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:1rem 0;padding:0;list-style:none}
.cnt li{border:1px solid var(--line);padding:.6rem .8rem}
.cnt-n{display:block;font-size:1.8rem;font-weight:700;line-height:1.2}
ul.tags{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.35rem}
ul.tags li{border:1px solid var(--line);padding:0 .45rem;font-size:.9rem}
td ul.tags li{font-size:.8rem}
ul.plain{padding-left:1.2rem}
ul.plain li{margin:.25rem 0}
.badge{display:inline-block;border:1px solid currentColor;padding:0 .35rem;font-size:.8rem;white-space:nowrap}
.badge.cancelled,.badge.ended,.badge.warn{color:var(--warn);font-weight:700}
.cancelled-row .title{text-decoration:line-through}
.deleted-row td{color:var(--muted);font-style:italic}
.prose{white-space:pre-line}
form.ed-form{max-width:40rem;margin:1rem 0}
form.ed-form label{display:block;margin:0 0 .9rem;font-weight:600}
form.ed-form input:not([type=hidden]):not([type=checkbox]),form.ed-form select,form.ed-form textarea{display:block;box-sizing:border-box;width:100%;margin-top:.25rem;font:inherit;font-weight:400;padding:.35rem .45rem;border:1px solid var(--muted);background:var(--bg);color:var(--fg)}
form.ed-form textarea{min-height:6rem}
form.ed-form span[role=alert]{display:block;margin-top:.25rem;color:var(--warn)}
form.ed-form button{margin:0 .5rem .5rem 0}
form.flt{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;border:1px solid var(--line);background:var(--soft);padding:.75rem;margin:1rem 0}
form.flt label{display:flex;flex-direction:column;font-size:.875rem;font-weight:600}
form.flt input,form.flt select{font:inherit;font-weight:400;padding:.35rem .45rem;border:1px solid var(--muted);background:var(--bg);color:var(--fg);min-width:7rem;max-width:100%}
form.flt input[type=number]{width:6rem;min-width:0}
form.flt input.flt-short{width:5rem;min-width:0}
form.flt label.flt-wide{max-width:100%;min-width:0}form.flt label.flt-wide select{width:100%}
form.flt .flt-hint{font-weight:400;color:var(--muted);font-size:.8rem}
.flt-buttons{display:flex;gap:.75rem;align-items:center}
button{font:inherit;padding:.4rem 1rem;border:2px solid var(--fg);background:var(--fg);color:var(--bg);cursor:pointer}
.pager{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.pager a{font-weight:600}
.empty{border:1px dashed var(--line);padding:1rem;margin:1rem 0}
.error-code{font-size:3rem;font-weight:700;margin:.5rem 0 0}
.kicker{display:block;font-size:1rem;font-weight:600;color:var(--muted)}
.cta{margin:.75rem 0 1.25rem}
.cta a{display:inline-block;font-weight:700;font-size:1.05rem;border:2px solid currentColor;padding:.3rem .9rem;margin-right:.5rem}
.flt-fold{flex-basis:100%}
form.flt label.flt-fold-label{display:inline;font-size:.95rem;cursor:pointer}
form.flt input.flt-fold-toggle{min-width:0;width:auto;margin:0 .35rem 0 0;vertical-align:middle}
.flt-fold-toggle:not(:checked)~.flt-fold-body{display:none}
.flt-fold-body{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;margin-top:.5rem}
.flt-fold-body .note{flex-basis:100%;margin:0}
table.mt-table{min-width:62rem}
td.mt-why{min-width:16rem}
ul.mt-reasons{margin:0;padding-left:1rem}
ul.mt-reasons li{margin:0 0 .2rem}
ul.mt-bars{list-style:none;margin:0;padding:0;min-width:19rem;font-size:.8rem;line-height:1.35}
ul.mt-bars li{display:grid;grid-template-columns:9.5rem 1fr 3.2rem;gap:.5rem;align-items:center}
ul.mt-bars li.mt-zero{color:var(--muted)}
ul.mt-bars .mt-n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.mt-bar{display:block;height:.7rem;border:1px solid var(--muted)}
.mt-bar span{display:block;height:100%;background:var(--fg)}
.mt-penalty .mt-bar span{background:repeating-linear-gradient(135deg,var(--warn) 0 2px,transparent 2px 5px)}
@media (forced-colors:active){.mt-bar span{background:CanvasText}}
/* Expressions of interest (issue 19). */
ul.eoi-list{list-style:none;margin:0;padding:0}
ul.eoi-list>li.eoi-item{border-top:1px solid var(--line);padding:.6rem 0 .2rem}
ul.eoi-list>li.eoi-item:first-child{border-top:0}
ul.eoi-list h3{margin:.2rem 0}
.eoi-message{white-space:pre-line;overflow-wrap:anywhere;max-width:40rem}
.badge.eoi-accepted{font-weight:700}
.badge.eoi-declined,.badge.eoi-expired{color:var(--muted)}
fieldset.eoi-areas{border:0;padding:0;margin:0 0 .9rem}
fieldset.eoi-areas legend{font-weight:600;padding:0;margin-bottom:.3rem}
fieldset.eoi-areas label.eoi-area{display:inline-block;font-weight:400;margin:0 1rem .3rem 0}
dl.eoi-focal{margin:.4rem 0}
dl.eoi-focal dt{font-weight:600}
dl.eoi-focal dd{margin:0 0 .4rem;overflow-wrap:anywhere}
/* gd-: the guide and the step tracker (issue 18) */
.gd-figure{max-width:34rem;background:#fff;color:#1a1a1a;border:1px solid var(--line);padding:.25rem;margin:1rem 0}
.gd-figure svg{display:block;max-width:100%;height:auto}
ol.gd-steps{padding-left:1.5rem}
ol.gd-steps>li{margin:0 0 1rem}
.gd-src{color:var(--muted);font-size:.85em;white-space:nowrap}
table.gd-table td{vertical-align:top}
.gd-state{font-weight:600;white-space:nowrap}
.gd-s-done::before{content:"\2713  "}
.gd-s-in_progress::before{content:"\25D0  "}
.gd-s-not_started::before{content:"\25CB  "}
.gd-s-not_applicable::before{content:"\2013  "}
.gd-current{font-weight:700}
/* Self-assessment (issue 19). */
ul.sa-steps{list-style:none;padding:0;margin:1rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.6rem}
ul.sa-steps li{border:1px solid var(--line);padding:.5rem .75rem}
.sa-n{display:block;font-size:1.5rem;font-weight:700;line-height:1.2}
.sa-q{border-top:1px solid var(--line);padding:.75rem 0}
.sa-q h3{font-size:1rem;margin:0 0 .35rem}
.sa-meta{font-size:.85rem;color:var(--muted);margin:.25rem 0}
.sa-answer{margin:.25rem 0;font-weight:600;overflow-wrap:anywhere}
.sa-advice{border-left:4px solid var(--warn);padding:.35rem .75rem;margin:.5rem 0;background:var(--soft)}
.sa-advice p{margin:0}
details.sa-why{margin:.35rem 0 0;font-size:.9rem}
details.sa-why summary{cursor:pointer;color:var(--link);min-height:2rem}
.badge.sa-met{color:var(--fg)}
.badge.sa-unmet{color:var(--warn);font-weight:700}
form.ed-form fieldset.sa-opts{border:0;padding:0;margin:.35rem 0 .5rem;display:flex;flex-wrap:wrap;gap:.35rem 1rem;font-weight:400}
form.ed-form fieldset.sa-opts label{display:inline-flex;align-items:center;gap:.35rem;margin:0;font-weight:400;min-height:2.5rem}
form.ed-form fieldset.sa-opts input[type]{display:inline-block;width:1.25rem;height:1.25rem;margin:0;padding:0}
form.ed-form fieldset.sa-opts legend{padding:0;font-weight:600}
@media print{
:root{color-scheme:light;--fg:#000;--bg:#fff;--muted:#333;--line:#999;--soft:#fff;--link:#000;--warn:#000}
body{font-size:10.5pt;line-height:1.4}
.wrap{max-width:none;padding:0}
.hdr-skip,.hdr-nav,.hdr-tools,.ftr,form,.cta,.ed-links,.ed-link{display:none}
.hdr{border-bottom:1px solid #000}
.hdr-bar{padding:0 0 .3rem}
a{color:inherit}
#main a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
.scroll{overflow:visible;border:0}
table.wide,table.mt-table,ul.mt-bars,td.mt-why{min-width:0}
thead{display:table-header-group}
tr,figure,svg,.cnt li{break-inside:avoid}
h1,h2,h3,h4{break-after:avoid}
svg{max-width:100%;height:auto}
.mt-bar span{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
@page{margin:15mm}
/* Cooperation plans (issue 18): the plan pages */
.pl-missing{font-size:.8rem;color:var(--muted);font-style:italic}
.pl-text{white-space:pre-line}
.pl-priority{border-left:3px solid var(--line);padding-left:.75rem;margin:1rem 0}
.pl-objective{margin:.5rem 0 1rem}
.pl-approvals{display:flex;flex-wrap:wrap;gap:1rem}
.pl-add{margin:.25rem 0 .75rem}
.pl-approval{flex:1 1 16rem;min-width:0;border:1px solid var(--line);padding:.25rem .75rem;overflow-wrap:break-word}
table.pl-table{border-collapse:collapse;width:100%}
table.pl-table th,table.pl-table td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.pl-acts,table.pl-compare{min-width:40rem}
table.pl-acts td:first-child{min-width:11rem}
table.pl-table caption{text-align:left;font-weight:600}
.badge.pl-approved{font-weight:700}
.badge.pl-removed{color:var(--warn)}
.pl-fields{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:0 .5rem}
.pl-fields dt{color:var(--muted);font-size:.85rem}
.pl-fields dd{margin:0;overflow-wrap:anywhere}
mark.pl-changed{background:var(--soft);color:inherit;outline:2px solid var(--warn)}
@media print{.pl-approval,table.pl-table tr{break-inside:avoid}table.pl-acts,table.pl-compare{min-width:0}}
  </xsl:template>

  <!-- ================================================================== labels -->

  <!-- Every fixed text of the pages, "English|中文", chosen by the document's lang.
       Codes from the data (kinds, statuses...) are looked up as "<group>.<code>". -->
  <!-- Labels: English|Chinese, found by key.  A table read with xsl:key rather than a long
       xsl:choose: a page calls label hundreds of times (measured: half the render time). -->
  <l:labels>
    <l:l k="skip">Skip to content|跳到正文</l:l>
    <l:l k="tagline">Europe–China city partnerships|欧中城市伙伴关系</l:l>
    <l:l k="nav">Main navigation|主导航</l:l>
    <l:l k="xml.title">This page as XML|本页的 XML 版本</l:l>
    <l:l k="footer">City partnerships between Europe and China, after the URBAN-EU-CHINA report|欧洲与中国城市间的伙伴关系（依据 URBAN-EU-CHINA 报告）</l:l>
    <l:l k="home">Start page|首页</l:l>
    <l:l k="overview">Overview|概览</l:l>
    <l:l k="cities">Cities|城市</l:l>
    <l:l k="city">City|城市</l:l>
    <l:l k="partnerships">Partnerships|伙伴关系</l:l>
    <l:l k="partnership">Partnership|伙伴关系</l:l>
    <l:l k="events">Events|活动</l:l>
    <l:l k="agreements">Agreements|协议</l:l>
    <l:l k="areas">Cooperation areas|合作领域</l:l>
    <l:l k="area">Cooperation area|合作领域</l:l>
    <l:l k="yes">Yes|是</l:l>
    <l:l k="no">No|否</l:l>
    <l:l k="any">Any|不限</l:l>
    <l:l k="filter">Filter|筛选</l:l>
    <l:l k="apply">Show|显示</l:l>
    <l:l k="reset">Clear filters|清除筛选</l:l>
    <l:l k="limit">Per page|每页条数</l:l>
    <l:l k="next">Next page →|下一页 →</l:l>
    <l:l k="first">← First page|← 第一页</l:l>
    <l:l k="shown">Shown on this page:|本页显示：</l:l>
    <l:l k="semicolon">; |；</l:l>
    <l:l k="colon">: |：</l:l>
    <l:l k="more">more on the next page|下一页还有更多</l:l>
    <l:l k="notes">Notes|备注</l:l>
    <l:l k="updated">Last updated|最后更新</l:l>
    <l:l k="since">Since|始于</l:l>
    <l:l k="since.lower">since|始于</l:l>
    <l:l k="status">Status|状态</l:l>
    <l:l k="kind">Form|形式</l:l>
    <l:l k="type">Type|类型</l:l>
    <l:l k="name">Name|名称</l:l>
    <l:l k="title">Title|标题</l:l>
    <l:l k="date">Date|日期</l:l>
    <l:l k="slug.hint">short name as in the address, e.g. leeds|网址中的简称，如 leeds</l:l>
    <l:l k="utc">Coordinated Universal Time|协调世界时</l:l>
    <l:l k="view">View|查看</l:l>
    <l:l k="website">website|网站</l:l>
    <l:l k="description">Description|说明</l:l>
    <l:l k="partnership-id">Partnership no.|伙伴关系编号</l:l>
    <l:l k="partnership.hint">number, e.g. 21|编号，如 21</l:l>
    <l:l k="for-partnership">Only partnership|仅限伙伴关系</l:l>
    <l:l k="feeds">Feeds|订阅源</l:l>
    <l:l k="feed.partnerships">Partnerships (Atom)|伙伴关系（Atom）</l:l>
    <l:l k="feed.events">Events (Atom)|活动（Atom）</l:l>
    <l:l k="feed.calendar">Event calendar (iCalendar)|活动日历（iCalendar）</l:l>
    <l:l k="feed.filtered">(with this page's filters)|（按本页筛选条件）</l:l>
    <l:l k="sync.note">Changes only, for mirroring: deleted items are listed as such.|仅列出更改（供镜像同步），已删除的条目会注明。</l:l>
    <l:l k="sync.since">Changed since|更改起始时间</l:l>
    <l:l k="sync.as-of">as of|截至</l:l>
    <l:l k="deleted-on">deleted on|已于</l:l>
    <l:l k="deleted-on.end">| 删除</l:l>
    <l:l k="superseded-on">replaced by a correction on|已于</l:l>
    <l:l k="superseded-on.end">| 被更正值取代</l:l>
    <l:l k="overview.lead">Cities in Europe and China, their partnerships, agreements and events.|欧洲和中国的城市、它们之间的伙伴关系、协议与活动。</l:l>
    <l:l k="in-numbers">In numbers|数据概况</l:l>
    <l:l k="upcoming-events">Upcoming events|即将举行的活动</l:l>
    <l:l k="sides">The two sides|双方</l:l>
    <l:l k="side">Side|所属方</l:l>
    <l:l k="partnered-cities">Cities with a partnership|有伙伴关系的城市</l:l>
    <l:l k="countries">Countries and regions|国家和地区</l:l>
    <l:l k="country">Country|国家/地区</l:l>
    <l:l k="code">Code|代码</l:l>
    <l:l k="areas.lead">Each area lists the cities that work in it.|点击领域可查看相关城市。</l:l>
    <l:l k="see-partnerships">partnerships|伙伴关系</l:l>
    <l:l k="side.europe">Europe|欧洲</l:l>
    <l:l k="side.china">China|中国</l:l>
    <l:l k="side.other">Other|其他</l:l>
    <l:l k="admin-level">Administrative level|行政级别</l:l>
    <l:l k="admin.city">City|市</l:l>
    <l:l k="admin.metropolitan">Metropolitan area|都市区</l:l>
    <l:l k="admin.county">County|县</l:l>
    <l:l k="admin.district">District|区</l:l>
    <l:l k="admin.region">Region|地区</l:l>
    <l:l k="cities.lead">European and Chinese cities named in the partnerships.|参与伙伴关系的欧洲和中国城市。</l:l>
    <l:l k="search">Search|搜索</l:l>
    <l:l k="search.hint">name or province|名称或省份</l:l>
    <l:l k="country.hint">two letters, e.g. DE|两个字母，如 DE</l:l>
    <l:l k="province">Province / region|省/州</l:l>
    <l:l k="population">Population|人口</l:l>
    <l:l k="seeks-partner">Seeks a partner|寻求伙伴</l:l>
    <l:l k="no-cities">No city matches these filters.|没有符合筛选条件的城市。</l:l>
    <l:l k="count.cities">cities|个城市</l:l>
    <l:l k="facts">Facts|基本信息</l:l>
    <l:l k="local-name">Local name|当地名称</l:l>
    <l:l k="coordinates">Coordinates|坐标</l:l>
    <l:l k="map">map|地图</l:l>
    <l:l k="coastal">Coastal|沿海</l:l>
    <l:l k="international-strategy">International strategy|国际化战略</l:l>
    <l:l k="contact-point">Contact point|联络点</l:l>
    <l:l k="wants-peer-to-peer">Wants peer-to-peer exchange|希望开展对等交流</l:l>
    <l:l k="wants-joint-project">Wants joint projects|希望开展联合项目</l:l>
    <l:l k="self-view-learning">In learning, sees itself as|在相互学习中的自我定位</l:l>
    <l:l k="self-view-investment">In investment, sees itself as|在投资中的自我定位</l:l>
    <l:l k="learning.learner">Learner|学习者</l:l>
    <l:l k="learning.mentor">Mentor|指导者</l:l>
    <l:l k="learning.both">Learner and mentor|学习者兼指导者</l:l>
    <l:l k="investment.investor">Investor|投资方</l:l>
    <l:l k="investment.recipient">Recipient|受资方</l:l>
    <l:l k="investment.both">Investor and recipient|投资方兼受资方</l:l>
    <l:l k="facts-source">Source of the facts|资料来源</l:l>
    <l:l k="role.offers">offers|提供</l:l>
    <l:l k="role.seeks">seeks|寻求</l:l>
    <l:l k="role.both">offers and seeks|提供并寻求</l:l>
    <l:l k="partner">Partner city|伙伴城市</l:l>
    <l:l k="ties">Other ties|其他关系</l:l>
    <l:l k="tie.twinning">is twinned with|与</l:l>
    <l:l k="tie.twinning.end">|结为友好城市</l:l>
    <l:l k="tie.member_of.to">is part of|隶属于</l:l>
    <l:l k="tie.member_of.to.end">|</l:l>
    <l:l k="tie.member_of.from">includes|包括</l:l>
    <l:l k="tie.member_of.from.end">|</l:l>
    <l:l k="no-areas">No cooperation area recorded.|尚无合作领域记录。</l:l>
    <l:l k="no-partnerships">No partnership recorded yet.|尚无伙伴关系记录。</l:l>
    <l:l k="no-city-events">No event recorded for this city.|尚无该城市的活动记录。</l:l>
    <l:l k="city.upcoming">Upcoming events of this city|该城市即将举行的活动</l:l>
    <l:l k="city.events.note">The latest 20, newest first.|最近 20 项，按时间倒序。</l:l>
    <l:l k="partnerships.lead">Partnerships between a European and a Chinese city.|欧洲城市与中国城市之间的伙伴关系。</l:l>
    <l:l k="no-partnerships-match">No partnership matches these filters.|没有符合筛选条件的伙伴关系。</l:l>
    <l:l k="count.partnerships">partnerships|项伙伴关系</l:l>
    <l:l k="id">No.|编号</l:l>
    <l:l k="european-city">European city|欧洲城市</l:l>
    <l:l k="chinese-city">Chinese city|中国城市</l:l>
    <l:l k="city-slug">City|城市</l:l>
    <l:l k="pkind.programme_pairing">Programme pairing|项目结对</l:l>
    <l:l k="pkind.sister_city">Sister city|姐妹城市</l:l>
    <l:l k="pkind.friendship_city">Friendship city|友好城市</l:l>
    <l:l k="pkind.mou">Memorandum of understanding|谅解备忘录</l:l>
    <l:l k="pkind.cooperation_agreement">Cooperation agreement|合作协议</l:l>
    <l:l k="pkind.in_discussion">In discussion|洽谈中</l:l>
    <l:l k="pkind.ad_hoc">Ad hoc cooperation|临时合作</l:l>
    <l:l k="pkind.">Form not stated|形式未注明</l:l>
    <l:l k="pstatus.active">Active|活跃</l:l>
    <l:l k="pstatus.dormant">Dormant|休眠</l:l>
    <l:l k="pstatus.ended">Ended|已结束</l:l>
    <l:l k="step">Narrative step|叙事步骤</l:l>
    <l:l k="loop">Loop|循环</l:l>
    <l:l k="sources">Sources|来源</l:l>
    <l:l k="members">Further members|其他成员</l:l>
    <l:l k="members.lead">Cities that take part besides the two partners.|除双方外参与的城市。</l:l>
    <l:l k="signed">Signed|签署</l:l>
    <l:l k="valid-until">Valid until|有效期至</l:l>
    <l:l k="renewal">Renewal|续期</l:l>
    <l:l k="months">months|个月</l:l>
    <l:l k="every">every|每</l:l>
    <l:l k="document">document|文件</l:l>
    <l:l k="undated">undated|日期不详</l:l>
    <l:l k="no-agreements">No agreement recorded.|尚无协议记录。</l:l>
    <l:l k="activities">Activities|合作活动</l:l>
    <l:l k="no-activities">No activity recorded yet.|尚无合作活动记录。</l:l>
    <l:l k="period">Period|时间</l:l>
    <l:l k="funding">Funding|资金来源</l:l>
    <l:l k="budget">Budget (EUR)|预算（欧元）</l:l>
    <l:l k="expected-results">Expected results|预期成果</l:l>
    <l:l k="source.table1_iuc">Report, Table 1 (IUC pairings)|报告表 1（IUC 结对）</l:l>
    <l:l k="source.table2_2019">Report, Table 2 (2019)|报告表 2（2019 年）</l:l>
    <l:l k="source.text">Report text|报告正文</l:l>
    <l:l k="source.city">The city itself|城市自行提供</l:l>
    <l:l k="source.report">URBAN-EU-CHINA report|URBAN-EU-CHINA 报告</l:l>
    <l:l k="akind.mou">Memorandum of understanding|谅解备忘录</l:l>
    <l:l k="akind.sister_city_agreement">Sister-city agreement|姐妹城市协议</l:l>
    <l:l k="akind.friendship_city_agreement">Friendship-city agreement|友好城市协议</l:l>
    <l:l k="akind.action_plan">Action plan|行动计划</l:l>
    <l:l k="akind.cooperation_plan">Cooperation plan|合作计划</l:l>
    <l:l k="akind.letter_of_intent">Letter of intent|意向书</l:l>
    <l:l k="akind.charter">Charter|章程</l:l>
    <l:l k="akind.addendum">Addendum|补充协议</l:l>
    <l:l k="akind.cooperation_agreement">Cooperation agreement|合作协议</l:l>
    <l:l k="akind.contract">Contract|合同</l:l>
    <l:l k="akind.title_award">Title award|称号授予</l:l>
    <l:l k="astatus.idea">Idea|构想</l:l>
    <l:l k="astatus.planned">Planned|已计划</l:l>
    <l:l k="astatus.running">Running|进行中</l:l>
    <l:l k="astatus.done">Done|已完成</l:l>
    <l:l k="astatus.cancelled">Cancelled|已取消</l:l>
    <l:l k="partnership.agreements-list">These agreements in the list of all agreements|在协议列表中查看这些协议</l:l>
    <l:l k="partnership.activities-list">These activities in the Project Bank|在项目库中查看这些合作活动</l:l>
    <l:l k="partnership.events">Events of this partnership since 2017|该伙伴关系 2017 年以来的活动</l:l>
    <l:l k="partnership.calendar">its calendar (iCalendar)|日历订阅（iCalendar）</l:l>
    <l:l k="dash">Dashboard|仪表盘</l:l>
    <l:l k="dash.lead">The report's “Measure” step: what needs attention, the activities by status and the indicators of this partnership.|报告中的“衡量”步骤：本伙伴关系需要关注的事项、按状态统计的合作活动以及各项指标。</l:l>
    <l:l k="dash.today">As of|截至</l:l>
    <l:l k="dash.illustrative.title">Illustrative samples, not real figures.|示例数据，并非真实数字。</l:l>
    <l:l k="dash.illustrative">The indicator values shown here, and the charts and alerts drawn from them, were made up for the demo: the URBAN-EU-CHINA report gives no KPI numbers.|此处显示的指标数值，以及据此生成的图表和提醒，均为演示而编造：URBAN-EU-CHINA 报告未提供任何 KPI 数值。</l:l>
    <l:l k="dash.alerts">Alerts|提醒</l:l>
    <l:l k="dash.no-alerts">No alerts.|没有提醒。</l:l>
    <l:l k="alert.agreement-expiring">Expiring|即将到期</l:l>
    <l:l k="alert.agreement-renewal">Renewal due|待续签</l:l>
    <l:l k="alert.kpi-below-target">Target missed|未达目标</l:l>
    <l:l k="alert.dormant">Dormant|休眠</l:l>
    <l:l k="dash.agreement">Agreement|协议</l:l>
    <l:l k="alert.expires"> expires on |将于 </l:l>
    <l:l k="alert.expires.end">| 到期</l:l>
    <l:l k="alert.renewal"> is due for renewal on |应于 </l:l>
    <l:l k="alert.renewal.end">| 续签</l:l>
    <l:l k="alert.in">in |还有 </l:l>
    <l:l k="alert.day"> day| 天</l:l>
    <l:l k="alert.days"> days| 天</l:l>
    <l:l k="alert.today">today|今天</l:l>
    <l:l k="dash.kpi">KPI|指标</l:l>
    <l:l k="alert.below"> is below target in |在 </l:l>
    <l:l k="alert.below.end">| 低于目标</l:l>
    <l:l k="alert.above"> is above target (lower is better) in |在 </l:l>
    <l:l k="alert.above.end">| 高于目标（越低越好）</l:l>
    <l:l k="alert.value">value |数值 </l:l>
    <l:l k="alert.target">target |目标 </l:l>
    <l:l k="alert.dormant.text">No activity or KPI value for 12 months|12 个月内没有合作活动或指标数值</l:l>
    <l:l k="alert.last-seen">last sign of life|最后一次动态</l:l>
    <l:l k="alert.never">none recorded at all|从未有任何记录</l:l>
    <l:l k="paren.open"> (|（</l:l>
    <l:l k="paren.close">)|）</l:l>
    <l:l k="comma">, |，</l:l>
    <l:l k="full-stop">.|。</l:l>
    <l:l k="dash.activities">Activities by status|按状态统计的合作活动</l:l>
    <l:l k="dash.count">Number|数量</l:l>
    <l:l k="dash.total">Total|合计</l:l>
    <l:l k="dash.latest">Latest value|最新数值</l:l>
    <l:l k="dash.change">Change from the previous period|较上期变化</l:l>
    <l:l k="dash.target">Target|目标</l:l>
    <l:l k="dash.previous">previous|上期</l:l>
    <l:l k="dash.no-previous">no earlier value to compare with|没有可比较的上期数值</l:l>
    <l:l k="dash.no-target">no target for this period|本期未设目标</l:l>
    <l:l k="dash.gap">gap|差距</l:l>
    <l:l k="dash.no-kpis">No indicator value has been entered for this partnership yet.|尚未为本伙伴关系填报任何指标数值。</l:l>
    <l:l k="dash.history">The indicators over time|各项指标的历史数据</l:l>
    <l:l k="dash.chart-and-values">chart and values|图表和数值</l:l>
    <l:l k="dash.values-by-period">values by period|各期数值</l:l>
    <l:l k="dash.kpi-values">All values entered for this indicator, with their sources|该指标的全部填报数值及来源</l:l>
    <!-- issue 6: the city dashboard, the overview's charts and map, computed KPIs -->
    <l:l k="cdash">City dashboard|城市仪表盘</l:l>
    <l:l k="cdash.link">Dashboard of this city|本市仪表盘</l:l>
    <l:l k="cdash.lead">All partnerships of this city side by side, its indicators summed across them and its events with their partners'.|本市全部伙伴关系的对比、各项指标的合计，以及本市与伙伴城市的活动。</l:l>
    <l:l k="cdash.from">From|从</l:l>
    <l:l k="cdash.to">To|至</l:l>
    <l:l k="cdash.apply">Show|显示</l:l>
    <l:l k="cdash.csv">Download the indicator totals (CSV)|下载指标合计（CSV）</l:l>
    <l:l k="cdash.partnerships">Its partnerships side by side|各伙伴关系对比</l:l>
    <l:l k="cdash.no-partnerships">This city has no partnership yet.|本市尚无伙伴关系。</l:l>
    <l:l k="cdash.charts-note">The charts below show the numbers of this table.|下列图表显示本表中的数字。</l:l>
    <l:l k="cdash.measure.agreements">Agreements|协议</l:l>
    <l:l k="cdash.measure.activities">Activities|合作活动</l:l>
    <l:l k="cdash.measure.events">Events|活动</l:l>
    <l:l k="cdash.measure.kpi-values">KPI values|指标数值</l:l>
    <l:l k="cdash.kpis">Indicators summed across its partnerships|各伙伴关系指标合计</l:l>
    <l:l k="cdash.kpis.note">Public values only, corrections applied; quantities are added up, scores (1–5) averaged.|仅含公开数值，已计入更正；数量相加，评分（1–5）取平均值。</l:l>
    <l:l k="cdash.no-kpis">No indicator value in this time range.|此时间范围内没有指标数值。</l:l>
    <l:l k="cdash.aggregate.sum">(sum)|（合计）</l:l>
    <l:l k="cdash.aggregate.mean">(mean score)|（平均分）</l:l>
    <l:l k="cdash.partnerships-counted">Partnerships counted|计入的伙伴关系</l:l>
    <l:l k="cdash.events">Events in this city and its partner cities|本市及伙伴城市的活动</l:l>
    <l:l k="cdash.events.note">A timed event is shown in the local time of each city concerned: Europe keeps daylight saving time, China does not, so the difference changes over the year.|有具体时间的活动按各相关城市的当地时间显示：欧洲实行夏令时，中国不实行，因此时差随季节变化。</l:l>
    <l:l k="cdash.no-events">No event in this time range.|此时间范围内没有活动。</l:l>
    <l:l k="cdash.event">Event|活动</l:l>
    <l:l k="cdash.utc">Time (UTC)|时间（协调世界时）</l:l>
    <l:l k="cdash.local">Local times|当地时间</l:l>
    <l:l k="cdash.dst">daylight saving time|夏令时</l:l>
    <l:l k="cdash.all-day">all day|全天</l:l>
    <l:l k="cdash.same-everywhere">the same date everywhere|各地日期相同</l:l>
    <!-- issue 6: computed vs entered indicators, the agreements timeline, table downloads -->
    <l:l k="kpi.origin.entered">entered|填报</l:l>
    <l:l k="kpi.origin.computed">computed|计算</l:l>
    <l:l k="kpi.origin.entered.note">values entered by the cities|由城市填报的数值</l:l>
    <l:l k="kpi.computed-from">computed from |根据 </l:l>
    <l:l k="kpi.source.activities"> activities|项合作活动计算得出</l:l>
    <l:l k="kpi.source.events"> events|项活动计算得出</l:l>
    <l:l k="kpi.source.agreements"> agreements|项协议计算得出</l:l>
    <l:l k="kpi.computed.note">Computed indicators are counted from the platform's own data (joint projects from the activities, partner participation from the events in either city, agreements signed from the agreements) and shown next to the values the cities entered.|计算指标根据平台自身数据统计（联合项目来自合作活动，伙伴参与来自两市的活动，签署协议来自协议记录），并与城市填报的数值并列显示。</l:l>
    <l:l k="timeline">Agreements on a timeline|协议时间线</l:l>
    <l:l k="timeline.note">Each bar runs from signature to expiry; an open end has no expiry date; a diamond marks a renewal date and an exclamation mark one due within 90 days.|每条横条从签署日期延伸至到期日期；开放的末端表示没有到期日期；菱形标示续签日期，感叹号标示 90 天内到期的续签。</l:l>
    <l:l k="timeline.agreement">Agreement|协议</l:l>
    <l:l k="timeline.signed">Signed|签署</l:l>
    <l:l k="timeline.ends">Valid until|有效期至</l:l>
    <l:l k="timeline.renewal">Next renewal|下次续签</l:l>
    <l:l k="timeline.open">open-ended|无固定期限</l:l>
    <l:l k="timeline.due-soon">due within 90 days|90 天内到期</l:l>
    <l:l k="cdash.csv.partnerships">Download the partnerships table (CSV)|下载伙伴关系表（CSV）</l:l>
    <l:l k="cdash.csv.events">Download the events table (CSV)|下载活动表（CSV）</l:l>
    <l:l k="dash.csv.kpis">Download the indicators' history (CSV)|下载指标历史数据（CSV）</l:l>
    <l:l k="dash.csv.agreements">Download the agreements table (CSV)|下载协议表（CSV）</l:l>
    <l:l k="dash.csv.activities">Download the activities table (CSV)|下载合作活动表（CSV）</l:l>
    <l:l k="ov.csv">Download this table (CSV)|下载此表（CSV）</l:l>
    <l:l k="dash.internal.title">Internal values shown.|显示内部数值。</l:l>
    <l:l k="dash.internal">This page includes the values the partnership marked internal; it is for the partnership's editors and must not be passed on.|本页包含伙伴关系标记为内部的数值，仅供该伙伴关系的编辑人员查看，请勿转发。</l:l>
    <l:l k="dash.public">The public dashboard|公开仪表板</l:l>
    <l:l k="dash.editors">Editors of this partnership: the dashboard with internal values (sign-in)|本伙伴关系的编辑人员：含内部数值的仪表板（需登录）</l:l>
    <l:l k="dash.internal.badge">internal|内部</l:l>
    <l:l k="dash.by-area">By cooperation area|按合作领域</l:l>
    <l:l k="dash.value-details">the value in detail|数值详情</l:l>
    <l:l k="cdash.own">The city's own indicators|本市自身的指标</l:l>
    <l:l k="cdash.own.note">Values the city entered for itself rather than for one of its partnerships; they are not in the totals above.|本市为自身（而非某一伙伴关系）填报的数值，不计入上面的合计。</l:l>
    <l:l k="cdash.no-own">No value has been entered for the city itself.|尚未为本市自身填报任何数值。</l:l>
    <l:l k="cdash.csv.own">Download the city's own indicators (CSV)|下载本市自身指标（CSV）</l:l>
    <l:l k="dash.no-area">no area given|未注明领域</l:l>
    <l:l k="ov.range.note">The charts count the partnerships that began in these years.|图表统计在这些年份中建立的伙伴关系。</l:l>
    <l:l k="cdash.link.long">Its partnerships, indicators and events at a glance|本市伙伴关系、指标与活动一览</l:l>
    <l:l k="ov.by-country">Partnerships by country|各国伙伴关系</l:l>
    <l:l k="ov.by-area">Partnerships by cooperation area|各合作领域的伙伴关系</l:l>
    <l:l k="ov.per-year">New partnerships per year|每年新建的伙伴关系</l:l>
    <l:l k="ov.map">Map of the partner cities|伙伴城市地图</l:l>
    <l:l k="ov.table">The same numbers as a table|以表格显示相同数字</l:l>
    <l:l k="ov.by-country.key">Country|国家</l:l>
    <l:l k="ov.by-area.key">Area|领域</l:l>
    <l:l k="ov.per-year.key">Year|年份</l:l>
    <l:l k="ov.map.key">Partnership|伙伴关系</l:l>
    <l:l k="ov.map.drawn">Lines drawn on the map, newest partnerships first|地图上绘制的连线（最新的伙伴关系优先）</l:l>
    <l:l k="ov.map.rows">Partnerships in the table, newest first|表中列出的伙伴关系（最新的优先）</l:l>
    <l:l k="ov.map.all">all partnerships|全部伙伴关系</l:l>
    <l:l k="ov.unknown-year">partnerships have no known start year and are not in this chart.|个伙伴关系起始年份不详，未计入此图。</l:l>
    <l:l k="trend.improved">improved|改善</l:l>
    <l:l k="trend.worsened">worsened|恶化</l:l>
    <l:l k="trend.unchanged">unchanged|持平</l:l>
    <l:l k="tstatus.met">target met|已达标</l:l>
    <l:l k="tstatus.below">below target|低于目标</l:l>
    <l:l k="tstatus.above">above target|高于目标</l:l>
    <l:l k="tstatus.none">no target|未设目标</l:l>
    <l:l k="agreements.lead">Agreements signed within the partnerships: memoranda, sister-city agreements, action plans and the like.|各伙伴关系框架下签署的协议：谅解备忘录、姐妹城市协议、行动计划等。</l:l>
    <l:l k="signed.hint">date of signature|签署日期</l:l>
    <l:l k="no-agreements-match">No agreement matches these filters.|没有符合筛选条件的协议。</l:l>
    <l:l k="count.agreements">agreements|项协议</l:l>
    <l:l k="activities.lead">The Project Bank: joint activities and projects of the partnerships, from first ideas to completed work.|项目库：各伙伴关系的联合活动与项目，从初步构想到已完成的工作。</l:l>
    <l:l k="no-activities-match">No activity matches these filters.|没有符合筛选条件的合作活动。</l:l>
    <l:l k="count.activities">activities|项合作活动</l:l>
    <l:l k="risks">Risks|风险</l:l>
    <l:l k="kpis.nav">KPIs|绩效指标</l:l>
    <l:l k="kpis">Key performance indicators|关键绩效指标</l:l>
    <l:l k="kpis.lead">Indicators with which a city measures what its partnerships achieve. The URBAN-EU-CHINA report defines them (Table 5); a city may add its own.|城市用以衡量伙伴关系成效的指标。指标由 URBAN-EU-CHINA 报告定义（表 5），城市也可自行增设。</l:l>
    <l:l k="kpis.entered">The values are not estimated here: the cities enter them themselves, for a partnership or for the city as a whole.|本平台不估算指标数值：数值由各城市为某项伙伴关系或为本市整体自行填报。</l:l>
    <l:l k="indicator">Indicator|指标</l:l>
    <l:l k="unit">Unit|单位</l:l>
    <l:l k="direction">Direction|方向</l:l>
    <l:l k="direction.higher_is_better">Higher is better|越高越好</l:l>
    <l:l k="direction.lower_is_better">Lower is better|越低越好</l:l>
    <l:l k="kkind.quantitative">Quantitative|定量</l:l>
    <l:l k="kkind.qualitative">Qualitative|定性</l:l>
    <l:l k="defined-by">Defined by|定义方</l:l>
    <l:l k="defined-by.report">Report, Table 5|报告表 5</l:l>
    <l:l k="values">Values|数值</l:l>
    <l:l k="no-kpis">No indicator is defined.|尚无指标。</l:l>
    <l:l k="count.kpis">indicators|项指标</l:l>
    <l:l k="all-kpi-values">All values entered so far|查看已填报的全部数值</l:l>
    <l:l k="kpi-values">KPI values|绩效指标数值</l:l>
    <l:l k="kpi-values.lead">Values of the indicators, entered by the cities for a partnership or for the city itself. The indicators are the ones the URBAN-EU-CHINA report defines (Table 5) and those a city added.|各城市为伙伴关系或本市填报的指标数值。指标为 URBAN-EU-CHINA 报告所定义者（表 5）以及城市自行增设者。</l:l>
    <l:l k="kpi-values.current">A correction replaces the value it corrects; only current values are shown.|更正值取代原值，此处只显示现行数值。</l:l>
    <l:l k="kpi">Indicator|指标</l:l>
    <l:l k="kpi.hint">short name, e.g. foreign-students|简称，如 foreign-students</l:l>
    <l:l k="kpi-definitions">What the indicators mean|指标说明</l:l>
    <l:l k="for">For|对象</l:l>
    <l:l k="value">Value|数值</l:l>
    <l:l k="score">Score (1–5)|评分（1–5）</l:l>
    <l:l k="confidence">Confidence|可信度</l:l>
    <l:l k="confidence.low">Low|低</l:l>
    <l:l k="confidence.medium">Medium|中</l:l>
    <l:l k="confidence.high">High|高</l:l>
    <l:l k="source">Source|来源</l:l>
    <l:l k="comment">Comment|说明</l:l>
    <l:l k="entered">Entered|填报时间</l:l>
    <l:l k="corrects">corrects value|更正数值</l:l>
    <l:l k="no-kpi-values">No value has been entered yet.|尚无填报的数值。</l:l>
    <l:l k="no-kpi-values-match">No value matches these filters.|没有符合筛选条件的数值。</l:l>
    <l:l k="count.kpi-values">values|项数值</l:l>
    <l:l k="matches">Suggested partners|推荐伙伴城市</l:l>
    <l:l k="matches.cta.hint">cities of the other side that fit this one, ranked and explained|与本市相契合的另一方城市，按得分排序并说明理由</l:l>
    <l:l k="matches.lead">Cities of the other side that could become partners of this city, best first. The suggestions are computed from the report's data (cooperation areas, city profiles, existing ties) and explain themselves: each comes with its reasons and the parts of its score. They are a starting point for talks, not a verdict.|可能成为本市伙伴的另一方城市，按得分从高到低排列。推荐根据报告数据（合作领域、城市概况、现有联系）计算得出，并自带解释：每项推荐都列出理由和得分构成。推荐仅供洽谈参考，并非定论。</l:l>
    <l:l k="matches.existing">Existing partners|现有伙伴城市</l:l>
    <l:l k="matches.existing.note">Already partners, so not suggested again.|已是伙伴城市，不再推荐。</l:l>
    <l:l k="matches.min-score">Lowest score|最低得分</l:l>
    <l:l k="matches.min-score.hint">e.g. 1.5|如 1.5</l:l>
    <l:l k="matches.limit">How many|显示条数</l:l>
    <l:l k="matches.limit.hint">1–500|1–500</l:l>
    <l:l k="matches.weights">Weights|权重</l:l>
    <l:l k="matches.weights.note">How much each part of the score counts: 0 leaves it out, 10 is the most. An empty field keeps the site's default.|得分各部分所占的比重：0 表示不计入，10 为最高。留空则采用本站默认值。</l:l>
    <l:l k="matches.rank">Rank|排名</l:l>
    <l:l k="matches.candidate">Suggested city|推荐城市</l:l>
    <l:l k="matches.score">Score|得分</l:l>
    <l:l k="matches.reasons">Why|推荐理由</l:l>
    <l:l k="matches.parts">Parts of the score|得分构成</l:l>
    <l:l k="count.matches">suggestions|项推荐</l:l>
    <l:l k="matches.none-match">No city fits these filters.|没有符合筛选条件的城市。</l:l>
    <l:l k="matches.none">No suggestion can be made for this city yet.|暂时无法为该城市提供推荐。</l:l>
    <l:l k="matches.how">How the score is made|得分的构成</l:l>
    <l:l k="matches.how.score">Each part is a value from 0 to 1, multiplied by its weight; the score is the sum of the parts, less the saturation penalty. The parts stand for the selection criteria of the URBAN-EU-CHINA report.|每一部分为 0 到 1 之间的数值，乘以其权重；得分为各部分之和，再减去饱和度扣分。各部分对应 URBAN-EU-CHINA 报告中的选择标准。</l:l>
    <l:l k="matches.how.bars">In the bars, the frame shows the weight (the most a part can add) and the filled share its value; the number beside it is what the part adds to the score. The saturation penalty is hatched and written with a minus sign.|条形图中，外框表示权重（该部分最多可加的分数），填充部分表示其数值；旁边的数字为该部分计入得分的分值。饱和度扣分以斜线填充并带负号。</l:l>
    <l:l k="matches.xml">These suggestions as XML|以 XML 格式查看这些推荐</l:l>
    <l:l k="mc.complement">Complementarity|互补性</l:l>
    <l:l k="mc.common">Common areas|共同领域</l:l>
    <l:l k="mc.potential">Potential|合作潜力</l:l>
    <l:l k="mc.willingness">Willingness|合作意愿</l:l>
    <l:l k="mc.contacts">Existing contacts|现有联系</l:l>
    <l:l k="mc.structure">Similar structure|结构相似</l:l>
    <l:l k="mc.network">Network|关系网络</l:l>
    <l:l k="mc.saturation">Saturation (penalty)|饱和度（扣分）</l:l>
    <l:l k="mc-about.complement">It offers what this city seeks and seeks what this city offers, by cooperation area.|按合作领域，对方能提供本市所寻求的，并寻求本市所能提供的。</l:l>
    <l:l k="mc-about.common">The share of cooperation areas both work in.|双方共同涉及的合作领域所占比例。</l:l>
    <l:l k="mc-about.potential">Its ecosystem: government, academia, industry and civil society on board, an international strategy, size, experience with partnerships.|对方的合作生态：政府、学术界、产业界和民间社会的参与，国际化战略，城市规模，伙伴关系经验。</l:l>
    <l:l k="mc-about.willingness">It is looking for a partner, for peer-to-peer exchange or for joint projects.|对方正在寻找伙伴，或希望开展对等交流、联合项目。</l:l>
    <l:l k="mc-about.contacts">Links already exist between their organisations or their regions.|双方的机构之间或所在地区之间已有联系。</l:l>
    <l:l k="mc-about.structure">Similar size, administrative level and position on or off the coast.|人口规模、行政级别和是否沿海相近。</l:l>
    <l:l k="mc-about.network">Partners of partners: it works with a twin, a partner or the region of this city.|伙伴的伙伴：对方已与本市的友好城市、伙伴城市或所在地区合作。</l:l>
    <l:l k="mc-about.saturation">It already has many partnerships; this is subtracted from the score.|对方已有较多伙伴关系，此项从得分中扣除。</l:l>
    <l:l k="events.lead">Meetings, forums and visits between the partner cities. Without dates, upcoming events are shown.|伙伴城市之间的会议、论坛和访问。未指定日期时显示即将举行的活动。</l:l>
    <l:l k="from">From|起始日期</l:l>
    <l:l k="to">To|截止日期</l:l>
    <l:l k="event">Event|活动</l:l>
    <l:l k="location">Location|地点</l:l>
    <l:l k="organiser">Organiser|主办方</l:l>
    <l:l k="no-events">No events in this period.|该时段内没有活动。</l:l>
    <l:l k="no-upcoming-events">No upcoming events are known yet.|暂无即将举行的活动。</l:l>
    <l:l k="past-events">See the past events since 2017|查看 2017 年以来的往届活动</l:l>
    <l:l k="count.events">events|项活动</l:l>
    <l:l k="time-zone">local time zone|当地时区</l:l>
    <l:l k="ekind.workshop">Workshop|工作坊</l:l>
    <l:l k="ekind.conference">Conference|大会</l:l>
    <l:l k="ekind.forum">Forum|论坛</l:l>
    <l:l k="ekind.meeting">Meeting|会议</l:l>
    <l:l k="ekind.ceremony">Ceremony|仪式</l:l>
    <l:l k="ekind.seminar">Seminar|研讨会</l:l>
    <l:l k="ekind.summit">Summit|峰会</l:l>
    <l:l k="ekind.other">Other|其他</l:l>
    <l:l k="estatus.confirmed">Confirmed|已确认</l:l>
    <l:l k="estatus.tentative">Tentative|待定</l:l>
    <l:l k="estatus.cancelled">Cancelled|已取消</l:l>
    <l:l k="recurrence">Repeats|重复规则</l:l>
    <l:l k="uid">Calendar identifier (UID)|日历标识符（UID）</l:l>
    <l:l k="first-seen">First recorded|首次记录</l:l>
    <l:l k="event-website">Event website|活动网站</l:l>
    <l:l k="all-events">All events since 2017|2017 年以来的全部活动</l:l>
    <l:l k="city-events">Events in this city|该城市的活动</l:l>
    <l:l k="country-events">Events in this country or region|该国家/地区的活动</l:l>
    <l:l k="more-events">More events|更多活动</l:l>
    <l:l k="health">Service status|服务状态</l:l>
    <l:l k="database">Database|数据库</l:l>
    <l:l k="data-version">Data version|数据版本</l:l>
    <l:l k="version">Software version|软件版本</l:l>
    <l:l k="health.ok">OK|正常</l:l>
    <l:l k="health.unavailable">Unavailable|不可用</l:l>
    <l:l k="db.up">Up|运行中</l:l>
    <l:l k="db.down">Down|无法连接</l:l>
    <l:l k="health.degraded">Degraded|部分可用</l:l>
    <l:l k="db-servers">Database servers|数据库服务器</l:l>
    <l:l k="db-role">Role|角色</l:l>
    <l:l k="db-state">State|状态</l:l>
    <l:l k="db-lag">Seconds behind the primary|落后主库秒数</l:l>
    <l:l k="dbrole.primary">Primary|主库</l:l>
    <l:l k="dbrole.replica">Replica|副本</l:l>
    <l:l k="dbstate.up">Up|运行中</l:l>
    <l:l k="dbstate.down">Down|无法连接</l:l>
    <l:l k="dbstate.ready">Ready|就绪</l:l>
    <l:l k="dbstate.lagging">Lagging, skipped|延迟过大，已跳过</l:l>
    <l:l k="dbstate.stopped">Replication stopped, skipped|复制已停止，已跳过</l:l>
    <l:l k="dbstate.not-replicating">Not replicating, skipped|未配置复制，已跳过</l:l>
    <l:l k="dbstate.away">Unreachable|无法连接</l:l>
    <l:l k="dbstate.unknown">Unknown|未知</l:l>
    <l:l k="error">Error|错误</l:l>
    <l:l k="parameter">Parameter|参数</l:l>
    <l:l k="details">Details|详情</l:l>
    <l:l k="go-home">Go to the start page|返回首页</l:l>
    <l:l k="http.400">Bad request|请求有误</l:l>
    <l:l k="http.404">Not found|未找到</l:l>
    <l:l k="http.405">Method not allowed|不允许的请求方法</l:l>
    <l:l k="http.406">Not acceptable|无法提供所需格式</l:l>
    <l:l k="http.414">Address too long|网址过长</l:l>
    <l:l k="http.500">Internal error|内部错误</l:l>
    <l:l k="http.503">Service unavailable|服务暂不可用</l:l>
    <l:l k="csources">Calendar sources|日历来源</l:l>
    <l:l k="csource">Calendar source|日历来源</l:l>
    <l:l k="sources.lead">The iCalendar feeds whose events c2c imports, and how each of them is doing.|c2c 导入其活动的 iCalendar 日历源及其运行状况。</l:l>
    <l:l k="count.sources">sources|个来源</l:l>
    <l:l k="no-sources">No calendar source is recorded yet.|尚无日历来源记录。</l:l>
    <l:l k="sources.total">Sources|来源总数</l:l>
    <l:l k="source-id">Source no.|来源编号</l:l>
    <l:l k="source.hint">number, e.g. 3|编号，如 3</l:l>
    <l:l k="source.events">Events of this source|该来源的活动</l:l>
    <l:l k="imported-from">Imported from|导入自</l:l>
    <l:l k="feed-url">Feed address|日历地址</l:l>
    <l:l k="owner-city">Owning city|所属城市</l:l>
    <l:l k="refresh">Refresh interval|刷新间隔</l:l>
    <l:l k="minutes">min|分钟</l:l>
    <l:l k="feed-refresh">the feed asks for|日历源建议</l:l>
    <l:l k="enabled">Enabled|已启用</l:l>
    <l:l k="last-fetch">Last fetch|上次获取</l:l>
    <l:l k="next-fetch">Next fetch|下次获取</l:l>
    <l:l k="next-fetch.asap">on the importer's next run|导入程序下次运行时</l:l>
    <l:l k="retry-after">The server asked us to wait until|服务器要求等待至</l:l>
    <l:l k="last-status">Last status|上次状态</l:l>
    <l:l k="last-error">Last error|上次错误</l:l>
    <l:l k="failures">Failures in a row|连续失败次数</l:l>
    <l:l k="uids-unstable">Identifiers (UIDs) change on every fetch|每次获取时标识符（UID）都会变化</l:l>
    <l:l k="uids-unstable.note">events matched by content|按内容匹配活动</l:l>
    <l:l k="current-events">Current events|当前活动数</l:l>
    <l:l k="health-col">Health|运行状况</l:l>
    <l:l k="shealth.healthy">Healthy|正常</l:l>
    <l:l k="shealth.failing">Failing|失败</l:l>
    <l:l k="shealth.disabled">Disabled|已停用</l:l>
    <l:l k="shealth.never-fetched">Never fetched|从未获取</l:l>
    <l:l k="shealth.overdue">Overdue|已逾期</l:l>
    <l:l k="failing-since">failing since|自</l:l>
    <l:l k="failing-since.end">|起持续失败</l:l>
    <l:l k="overdue.note">no import for over an hour past its due time: is the import timer running?|已超过应获取时间一小时以上仍未导入：导入定时器是否在运行？</l:l>
    <l:l k="never.note">waiting for its first import|等待首次导入</l:l>
    <l:l k="runs">Latest runs|最近的运行</l:l>
    <l:l k="runs.note">The latest 20, newest first. A run unfinished an hour after it started was interrupted.|最近 20 次，按时间倒序。开始一小时后仍未结束的运行视为已中断。</l:l>
    <l:l k="no-runs">No run recorded yet.|尚无运行记录。</l:l>
    <l:l k="started">Started|开始</l:l>
    <l:l k="finished">Finished|结束</l:l>
    <l:l k="duration">Duration (s)|耗时（秒）</l:l>
    <l:l k="http-status">HTTP|HTTP</l:l>
    <l:l k="bytes">Bytes|字节数</l:l>
    <l:l k="in-feed">In feed|源中活动</l:l>
    <l:l k="added">Added|新增</l:l>
    <l:l k="updated-count">Updated|更新</l:l>
    <l:l k="removed">Removed|移除</l:l>
    <l:l k="unchanged">Unchanged|未变</l:l>
    <l:l k="skipped">Skipped|跳过</l:l>
    <l:l k="warnings">Warnings|警告</l:l>
    <l:l k="host">Host|主机</l:l>
    <l:l k="run.ok">OK|成功</l:l>
    <l:l k="run.unchanged">Unchanged|未更改</l:l>
    <l:l k="run.failed">Failed|失败</l:l>
    <l:l k="run.running">Running|进行中</l:l>
    <l:l k="run.interrupted">Interrupted|已中断</l:l>
    <l:l k="all-sources">All calendar sources|全部日历来源</l:l>
    <!-- Expressions of interest (issue 19). -->
    <l:l k="interest.express">Express interest|表达合作意向</l:l>
    <l:l k="interest.page">Expressions of interest|合作意向</l:l>
    <!-- The guide and the step tracker (issue 18). -->
    <l:l k="gd.guide">Guide|指南</l:l>
    <l:l k="gd.title">The eight steps of city-to-city cooperation|城市间合作的八个步骤</l:l>
    <l:l k="gd.intro">The report "Cooperation Plans and Guidelines" (URBAN-EU-CHINA, 2019) describes city-to-city cooperation as a narrative of eight steps. A partnership runs through them in loops: not every loop repeats every step. Each step lists the elements a city should address and what to expect from it.|报告《合作计划与指南》（URBAN-EU-CHINA，2019年）将城市间合作描述为由八个步骤组成的叙事。伙伴关系以循环方式经历这些步骤：并非每个循环都重复所有步骤。每个步骤列出城市应当处理的要素以及预期成果。</l:l>
    <l:l k="gd.cycle">The cycle|合作循环</l:l>
    <l:l k="gd.steps">Steps|步骤</l:l>
    <l:l k="gd.step">Step|步骤</l:l>
    <l:l k="gd.loops">The four loops|四个循环</l:l>
    <l:l k="gd.loop">Loop|循环</l:l>
    <l:l k="gd.loop-steps">Steps it runs through|经历的步骤</l:l>
    <l:l k="gd.no-steps">not stated in the report|报告未说明</l:l>
    <l:l k="gd.basis">How the report states them|报告的表述方式</l:l>
    <l:l k="gd.basis.explicit">explicitly|明确说明</l:l>
    <l:l k="gd.basis.inferred">inferred from the text|根据正文推断</l:l>
    <l:l k="gd.basis.not_stated">not stated|未说明</l:l>
    <l:l k="gd.context">Context|背景</l:l>
    <l:l k="gd.what">What it is|内容</l:l>
    <l:l k="gd.elements">Elements to address|需要处理的要素</l:l>
    <l:l k="gd.expect">What to expect|预期成果</l:l>
    <l:l k="gd.examples">The report's city examples|报告中的城市案例</l:l>
    <l:l k="gd.in-loops">Loops that run through this step|经历此步骤的循环</l:l>
    <l:l k="gd.prev">Previous step|上一步</l:l>
    <l:l k="gd.next">Next step|下一步</l:l>
    <l:l k="gd.line">report, line|报告第</l:l>
    <l:l k="gd.line-after">| 行</l:l>
    <l:l k="gd.tracker">Step tracker|步骤跟踪</l:l>
    <l:l k="gd.tracker-city">Step tracker: Aim and Commit|步骤跟踪：目标与承诺</l:l>
    <l:l k="gd.city-intro">Aim and Commit come before any partner: a city tracks them on its own. Each partnership of the city tracks the steps from Partner on.|目标与承诺两步先于任何伙伴：由城市自行跟踪。城市的每个合作关系从“结伴”开始跟踪后续步骤。</l:l>
    <l:l k="gd.current-step">Current step|当前步骤</l:l>
    <l:l k="gd.current-loop">Current loop|当前循环</l:l>
    <l:l k="gd.none">not set|未设定</l:l>
    <l:l k="gd.current">current|当前</l:l>
    <l:l k="gd.element">Element|要素</l:l>
    <l:l k="gd.state">State|状态</l:l>
    <l:l k="gd.state.not_started">Not started|未开始</l:l>
    <l:l k="gd.state.in_progress">In progress|进行中</l:l>
    <l:l k="gd.state.done">Done|已完成</l:l>
    <l:l k="gd.state.not_applicable">Not applicable|不适用</l:l>
    <l:l k="gd.note">Note|备注</l:l>
    <l:l k="gd.evidence">Evidence|佐证</l:l>
    <l:l k="gd.evidence-url">Evidence: a link (http or https)|佐证：链接（http 或 https）</l:l>
    <l:l k="gd.evidence-date">Evidence: a date|佐证：日期</l:l>
    <l:l k="gd.evidence-agreement">Evidence: an agreement of this partnership|佐证：本合作关系的协议</l:l>
    <l:l k="gd.evidence-activity">Evidence: an activity of this partnership|佐证：本合作关系的活动</l:l>
    <l:l k="gd.set-by">Last set|最近设定</l:l>
    <l:l k="gd.history">Step history|步骤历史</l:l>
    <l:l k="gd.history-none">The current step has not been moved here yet.|当前步骤尚未在此变更过。</l:l>
    <l:l k="gd.from">From|从</l:l>
    <l:l k="gd.to">To|到</l:l>
    <l:l k="gd.who">Who|变更人</l:l>
    <l:l k="gd.when">When|时间</l:l>
    <l:l k="gd.move">Move the current step|变更当前步骤</l:l>
    <l:l k="gd.keep-loop">(keep the loop)|（保持当前循环）</l:l>
    <l:l k="gd.set">Set|设定</l:l>
    <l:l k="gd.save">Save|保存</l:l>
    <l:l k="gd.edit">Edit the tracker|编辑跟踪</l:l>
    <l:l k="gd.public">The public tracker|公开的跟踪页面</l:l>
    <l:l k="gd.see-guide">What the report says about this step|报告对此步骤的说明</l:l>
    <l:l k="gd.stored-nothing">Nothing was stored. Please correct the fields marked below.|未保存任何内容。请修改下方标出的字段。</l:l>
    <l:l k="gd.conflict">Someone else changed this tracker since the page was made; nothing was stored. Reload the page to see their change.|页面生成后已有他人修改此跟踪；未保存任何内容。请刷新页面查看其修改。</l:l>
    <l:l k="gd.partnership">Partnership|合作关系</l:l>
    <l:l k="gd.none-option">none|无</l:l>
    <l:l k="gd.tracker.hint">where the partnership stands in the report's eight steps, and the guide to each|合作关系在报告八个步骤中的进展，以及每个步骤的指南</l:l>
    <l:l k="gd.tracker-city.hint">the steps before any partner, and the guide to them|先于任何伙伴的步骤，以及相关指南</l:l>
    <!-- Self-assessment (issue 19): conf/xslt/self-assessment.xsl and the city page's link. -->
    <l:l k="sa.title">Self-assessment|自我评估</l:l>
    <l:l k="sa.link">Self-assessment of this city|本市自我评估</l:l>
    <l:l k="sa.link.long">Its readiness for the Aim, Commit, Partner and Plan steps, from the report's questionnaire|本市在目标、承诺、结伴和计划步骤上的准备程度（依据报告的问卷）</l:l>
    <l:l k="sa.lead">Questions from the report's Aim and Commit steps, its partner-selection criteria (Figure 9, Bonn) and its success factors. The answers write the city's public profile, which the partner suggestions read.|问题来自报告的“目标”和“承诺”步骤、伙伴选择标准（图9、波恩）以及成功因素。答案会写入城市的公开概况，伙伴推荐依据该概况。</l:l>
    <l:l k="sa.readiness">Readiness|准备程度</l:l>
    <l:l k="sa.met">met|已满足</l:l>
    <l:l k="sa.of"> of | / </l:l>
    <l:l k="sa.step.aim">Aim|目标</l:l>
    <l:l k="sa.step.commit">Commit|承诺</l:l>
    <l:l k="sa.step.partner">Partner|结伴</l:l>
    <l:l k="sa.step.plan">Plan (what matters for it)|计划（相关要素）</l:l>
    <l:l k="sa.ready">ready|已就绪</l:l>
    <l:l k="sa.missing">to do|待完成</l:l>
    <l:l k="sa.answer">Answer|回答</l:l>
    <l:l k="sa.none">not answered|未回答</l:l>
    <l:l k="sa.private">answered; shown to the city's editors only|已回答；仅本市编辑可见</l:l>
    <l:l k="sa.criterion">Criterion|标准</l:l>
    <l:l k="sa.line">report, line|报告，第</l:l>
    <l:l k="sa.line.after">|行</l:l>
    <l:l k="sa.advice">The report advises|报告建议</l:l>
    <l:l k="sa.why">Where this question comes from|问题出处</l:l>
    <l:l k="sa.profile">Writes the profile|写入概况</l:l>
    <l:l k="sa.versions">Versions|版本</l:l>
    <l:l k="sa.version">Version|版本</l:l>
    <l:l k="sa.latest">latest|最新</l:l>
    <l:l k="sa.earlier">This is an earlier version.|这是较早的版本。</l:l>
    <l:l k="sa.to-latest">The latest version|最新版本</l:l>
    <l:l k="sa.never">This city has not filled in the questionnaire yet.|本市尚未填写问卷。</l:l>
    <l:l k="sa.submitted">Submitted|提交于</l:l>
    <l:l k="sa.by">by|提交人</l:l>
    <l:l k="sa.edit">Fill in or update the questionnaire|填写或更新问卷</l:l>
    <l:l k="sa.submit">Submit a new version|提交新版本</l:l>
    <l:l k="sa.form.note">Each submission is a new version; earlier ones are kept. Leave a question empty to leave it unanswered.|每次提交都会生成新版本，旧版本会保留。问题留空即为不作答。</l:l>
    <l:l k="sa.yes">yes|是</l:l>
    <l:l k="sa.no">no|否</l:l>
    <l:l k="sa.unanswered">no answer|不作答</l:l>
    <l:l k="sa.choice.learner">learner|学习者</l:l>
    <l:l k="sa.choice.mentor">mentor|指导者</l:l>
    <l:l k="sa.choice.both">both|两者兼有</l:l>
    <l:l k="sa.choice.investor">investor|投资方</l:l>
    <l:l k="sa.choice.recipient">recipient of investment|投资接受方</l:l>
    <l:l k="sa.choice.government">government|政府</l:l>
    <l:l k="sa.choice.academia">academia|学术界</l:l>
    <l:l k="sa.choice.industry">industry|产业界</l:l>
    <l:l k="sa.choice.civil_society">civil society|公民社会</l:l>
    <l:l k="sa.scale.hint">1 weak – 5 strong|1弱 – 5强</l:l>
    <l:l k="sa.text.max">at most|最多</l:l>
    <l:l k="sa.bytes">bytes|字节</l:l>
    <!-- Reviews and practices (issue 18). -->
    <l:l k="practices">Practices|合作实践</l:l>
    <l:l k="practices.lead">What worked in city partnerships, where, at which step and with which success factors: examples to reuse (the report's Replicate step).|城市伙伴关系中行之有效的做法：在哪里、处于哪个步骤、体现了哪些成功因素，供借鉴复用（报告中的“复制”步骤）。</l:l>
    <l:l k="practices.feed">Practices as a feed (Atom)|合作实践订阅源（Atom）</l:l>
    <l:l k="factor">Success factor|成功因素</l:l>
    <l:l k="count.practices">practices|项实践</l:l>
    <l:l k="no-practices">No practices yet.|尚无合作实践。</l:l>
    <l:l k="no-practices-match">No practice matches these filters.|没有符合筛选条件的合作实践。</l:l>
    <l:l k="practice.source">Source|来源</l:l>
    <l:l k="practice.report">URBAN-EU-CHINA report “Cooperation Plans and Guidelines” (2019)|URBAN-EU-CHINA 报告《合作计划与指南》（2019）</l:l>
    <l:l k="practice.page">page|第页</l:l>
    <l:l k="practice.line">line|行</l:l>
    <l:l k="practice.factors">Success factors it shows|体现的成功因素</l:l>
    <l:l k="practice.no-factors">None recorded.|未记录。</l:l>
    <l:l k="review">Review|评估</l:l>
    <l:l k="reviews">Reviews|评估</l:l>
    <l:l k="reviews.lead">Once a year, and whenever needed, the partners look back at the partnership with its dashboard before them, record what they found, decide for each activity whether it continues, is adjusted or stops, and set new targets (the report's Measure and Act steps).|合作双方每年（以及在需要时）对照仪表板回顾伙伴关系，记录评估结论，逐项决定每个活动是继续、调整还是停止，并设定新的目标（报告中的“衡量”和“改进”步骤）。</l:l>
    <l:l k="reviews.last">Last review|上次评估</l:l>
    <l:l k="reviews.none">none yet|尚无</l:l>
    <l:l k="reviews.new">Start a review|开始评估</l:l>
    <l:l k="reviews.empty">No review has been recorded for this partnership.|此伙伴关系尚无评估记录。</l:l>
    <l:l k="reviews.next">What the next review starts from|下次评估的出发点</l:l>
    <l:l k="reviews.next.note">The dashboard of the last twelve months: alerts, activities by status, indicators against their targets.|过去十二个月的仪表板：提醒、按状态统计的活动、指标与目标的对比。</l:l>
    <l:l k="reviews.full-dashboard">The partnership's full dashboard|伙伴关系的完整仪表板</l:l>
    <l:l k="review.held">Held on|评估日期</l:l>
    <l:l k="review.kind">Kind|类型</l:l>
    <l:l k="review.decisions">Decisions per activity|各活动的决定</l:l>
    <l:l k="review.targets">New targets|新目标</l:l>
    <l:l k="review.edit">Edit this review|编辑此评估</l:l>
    <l:l k="review.edit-decision">edit|编辑</l:l>
    <l:l k="review.add-decision">Record a decision|记录决定</l:l>
    <l:l k="review.add-target">Set a new target|设定新目标</l:l>
    <l:l k="review.findings">Findings|评估结论</l:l>
    <l:l k="review.no-findings">No findings recorded.|未记录评估结论。</l:l>
    <l:l k="review.activity">Activity|活动</l:l>
    <l:l k="review.decision">Decision|决定</l:l>
    <l:l k="review.why">Why|理由</l:l>
    <l:l k="review.undecided">not decided yet|尚未决定</l:l>
    <l:l k="review.no-activities">The partnership has no activities.|此伙伴关系没有活动。</l:l>
    <l:l k="review.no-targets">No new target set.|未设定新目标。</l:l>
    <l:l k="review.events">Events held in the period|期间举办的活动</l:l>
    <l:l k="review.no-events">No event recorded in either city in this period.|此期间两市均无活动记录。</l:l>
    <l:l k="review.dashboard">The dashboard of the period|该期间的仪表板</l:l>
    <l:l k="rkind.annual">Annual|年度</l:l>
    <l:l k="rkind.on_demand">On demand|按需</l:l>
    <l:l k="decision.continue">Continue|继续</l:l>
    <l:l k="decision.adjust">Adjust|调整</l:l>
    <l:l k="decision.stop">Stop|停止</l:l>
    <l:l k="alert.review-overdue">Review overdue|评估逾期</l:l>
    <l:l k="alert.review-overdue.text">no review in the last twelve months|过去十二个月内没有评估</l:l>
    <l:l k="alert.step-stuck">Stuck in one step|停滞于同一步骤</l:l>
    <l:l k="alert.last-change">last change|最后更改</l:l>
    <l:l k="alert.step-stuck.text">no change for a long time while in the same narrative step|在同一叙事步骤中长期没有变化</l:l>
    <l:l k="factor.human-length">Length of the relationship.|关系的时长</l:l>
    <l:l k="factor.human-similar-personalities">Similar personalities on each side.|双方人员性格相近</l:l>
    <l:l k="factor.human-cultural-sensitivity">Cultural sensitivity of the partner.|伙伴的文化敏感度</l:l>
    <l:l k="factor.human-existing-intelligence">Building on existing city or regional intelligence.|利用现有的城市或地区信息</l:l>
    <l:l k="factor.human-champions">Enthusiastic champions.|热情的推动者</l:l>
    <l:l k="factor.human-reciprocity">Spirit of reciprocity.|互惠精神</l:l>
    <l:l k="factor.human-mutual-understanding">Level of understanding between the two cities.|两市之间的相互了解程度</l:l>
    <l:l k="factor.interests-commercial-focus">A commercial focus.|商业导向</l:l>
    <l:l k="factor.interests-local-smes">Support for local SMEs.|支持本地中小企业</l:l>
    <l:l k="factor.interests-national-strategy">Building on strategic approaches to national interests.|借助国家利益的战略方针</l:l>
    <l:l k="factor.interests-complementary-industries">Building on complementary local interests and industries.|借助互补的本地利益和产业</l:l>
    <l:l k="factor.interests-cultural-alliance">Building on a cultural alliance.|借助文化联盟</l:l>
    <l:l k="factor.interests-school-university-links">Building on school and university links.|借助中小学和大学之间的联系</l:l>
    <l:l k="factor.interests-similar-terrain">Similar geographical terrain.|相似的地理环境</l:l>
    <l:l k="factor.support-government-experts">Backing from governments and expert organisations.|政府和专家机构的支持</l:l>
    <l:l k="factor.support-high-commitment">High commitment from both cities.|两市的高度投入</l:l>
    <l:l k="factor.support-regional-stakeholders">Backing from regional stakeholders.|地区利益相关方的支持</l:l>
    <l:l k="factor.publicity-media-marketing">Media exposure and marketing activity.|媒体曝光和营销活动</l:l>
    <l:l k="factor.publicity-visible-government-support">Highly visible government support.|高度可见的政府支持</l:l>
    <!-- Cooperation plans (issue 18): plan*.xsl. -->
    <l:l k="pl.plan">Cooperation Plan|合作计划</l:l>
    <l:l k="pl.plans">Cooperation Plans|合作计划</l:l>
    <l:l k="pl.versions">All versions|所有版本</l:l>
    <l:l k="pl.version">Version|版本</l:l>
    <l:l k="pl.state">State|状态</l:l>
    <l:l k="pl.state.draft">Draft|草稿</l:l>
    <l:l k="pl.state.proposed">Proposed|已提交</l:l>
    <l:l k="pl.state.approved">Approved|已批准</l:l>
    <l:l k="pl.period">Period|期间</l:l>
    <l:l k="pl.based-on">Based on version|基于版本</l:l>
    <l:l k="pl.focal">Focal points|联络人</l:l>
    <l:l k="pl.meetings">Meeting rhythm|会议频率</l:l>
    <l:l k="pl.governance">Governance|治理安排</l:l>
    <l:l k="pl.approvals">Approval by each city|各市批准</l:l>
    <l:l k="pl.approved-by">Approved by|批准人</l:l>
    <l:l k="pl.approved-on">On|日期</l:l>
    <l:l k="pl.decision">Political decision|政治决定</l:l>
    <l:l k="pl.decision-ref">Reference of your city's political decision (e.g. council minute)|贵市政治决定的文号（如市议会会议纪要）</l:l>
    <l:l k="pl.not-approved">Not approved yet|尚未批准</l:l>
    <l:l k="pl.priorities">Priorities|优先领域</l:l>
    <l:l k="pl.no-priorities">No priorities yet.|尚无优先领域。</l:l>
    <l:l k="pl.objective">Objective|目标</l:l>
    <l:l k="pl.expected">Expected results|预期成果</l:l>
    <l:l k="pl.activities">Activities and projects|活动与项目</l:l>
    <l:l k="pl.activity">Activity|活动</l:l>
    <l:l k="pl.dates">Dates|日期</l:l>
    <l:l k="pl.funding">Funding|资金</l:l>
    <l:l k="pl.teams">Responsible teams|负责团队</l:l>
    <l:l k="pl.milestones">Milestones (dated deliverables)|里程碑（有日期的交付成果）</l:l>
    <l:l k="pl.targets">KPI targets|KPI 目标</l:l>
    <l:l k="pl.risks">Risks and mitigation|风险与应对</l:l>
    <l:l k="pl.no-risks">No risks recorded.|尚未记录风险。</l:l>
    <l:l k="pl.risk">Risk|风险</l:l>
    <l:l k="pl.likelihood">Likelihood|可能性</l:l>
    <l:l k="pl.likelihood.low">low|低</l:l>
    <l:l k="pl.likelihood.medium">medium|中</l:l>
    <l:l k="pl.likelihood.high">high|高</l:l>
    <l:l k="pl.mitigation">Mitigation|应对措施</l:l>
    <l:l k="pl.missing-en">(no English text)|（无英文）</l:l>
    <l:l k="pl.missing-zh">(no Chinese text)|（无中文）</l:l>
    <l:l k="pl.print">Print (A4)|打印（A4）</l:l>
    <l:l k="pl.compare">Compare versions|版本比较</l:l>
    <l:l k="pl.compare-with">Compare with version|与版本比较：</l:l>
    <l:l k="pl.steps">Propose, approve, next version|提交、批准、下一版本</l:l>
    <l:l k="pl.edit">Edit|编辑</l:l>
    <l:l k="pl.add-priority">Add a priority|添加优先领域</l:l>
    <l:l k="pl.add-objective">Add an objective|添加目标</l:l>
    <l:l k="pl.add-activity">Add an activity|添加活动</l:l>
    <l:l k="pl.add-milestone">Add a milestone|添加里程碑</l:l>
    <l:l k="pl.add-target">Add a KPI target|添加KPI目标</l:l>
    <l:l k="pl.add-risk">Add a risk|添加风险</l:l>
    <l:l k="pl.none">This partnership has no Cooperation Plan yet.|该合作关系尚无合作计划。</l:l>
    <l:l k="pl.new">Start a Cooperation Plan|新建合作计划</l:l>
    <l:l k="pl.item">Item|条目</l:l>
    <l:l k="pl.kind.plan">Plan|计划</l:l>
    <l:l k="pl.kind.priority">Priority|优先领域</l:l>
    <l:l k="pl.kind.objective">Objective|目标</l:l>
    <l:l k="pl.kind.activity">Activity|活动</l:l>
    <l:l k="pl.kind.milestone">Milestone|里程碑</l:l>
    <l:l k="pl.kind.target">KPI target|KPI目标</l:l>
    <l:l k="pl.kind.risk">Risk|风险</l:l>
    <l:l k="pl.status.added">Added|新增</l:l>
    <l:l k="pl.status.removed">Removed|删除</l:l>
    <l:l k="pl.status.changed">Changed|修改</l:l>
    <l:l k="pl.status.same">Unchanged|未变</l:l>
    <l:l k="pl.no-changes">The two versions hold the same items.|两个版本内容相同。</l:l>
    <l:l k="pl.do.propose">Propose this version for approval|提交此版本以供批准</l:l>
    <l:l k="pl.do.withdraw">Withdraw the proposal (back to draft)|撤回提交（返回草稿）</l:l>
    <l:l k="pl.do.approve">Approve for my city|代表本市批准</l:l>
    <l:l k="pl.do.next">Start the next version (a copy of this one)|开始下一版本（复制本版本）</l:l>
    <l:l k="pl.help.draft">A draft is edited on its page. Propose it when its period is set; it can then no longer change.|草稿可在其页面上编辑。设定期间后即可提交；提交后不能再修改。</l:l>
    <l:l k="pl.help.proposed">Each city's editor approves for their own city, with the reference of the political decision. Both approvals make the version approved; withdrawing returns it to draft and clears the approvals.|各市编辑代表本市批准，并填写政治决定的文号。两市均批准后该版本即为已批准；撤回后返回草稿并清除批准。</l:l>
    <l:l k="pl.help.approved">An approved version never changes. To adjust the plan, start the next version: a draft copy of this one.|已批准的版本不再修改。如需调整计划，请开始下一版本（本版本的草稿副本）。</l:l>
    <l:l k="pl.f.start">Start|开始</l:l>
    <l:l k="pl.f.end">End|结束</l:l>
    <l:l k="pl.f.title-en">Title (EN)|标题（英）</l:l>
    <l:l k="pl.f.title-zh">Title (ZH)|标题（中）</l:l>
    <l:l k="pl.f.focal-europe">Focal point, European city|欧洲城市联络人</l:l>
    <l:l k="pl.f.focal-china">Focal point, Chinese city|中国城市联络人</l:l>
    <l:l k="pl.f.meetings-en">Meetings (EN)|会议（英）</l:l>
    <l:l k="pl.f.meetings-zh">Meetings (ZH)|会议（中）</l:l>
    <l:l k="pl.f.governance-en">Governance (EN)|治理（英）</l:l>
    <l:l k="pl.f.governance-zh">Governance (ZH)|治理（中）</l:l>
    <l:l k="pl.f.area">Area|领域</l:l>
    <l:l k="pl.f.text-en">Objective (EN)|目标（英）</l:l>
    <l:l k="pl.f.text-zh">Objective (ZH)|目标（中）</l:l>
    <l:l k="pl.f.expected-en">Expected (EN)|预期成果（英）</l:l>
    <l:l k="pl.f.expected-zh">Expected (ZH)|预期成果（中）</l:l>
    <l:l k="pl.f.project">Project Bank|项目库</l:l>
    <l:l k="pl.f.funding-source">Funding source|资金来源</l:l>
    <l:l k="pl.f.amount-eur">Amount (EUR)|金额（欧元）</l:l>
    <l:l k="pl.f.team-europe">Team, European city|欧洲城市团队</l:l>
    <l:l k="pl.f.team-china">Team, Chinese city|中国城市团队</l:l>
    <l:l k="pl.f.due">Due|截止</l:l>
    <l:l k="pl.f.deliverable-en">Deliverable (EN)|交付成果（英）</l:l>
    <l:l k="pl.f.deliverable-zh">Deliverable (ZH)|交付成果（中）</l:l>
    <l:l k="pl.f.kpi">KPI|KPI</l:l>
    <l:l k="pl.f.kpi-target">KPI target|KPI目标</l:l>
    <l:l k="pl.f.value">Target|目标值</l:l>
    <l:l k="pl.f.note-en">Note (EN)|说明（英）</l:l>
    <l:l k="pl.f.note-zh">Note (ZH)|说明（中）</l:l>
    <l:l k="pl.f.likelihood">Likelihood|可能性</l:l>
    <l:l k="pl.f.risk-en">Risk (EN)|风险（英）</l:l>
    <l:l k="pl.f.risk-zh">Risk (ZH)|风险（中）</l:l>
    <l:l k="pl.f.mitigation-en">Mitigation (EN)|应对（英）</l:l>
    <l:l k="pl.f.mitigation-zh">Mitigation (ZH)|应对（中）</l:l>
    <!-- Plan and review linked (issue 18): the review a version started from. -->
    <l:l k="pl.from-review">Started from the review of|依据的评审</l:l>
    <l:l k="pl.decision.continue">Review: continue|评审：继续</l:l>
    <l:l k="pl.decision.adjust">Review: adjust|评审：调整</l:l>
    <l:l k="pl.review-target">new target of the review|评审设定的新指标</l:l>
    <l:l k="pl.review-objective">New targets of the review of {1}|{1}评审设定的新指标</l:l>
    <l:l k="pl.review-number">Start from review number (optional; left empty: the latest review held since this version's approval)|依据的评审编号（可选；留空则用本版本批准后最近一次评审）</l:l>
    <!-- edit (issue 17): the labels of the editing forms' fields, named by the field tables
         of lib/edit_resources.c and lib/edit_plans.c (edit.xsl); their choices are shown
         under the keys of their vocabulary (pkind., akind., ...). -->
    <l:l k="ed.status">Status|状态</l:l>
    <l:l k="ed.kind">Kind|类型</l:l>
    <l:l k="ed.since-year">Since (year)|起始年份</l:l>
    <l:l k="ed.narrative-step">Narrative step (1-8)|叙事步骤（1-8）</l:l>
    <l:l k="ed.loop">Loop|循环</l:l>
    <l:l k="ed.notes">Notes|备注</l:l>
    <l:l k="ed.name.en">Name (English)|英文名称</l:l>
    <l:l k="ed.name-local">Name (local)|本地名称</l:l>
    <l:l k="ed.name.zh">Name (Chinese)|中文名称</l:l>
    <l:l k="ed.province">Province or region|省份或地区</l:l>
    <l:l k="ed.population">Population|人口</l:l>
    <l:l k="ed.coastal">Coastal|沿海</l:l>
    <l:l k="ed.intl-strategy">International strategy|国际化战略</l:l>
    <l:l k="ed.intl-strategy-since">International strategy since (year)|国际化战略起始年份</l:l>
    <l:l k="ed.contact-point">Contact point|联络点</l:l>
    <l:l k="ed.wants-peer-to-peer">Wants peer-to-peer learning|希望开展同伴学习</l:l>
    <l:l k="ed.wants-joint-project">Wants to host a joint project|希望主办联合项目</l:l>
    <l:l k="ed.seeks-partner">Seeks a partner|寻求合作伙伴</l:l>
    <l:l k="ed.self-view-learning">Sees itself as (learning)|自我定位（学习）</l:l>
    <l:l k="ed.self-view-investment">Sees itself as (investment)|自我定位（投资）</l:l>
    <l:l k="ed.offers">Areas offered (slugs)|提供的合作领域（标识）</l:l>
    <l:l k="ed.seeks">Areas sought (slugs)|寻求的合作领域（标识）</l:l>
    <l:l k="ed.partnership-number">Partnership (number)|合作关系（编号）</l:l>
    <l:l k="ed.title">Title|标题</l:l>
    <l:l k="ed.signed-on">Signed on|签署日期</l:l>
    <l:l k="ed.signed-precision">Signing date known to the (year, month, day)|签署日期精确到（年、月、日）</l:l>
    <l:l k="ed.valid-until">Valid until|有效期至</l:l>
    <l:l k="ed.renewed-every-months">Renewed every (months)|续签周期（月）</l:l>
    <l:l k="ed.document-link">Document (link)|文件链接</l:l>
    <l:l k="ed.area-slug">Area (slug)|合作领域（标识）</l:l>
    <l:l k="ed.funding">Funding|资金来源</l:l>
    <l:l k="ed.budget-eur">Budget (EUR)|预算（欧元）</l:l>
    <l:l k="ed.starts-on">Starts on|开始日期</l:l>
    <l:l k="ed.ends-on">Ends on|结束日期</l:l>
    <l:l k="ed.expected-results">Expected results|预期成果</l:l>
    <l:l k="ed.risks">Risks|风险</l:l>
    <l:l k="ed.kpi-slug">KPI (slug)|KPI（标识）</l:l>
    <l:l k="ed.period-from">Period from|期间起始</l:l>
    <l:l k="ed.to">to|至</l:l>
    <l:l k="ed.target">Target|目标值</l:l>
    <l:l k="ed.owner-city-slug">Owner city (slug)|所属城市（标识）</l:l>
    <l:l k="ed.calendar-url">Calendar address (iCalendar)|日历地址（iCalendar）</l:l>
    <l:l k="ed.name">Name|名称</l:l>
    <l:l k="ed.fetch-every-minutes">Fetch every (minutes)|抓取间隔（分钟）</l:l>
    <l:l k="ed.enabled">Enabled|启用</l:l>
    <l:l k="ed.tzid">Time zone of times without one|默认时区</l:l>
    <l:l k="ed.city-slug">City (slug)|所属城市（标识）</l:l>
    <l:l k="ed.helix">Helix|四螺旋类别</l:l>
    <l:l k="ed.web-site">Web site|网站</l:l>
    <l:l k="ed.held-on">Held on|评估日期</l:l>
    <l:l k="ed.looks-back-from">Looks back from|回顾期间起始</l:l>
    <l:l k="ed.findings.en">Findings (English)|评估结论（英文）</l:l>
    <l:l k="ed.findings.zh">Findings (Chinese)|评估结论（中文）</l:l>
    <l:l k="ed.review-number">Review (number)|评估（编号）</l:l>
    <l:l k="ed.activity-number">Activity (number)|活动（编号）</l:l>
    <l:l k="ed.decision">Decision|决定</l:l>
    <l:l k="ed.why.en">Why (English)|理由（英文）</l:l>
    <l:l k="ed.why.zh">Why (Chinese)|理由（中文）</l:l>
    <l:l k="ed.title.en">Title (English)|标题（英文）</l:l>
    <l:l k="ed.title.zh">Title (Chinese)|标题（中文）</l:l>
    <l:l k="ed.focal-europe">Focal point of the European city|欧洲城市联络人</l:l>
    <l:l k="ed.focal-china">Focal point of the Chinese city|中国城市联络人</l:l>
    <l:l k="ed.meeting-rhythm.en">Meeting rhythm (English)|会议频率（英文）</l:l>
    <l:l k="ed.meeting-rhythm.zh">Meeting rhythm (Chinese)|会议频率（中文）</l:l>
    <l:l k="ed.governance.en">Governance (English)|治理安排（英文）</l:l>
    <l:l k="ed.governance.zh">Governance (Chinese)|治理安排（中文）</l:l>
    <l:l k="ed.plan-number">Plan (number)|计划（编号）</l:l>
    <l:l k="ed.priority.en">Priority (English)|优先领域（英文）</l:l>
    <l:l k="ed.priority.zh">Priority (Chinese)|优先领域（中文）</l:l>
    <l:l k="ed.priority-number">Priority (number)|优先领域（编号）</l:l>
    <l:l k="ed.objective.en">Objective (English)|目标（英文）</l:l>
    <l:l k="ed.objective.zh">Objective (Chinese)|目标（中文）</l:l>
    <l:l k="ed.expected-results.en">Expected results (English)|预期成果（英文）</l:l>
    <l:l k="ed.expected-results.zh">Expected results (Chinese)|预期成果（中文）</l:l>
    <l:l k="ed.objective-number">Objective (number)|目标（编号）</l:l>
    <l:l k="ed.project-bank-activity">Project Bank activity (number, of this partnership)|项目库活动（编号，本合作关系）</l:l>
    <l:l k="ed.activity.en">Activity (English)|活动（英文）</l:l>
    <l:l k="ed.activity.zh">Activity (Chinese)|活动（中文）</l:l>
    <l:l k="ed.funding-source">Funding source|资金来源</l:l>
    <l:l k="ed.amount-eur">Amount (EUR)|金额（欧元）</l:l>
    <l:l k="ed.expected-result.en">Expected result (English)|预期成果（英文）</l:l>
    <l:l k="ed.expected-result.zh">Expected result (Chinese)|预期成果（中文）</l:l>
    <l:l k="ed.team-europe">Responsible team, European city|欧洲城市负责团队</l:l>
    <l:l k="ed.team-china">Responsible team, Chinese city|中国城市负责团队</l:l>
    <l:l k="ed.plan-activity-number">Plan activity (number)|计划活动（编号）</l:l>
    <l:l k="ed.due-on">Due on|截止日期</l:l>
    <l:l k="ed.deliverable.en">Deliverable (English)|交付成果（英文）</l:l>
    <l:l k="ed.deliverable.zh">Deliverable (Chinese)|交付成果（中文）</l:l>
    <l:l k="ed.kpi-target-number">KPI target of this partnership (number)|本合作关系的KPI目标（编号）</l:l>
    <l:l k="ed.note.en">Note (English)|说明（英文）</l:l>
    <l:l k="ed.note.zh">Note (Chinese)|说明（中文）</l:l>
    <l:l k="ed.likelihood">Likelihood|可能性</l:l>
    <l:l k="ed.risk.en">Risk (English)|风险（英文）</l:l>
    <l:l k="ed.risk.zh">Risk (Chinese)|风险（中文）</l:l>
    <l:l k="ed.mitigation.en">Mitigation (English)|应对措施（英文）</l:l>
    <l:l k="ed.mitigation.zh">Mitigation (Chinese)|应对措施（中文）</l:l>
    <l:l k="ed.what.city">city profile|城市概况</l:l>
    <l:l k="ed.what.partnership">partnership|合作关系</l:l>
    <l:l k="ed.what.agreement">agreement|协议</l:l>
    <l:l k="ed.what.activity">activity|活动项目</l:l>
    <l:l k="ed.what.kpi-target">KPI target|KPI目标</l:l>
    <l:l k="ed.what.organisation">organisation|机构</l:l>
    <l:l k="ed.what.plan">Cooperation Plan version|合作计划版本</l:l>
    <l:l k="ed.what.plan-priority">plan priority|计划优先领域</l:l>
    <l:l k="ed.what.plan-objective">plan objective|计划目标</l:l>
    <l:l k="ed.what.plan-activity">plan activity|计划活动</l:l>
    <l:l k="ed.what.plan-milestone">milestone|里程碑</l:l>
    <l:l k="ed.what.plan-target">plan KPI target|计划KPI目标</l:l>
    <l:l k="ed.what.plan-risk">plan risk|计划风险</l:l>
    <l:l k="ed.what.source">calendar source|日历来源</l:l>
    <l:l k="ed.what.review">review|评估</l:l>
    <l:l k="ed.what.review-decision">review decision|评估决定</l:l>
    <l:l k="ed.what.review-target">review target|评估新目标</l:l>
    <l:l k="ed.edit">Edit |编辑</l:l>
    <l:l k="ed.new">New |新建</l:l>
    <l:l k="ed.save">Save|保存</l:l>
    <l:l k="ed.delete">Delete|删除</l:l>
    <l:l k="ed.signed-in-as">Signed in as |当前用户：</l:l>
    <l:l k="ed.sentence-end">. |。</l:l>
    <l:l k="ed.audited">Every change is kept in the audit log.|每次修改都会记入审计日志。</l:l>
    <l:l k="ed.conflict">Someone else changed this since the form was made; nothing was stored. Reload the page to see their change.|表单生成后已有他人修改此项；未保存任何内容。请刷新页面查看其修改。</l:l>
    <l:l k="ed.not-stored">Nothing was stored. Please correct the fields marked below.|未保存任何内容。请修改下方标出的字段。</l:l>
    <l:l k="ed.kv.title">Enter a KPI value|录入KPI数值</l:l>
    <l:l k="ed.kv.lead">A value is never overwritten: to correct one, give its number under "Corrects"; both stay in the history.|数值不会被覆盖：如需更正，请在“更正”中填写原数值的编号；两者都会保留在历史记录中。</l:l>
    <l:l k="ed.kv.kpi">KPI|KPI</l:l>
    <l:l k="ed.kv.store">Store|保存</l:l>
    <l:l k="ed.kv.city">or City (slug)|或城市（标识）</l:l>
    <l:l k="ed.kv.value">Value|数值</l:l>
    <l:l k="ed.kv.score">Score (1-5)|评分（1-5）</l:l>
    <l:l k="ed.kv.comment">Comment|备注</l:l>
    <l:l k="ed.kv.source">Source|来源</l:l>
    <l:l k="ed.kv.confidence">Confidence (low, medium, high)|可信度（low、medium、high）</l:l>
    <l:l k="ed.kv.supersedes">Corrects value number|更正的数值编号</l:l>
    <!-- labels (issue 17): the text C writes itself (lib/labels.h), keys fe. atom. mail.eoi.
         why.; {1}..{9} stand for values, which a half may leave out or reorder. -->
    <!-- Form and write errors (lib/write.c): "fe." and the code's short name. -->
    <l:l k="fe.required">This field is required.|此项为必填项。</l:l>
    <l:l k="fe.not-a-slug">Use lowercase letters, digits and single hyphens (at most 64).|请使用小写字母、数字和单个连字符（最多64个字符）。</l:l>
    <l:l k="fe.not-an-id">Give a number from 1 to 999999999.|请填写1至999999999之间的编号。</l:l>
    <l:l k="fe.not-a-date">Give a real date as YYYY-MM-DD (years 1900 to 2999).|请按YYYY-MM-DD格式填写有效日期（1900至2999年）。</l:l>
    <l:l k="fe.end-before-start">The period ends before it starts.|期间的结束日期早于开始日期。</l:l>
    <l:l k="fe.not-a-number">Give a number with at most 14 digits before and 4 after the point.|请填写数字：小数点前最多14位，小数点后最多4位。</l:l>
    <l:l k="fe.not-a-score">A score is a whole number from 1 to 5.|评分须为1至5之间的整数。</l:l>
    <l:l k="fe.no-value">Give a value, a score, or both.|请填写数值或评分（或两者）。</l:l>
    <l:l k="fe.owner">Give either a partnership or a city, not both.|请填写合作关系或城市之一，不可同时填写。</l:l>
    <l:l k="fe.not-a-confidence">Confidence is low, medium or high.|可信度须为低、中或高（low、medium、high）。</l:l>
    <l:l k="fe.not-a-flag">Give 0 or 1.|请填写0或1。</l:l>
    <l:l k="fe.too-long">This text is too long.|文本过长。</l:l>
    <l:l k="fe.not-text">This is not valid UTF-8 text (or holds control characters).|内容不是有效的UTF-8文本（或含有控制字符）。</l:l>
    <l:l k="fe.repeated">This field is given twice.|此项重复出现。</l:l>
    <l:l k="fe.unknown-field">c2c does not know this field.|系统无法识别此字段。</l:l>
    <l:l k="fe.csv-syntax">This line is not valid CSV (RFC 4180).|此行不符合CSV格式（RFC 4180）。</l:l>
    <l:l k="fe.not-well-formed">The body is not well-formed XML, or declares a DTD.|请求内容不是格式正确的XML，或声明了DTD。</l:l>
    <l:l k="fe.not-valid">The XML does not follow the schema (docs/schema/c2c.rng).|XML不符合架构（docs/schema/c2c.rng）。</l:l>
    <l:l k="fe.empty">There is nothing to store.|没有可保存的内容。</l:l>
    <l:l k="fe.too-many">Too many entries for one request.|单次请求的条目过多。</l:l>
    <l:l k="fe.no-such-kpi">There is no KPI with this slug.|不存在此标识的KPI。</l:l>
    <l:l k="fe.no-such-partnership">There is no partnership with this number.|不存在此编号的合作关系。</l:l>
    <l:l k="fe.no-such-city">There is no city with this slug.|不存在此标识的城市。</l:l>
    <l:l k="fe.no-such-value">There is no value with this number.|不存在此编号的数值。</l:l>
    <l:l k="fe.other-series">A correction must keep the KPI and the partnership or city of the value it corrects.|更正须与被更正数值的KPI及合作关系或城市一致。</l:l>
    <l:l k="fe.corrected-already">This value was corrected already: correct the latest correction.|该数值已被更正，请更正最新的更正值。</l:l>
    <l:l k="fe.out-of-scope">You may not change data of this partnership or city.|您无权修改此合作关系或城市的数据。</l:l>
    <l:l k="fe.not-a-step">A narrative step is a number from 1 to 8.|叙事步骤须为1至8之间的数字。</l:l>
    <l:l k="fe.not-a-choice">This is not one of the allowed values.|此值不在允许的选项之内。</l:l>
    <l:l k="fe.form-expired">This form is out of date or was not sent from this site: reload the page and send it again.|表单已过期或并非来自本站：请刷新页面后重新提交。</l:l>
    <l:l k="fe.not-an-integer">Give a whole number in the allowed range.|请填写允许范围内的整数。</l:l>
    <l:l k="fe.not-an-amount">Give an amount with at most 12 digits before and 2 after the point.|请填写金额：小数点前最多12位，小数点后最多2位。</l:l>
    <l:l k="fe.not-one-line">A one-line text may not hold line breaks, tabs or text-direction controls (U+202A-U+202E, U+2066-U+2069).|单行文本不得包含换行符、制表符或文字方向控制字符（U+202A-U+202E、U+2066-U+2069）。</l:l>
    <l:l k="fe.not-a-url">Give a web address starting with http:// or https://.|请填写以http://或https://开头的网址。</l:l>
    <l:l k="fe.url-credentials">A web address must not carry a user name or password (user:password@): c2c shows addresses to its readers. Give one without them.|网址不得包含用户名或密码（user:password@）：c2c会向读者显示网址。请填写不含这些信息的地址。</l:l>
    <l:l k="fe.exists">There is one already for this KPI and period start: change that one.|该KPI在此期间起始日已有一项，请修改已有的那一项。</l:l>
    <l:l k="fe.too-many-sources">This city has as many calendar sources as it may have (import_max_sources_per_city): remove or reuse one first.|该城市的日历来源已达上限（import_max_sources_per_city）：请先删除或重用一个。</l:l>
    <l:l k="fe.no-such-element">The guide has no such element (see /guide).|指南中没有此要素（参见 /guide）。</l:l>
    <l:l k="fe.other-step">This element belongs to another step (a city's own tracker has only Aim and Commit).|此要素属于其他步骤（城市自身的跟踪只包括目标和承诺两步）。</l:l>
    <l:l k="fe.not-of-partnership">This agreement or activity is not one of this partnership's.|此协议或活动不属于本合作关系。</l:l>
    <l:l k="fe.cannot-move">An item stays with the partnership or city it belongs to.|条目不能转移到其他合作关系或城市。</l:l>
    <l:l k="fe.decided-already">This review has a decision on this activity already: change that one.|本次评估已对该活动作出决定：请修改已有的决定。</l:l>
    <l:l k="fe.not-in-partnership">There is no such item in this partnership: a review's decisions and targets name its own review and activities.|此合作关系中没有该条目：评估的决定和目标只能指向本合作关系的评估和活动。</l:l>
    <l:l k="fe.plan-not-draft">This version of the plan is proposed or approved: it does not change. Withdraw the proposal, or start the next version.|该版本合作计划已提交或已批准，不能修改。请撤回提交，或开始下一版本。</l:l>
    <l:l k="fe.plan-state">This step does not follow from the state of this version (draft, proposed, approved).|此操作不适用于该版本的当前状态（草稿、已提交、已批准）。</l:l>
    <l:l k="fe.approved-already">Your city approved this version already.|贵市已批准此版本。</l:l>
    <l:l k="fe.other-partnership">This names an item of another partnership (or none).|所填条目属于其他合作关系（或不存在）。</l:l>
    <l:l k="fe.plan-full">The plan holds as many items of this kind as it may.|该计划中此类条目已达上限。</l:l>
    <l:l k="fe.no-text">Give this text in English, in Chinese, or in both.|请用英文、中文或两种语言填写此项。</l:l>
    <l:l k="fe.plan-open">This partnership has a version in draft or proposed already: work on that one.|该合作关系已有草稿或已提交的版本，请在该版本上工作。</l:l>
    <l:l k="fe.no-such-parent">There is no such item to add this to.|不存在可添加此项的上级条目。</l:l>
    <!-- Atom feeds (lib/feed.c, lib/feed_practices.c): the kinds, the summaries, the titles. -->
    <l:l k="atom.kind.programme_pairing">IUC programme pairing|IUC计划结对</l:l>
    <l:l k="atom.kind.sister_city">Sister-city partnership|姐妹城市关系</l:l>
    <l:l k="atom.kind.friendship_city">Friendship-city partnership|友好城市关系</l:l>
    <l:l k="atom.kind.mou">Memorandum of understanding|谅解备忘录</l:l>
    <l:l k="atom.kind.cooperation_agreement">Cooperation agreement|合作协议</l:l>
    <l:l k="atom.kind.in_discussion">Partnership in discussion|正在商谈的合作</l:l>
    <l:l k="atom.kind.ad_hoc">Ad hoc cooperation|临时合作</l:l>
    <l:l k="atom.kind.sister_city_agreement">Sister-city agreement|姐妹城市协议</l:l>
    <l:l k="atom.kind.friendship_city_agreement">Friendship-city agreement|友好城市协议</l:l>
    <l:l k="atom.kind.action_plan">Action plan|行动计划</l:l>
    <l:l k="atom.kind.cooperation_plan">Cooperation plan|合作计划</l:l>
    <l:l k="atom.kind.letter_of_intent">Letter of intent|意向书</l:l>
    <l:l k="atom.kind.charter">Charter|章程</l:l>
    <l:l k="atom.kind.addendum">Addendum|补充协议</l:l>
    <l:l k="atom.kind.contract">Contract|合同</l:l>
    <l:l k="atom.kind.title_award">Title award|称号授予</l:l>
    <l:l k="atom.kind.other">Partnership|合作</l:l>
    <l:l k="atom.p.summary">{1} between {2} ({3}) and {4} ({5})|{2}（{3}）与{4}（{5}）：{1}</l:l>
    <l:l k="atom.p.since">, since {1}|，始于{1}年</l:l>
    <l:l k="atom.p.end">.|。</l:l>
    <l:l k="atom.a.summary">{1}, {2}. {3}|{4}与{5}：{1}（{2}）。</l:l>
    <l:l k="atom.a.no-date">date not stated|日期未说明</l:l>
    <l:l k="atom.e.cancelled-title">Cancelled: {1}|已取消：{1}</l:l>
    <l:l k="atom.e.span">{1} to {2}|{1}至{2}</l:l>
    <l:l k="atom.e.where">, {1}|，{1}</l:l>
    <l:l k="atom.e.by"> Organised by {1}.|主办方：{1}。</l:l>
    <l:l k="atom.e.calendar"> From the calendar "{1}".|来源日历：{1}。</l:l>
    <l:l k="atom.e.cancelled">Cancelled.|已取消。</l:l>
    <l:l k="atom.title.partnerships">new partnerships and agreements|新的合作关系与协议</l:l>
    <l:l k="atom.title.events">new and changed events|新的和变更的活动</l:l>
    <l:l k="atom.title.practices">practices library|合作实践库</l:l>
    <!-- E-mails of expressions of interest (lib/interest_notify.c); &#10; is a line break. -->
    <l:l k="mail.eoi.sent.subject">Expression of interest from {1}|{1} 向 {2} 表达了合作意向</l:l>
    <l:l k="mail.eoi.sent.body">{1} has expressed interest in a partnership with {2}.&#10;&#10;Areas proposed: {3}&#10;&#10;Their message:&#10;{4}&#10;&#10;Please accept or decline it by {5}.&#10;|{1} 向 {2} 表达了建立伙伴关系的意向。&#10;&#10;拟议合作领域：{3}&#10;&#10;留言：&#10;{4}&#10;&#10;请在 {5} 之前答复（接受或谢绝）。&#10;</l:l>
    <l:l k="mail.eoi.accepted.subject">{1} accepted the expression of interest of {2}|{1} 接受了 {2} 的合作意向</l:l>
    <l:l k="mail.eoi.accepted.body">{1} accepted the expression of interest of {2}. The partnership is created at the Partner step, and each side now sees the other's focal point.&#10;|{1} 接受了 {2} 的合作意向。伙伴关系已建立，处于“伙伴”阶段。双方的联络人现已相互可见。&#10;</l:l>
    <l:l k="mail.eoi.accepted.answer">&#10;Their answer:&#10;{1}&#10;|&#10;答复：&#10;{1}&#10;</l:l>
    <l:l k="mail.eoi.declined.subject">{1} declined the expression of interest of {2}|{1} 谢绝了 {2} 的合作意向</l:l>
    <l:l k="mail.eoi.declined.body">{1} declined the expression of interest of {2}.&#10;&#10;Their reason:&#10;{3}&#10;|{1} 谢绝了 {2} 的合作意向。&#10;&#10;理由：&#10;{3}&#10;</l:l>
    <l:l k="mail.eoi.reminder.subject">Reminder: the expression of interest from {1} expires on {2}|提醒：{1} 的合作意向将于 {2} 过期</l:l>
    <l:l k="mail.eoi.reminder.body">The expression of interest from {1} to {2} has no answer yet; it expires on {3}.&#10;|{1} 向 {2} 发出的合作意向尚未答复，将于 {3} 过期。&#10;</l:l>
    <l:l k="mail.eoi.expired.subject">The expression of interest between {1} and {2} expired|{1} 与 {2} 之间的合作意向已过期</l:l>
    <l:l k="mail.eoi.expired.body">The expression of interest from {1} to {2} had no answer by {3} and expired.&#10;|{1} 向 {2} 发出的合作意向在 {3} 前未获答复，已过期。&#10;</l:l>
    <l:l k="mail.eoi.digest.subject">{1}: {2} notifications about expressions of interest|{1}：{2} 条合作意向通知</l:l>
    <!-- The reasons of a match (lib/match_explain.c): sentences with their values by position;
         a list's separators ("A, B and C", "A、B和C"); ".next": a clause after another. -->
    <l:l k="why.city">city {1}|城市{1}</l:l>
    <l:l k="why.area">area {1}|领域{1}</l:l>
    <l:l k="why.areas.more"> and {1} more|等{1}个领域</l:l>
    <l:l k="why.list.sep">, |、</l:l>
    <l:l k="why.list.and"> and |和</l:l>
    <l:l k="why.phrase.sep">, |，</l:l>
    <l:l k="why.phrase.and"> and |，</l:l>
    <l:l k="why.end">.|。</l:l>
    <l:l k="why.common">Shares {1} with {2}.|与{2}共同关注{1}。</l:l>
    <l:l k="why.gets.stated">Offers {1}, which {2} seeks|可提供{1}，{2}正寻求这些领域的合作</l:l>
    <l:l k="why.gets.candidate-revealed">Has partnership experience in {1}, which {2} seeks|在已有合作中涉及{1}，{2}正寻求这些领域的合作</l:l>
    <l:l k="why.gets.city-revealed">Offers {1}, which {2} works on in its partnerships|可提供{1}，{2}在已有合作中也涉及这些领域</l:l>
    <l:l k="why.gets.both-revealed">Has partnership experience in {1}, as does {2}|在已有合作中涉及{1}，{2}也是如此</l:l>
    <l:l k="why.gives.stated">Seeks {1}, which {2} offers|寻求{1}，{2}正可提供</l:l>
    <l:l k="why.gives.stated.also">; it also seeks {1}, which {2} offers|；寻求{1}，{2}正可提供</l:l>
    <l:l k="why.gives.candidate-revealed">Works on {1}, which {2} offers|在已有合作中涉及{1}，{2}正可提供</l:l>
    <l:l k="why.gives.candidate-revealed.also">; it also works on {1}, which {2} offers|；在已有合作中涉及{1}，{2}正可提供</l:l>
    <l:l k="why.gives.city-revealed">Seeks {1}, in which {2} has partnership experience|寻求{1}，{2}在已有合作中涉及这些领域</l:l>
    <l:l k="why.gives.city-revealed.also">; it also seeks {1}, in which {2} has partnership experience|；寻求{1}，{2}在已有合作中涉及这些领域</l:l>
    <l:l k="why.potential">Has {1}.|具备合作基础：{1}。</l:l>
    <l:l k="why.potential.strategy">an international strategy|有国际合作战略</l:l>
    <l:l k="why.potential.helix">a local ecosystem of {1}|{1}参与其中</l:l>
    <l:l k="why.potential.mass">over a million inhabitants|人口超过百万</l:l>
    <l:l k="why.potential.experience.one">experience from {1} Europe-China partnership|已有{1}个中欧伙伴关系</l:l>
    <l:l k="why.potential.experience">experience from {1} Europe-China partnerships|已有{1}个中欧伙伴关系</l:l>
    <l:l k="why.helix.government">government|政府</l:l>
    <l:l k="why.helix.academia">academia|学术界</l:l>
    <l:l k="why.helix.industry">industry|产业界</l:l>
    <l:l k="why.helix.civil-society">civil society|公民社会</l:l>
    <l:l k="why.will.partner">Is looking for a partner|正在寻找合作伙伴</l:l>
    <l:l k="why.will.peer">Is open to peer-to-peer exchanges|愿意开展对等交流</l:l>
    <l:l k="why.will.peer.next">is open to peer-to-peer exchanges|愿意开展对等交流</l:l>
    <l:l k="why.will.joint">Wants a joint project|希望开展联合项目</l:l>
    <l:l k="why.will.joint.next">wants a joint project|希望开展联合项目</l:l>
    <l:l k="why.peer">Cities like {1} chose {2}: {3}, which also works with {4}, works with {2}.|与{1}相似的城市选择了{2}：同样与{4}合作的{3}也与{2}合作。</l:l>
    <l:l k="why.peer.since">Cities like {1} chose {2}: {3}, which also works with {4}, has worked with {2} since {5}.|与{1}相似的城市选择了{2}：同样与{4}合作的{3}自{5}年起与{2}合作。</l:l>
    <l:l k="why.net.region">{1}, in the same region as {2}|{1}与{2}同属一个地区，</l:l>
    <l:l k="why.net.twin">{1}, a twin city of {2}|{1}是{2}的友好城市，</l:l>
    <l:l k="why.net.partner">{1}, a partner of {2}|{1}是{2}的合作伙伴，</l:l>
    <l:l k="why.net.twinned.since">, has been twinned with {1} since {2}.|自{2}年起与{1}结为友好城市。</l:l>
    <l:l k="why.net.twinned">, is twinned with {1}.|与{1}是友好城市。</l:l>
    <l:l k="why.net.works.since">, has worked with {1} since {2}.|自{2}年起与{1}合作。</l:l>
    <l:l k="why.net.works">, works with {1}.|与{1}有合作关系。</l:l>
    <l:l k="why.contacts.diaspora">A diaspora community links {1} and {2}.|{1}与{2}之间有侨民社群的纽带。</l:l>
    <l:l k="why.contacts.orgs">Organisations in {1} and {2} are already in contact.|{1}与{2}的机构之间已有联系。</l:l>
    <l:l k="why.contacts.city-region">{3}, the region of {1}, works with {2}.|{1}所在的{3}与{2}有合作关系。</l:l>
    <l:l k="why.contacts.candidate-region">{1} works with {4}, the region of {2}.|{1}与{2}所在的{4}有合作关系。</l:l>
    <l:l k="why.contacts.regions">{3} and {4}, the regions of {1} and {2}, work together.|{1}所在的{3}与{2}所在的{4}有合作关系。</l:l>
    <l:l k="why.structure">Both are|两者</l:l>
    <l:l k="why.structure.admin"> {1}|都是{1}</l:l>
    <l:l k="why.structure.coastal-admin"> coastal {1}|都是沿海{1}</l:l>
    <l:l k="why.structure.inland-admin"> inland {1}|都是内陆{1}</l:l>
    <l:l k="why.structure.coastal"> coastal|都位于沿海</l:l>
    <l:l k="why.structure.inland"> inland|都位于内陆</l:l>
    <l:l k="why.structure.size.after-admin"> of similar size|，人口规模相近</l:l>
    <l:l k="why.structure.size.after-coast"> and of similar size|，人口规模相近</l:l>
    <l:l k="why.structure.size"> of similar size|人口规模相近</l:l>
    <l:l k="why.admin.city">cities|城市</l:l>
    <l:l k="why.admin.metropolitan">metropolitan areas|都市区</l:l>
    <l:l k="why.admin.county">counties|县</l:l>
    <l:l k="why.admin.district">districts|区</l:l>
    <l:l k="why.admin.region">regions|地区</l:l>
    <l:l k="why.saturation">Already has {1} Europe-China partnerships, which may leave little room for a new one.|已有{1}个中欧伙伴关系，可能难以再投入新的合作。</l:l>
    <!-- charts (issue 17): the text the charts and dashboards write into their SVG (lib/chart*.c,
         lib/dashboard*.c, lib/kpi_computed.c), keys chart.; they also use side.europe,
         side.china, alert.today and gd.current.  Spaces at either end are part of the text. -->
    <l:l k="chart.no-data">No data|无数据</l:l>
    <l:l k="chart.target">target|目标</l:l>
    <!-- The agreements' timeline of a partnership's dashboard (lib/dashboard_agreements.c). -->
    <l:l k="chart.ag.title">Agreements from signature to expiry|协议从签署到到期</l:l>
    <l:l k="chart.ag.no-data">No dated agreement|没有注明日期的协议</l:l>
    <l:l k="chart.ag.signed">signed|签署</l:l>
    <l:l k="chart.ag.valid-until">, valid until |，有效期至 </l:l>
    <l:l k="chart.ag.next-renewal">, next renewal |，下次续签 </l:l>
    <l:l k="chart.ag.within-90"> (within 90 days)|（90 天内）</l:l>
    <!-- A city's dashboard: one bar chart per measure (lib/dashboard_city.c). -->
    <l:l k="chart.city.agreements">Agreements signed, by partner city|各伙伴城市签署的协议</l:l>
    <l:l k="chart.city.activities">Joint activities, by partner city|各伙伴城市的合作活动</l:l>
    <l:l k="chart.city.events">Events in either city, by partner city|各伙伴关系两市的活动</l:l>
    <l:l k="chart.city.kpi-values">KPI values entered, by partner city|各伙伴关系填报的指标数值</l:l>
    <!-- The overview (lib/dashboard_overview.c). -->
    <l:l k="chart.ov.by-country">Partnerships by country|各国伙伴关系数量</l:l>
    <l:l k="chart.ov.by-area">Partnerships by cooperation area|各合作领域的伙伴关系数量</l:l>
    <l:l k="chart.ov.per-year">New partnerships per year|每年新建的伙伴关系</l:l>
    <l:l k="chart.ov.unit">partnerships|个伙伴关系</l:l>
    <l:l k="chart.ov.map">Partner cities in Europe and China|欧洲与中国的伙伴城市</l:l>
    <l:l k="chart.ov.map.desc">Circles are European cities, squares Chinese ones; an arc joins each pair of partners.|圆点为欧洲城市，方块为中国城市，弧线连接伙伴城市。</l:l>
    <!-- The computed indicators' names when the kpis table has no row of their slug
         (lib/kpi_computed.c). -->
    <l:l k="chart.kpi.joint-projects">Joint projects|联合项目数量与价值</l:l>
    <l:l k="chart.kpi.partner-participation-in-events">Partner city participation in key local events|伙伴城市参与本市重要活动情况</l:l>
    <l:l k="chart.kpi.agreements-signed">Agreements signed|签署的协议数量</l:l>
    <!-- The cooperation cycle (lib/chart_cycle.c): {1} a step's or loop's number, {2} its
         name; the description is intro, the steps, steps.end, current-step, loops, the
         loops, end. -->
    <l:l k="chart.cycle.title">The cooperation cycle: eight steps and four loops|合作循环：八个步骤与四个循环</l:l>
    <l:l k="chart.cycle.intro">The eight steps of the city-to-city cooperation narrative in a ring: |城市间合作叙事的八个步骤呈环形排列：</l:l>
    <l:l k="chart.cycle.step">{1} {2}|{1} {2}</l:l>
    <l:l k="chart.cycle.step.next">, {1} {2}|，{1} {2}</l:l>
    <l:l k="chart.cycle.steps.end">. |。</l:l>
    <l:l k="chart.cycle.current-step">Current step: {1} {2}. |当前步骤：{1} {2}。</l:l>
    <l:l k="chart.cycle.loops">Loops: |循环：</l:l>
    <l:l k="chart.cycle.loop">{1} {2} (|{1} {2} (</l:l>
    <l:l k="chart.cycle.loop.next">; {1} {2} (|；{1} {2} (</l:l>
    <l:l k="chart.cycle.no-steps">steps not stated in the report|报告未说明步骤</l:l>
    <l:l k="chart.cycle.steps">steps |步骤 </l:l>
    <l:l k="chart.cycle.loop.end">)|)</l:l>
    <l:l k="chart.cycle.current-loop">, the current loop|，当前循环</l:l>
    <l:l k="chart.cycle.end">.|。</l:l>
    <!-- A step's tooltip ({3}: chart.cycle.current or nothing) and a loop's legend. -->
    <l:l k="chart.cycle.step.tip">Step {1}: {2}{3}|步骤 {1}：{2}{3}</l:l>
    <l:l k="chart.cycle.current"> (current)|（当前）</l:l>
    <l:l k="chart.cycle.no-steps.short"> (steps not stated)|（报告未说明步骤）</l:l>
    <!-- audit.xsl (issue 17): its texts, once written inline in the stylesheet. -->
    <l:l k="au.audit-log">Audit log|审计日志</l:l>
    <l:l k="au.when-utc">When (UTC)|时间（UTC）</l:l>
    <l:l k="au.who">Who|操作者</l:l>
    <l:l k="au.what">What|内容</l:l>
    <l:l k="au.before">Before|修改前</l:l>
    <l:l k="au.after">After|修改后</l:l>
    <l:l k="au.older-changes">Older changes|更早的修改</l:l>
    <!-- interests.xsl (issue 17): its texts, once written inline in the stylesheet. -->
    <l:l k="eoi.expressions-of-interest">Expressions of interest: |合作意向：</l:l>
    <l:l k="eoi.pending">pending|待答复</l:l>
    <l:l k="eoi.accepted">accepted|已接受</l:l>
    <l:l k="eoi.declined">declined|已谢绝</l:l>
    <l:l k="eoi.expired">expired|已过期</l:l>
    <l:l k="eoi.a-city-cannot-express">A city cannot express interest in itself.|城市不能向自己表达合作意向。</l:l>
    <l:l k="eoi.the-candidate-must-be">The candidate must be a city on the other side (Europe or China).|对方必须是另一方（欧洲或中国）的城市。</l:l>
    <l:l k="eoi.there-is-no-such">There is no such city.|没有这个城市。</l:l>
    <l:l k="eoi.one-of-the-areas">One of the areas does not exist.|某个合作领域不存在。</l:l>
    <l:l k="eoi.an-expression-of-interest">An expression of interest between these two cities is already waiting for an answer.|这两个城市之间已有一份待答复的合作意向。</l:l>
    <l:l k="eoi.these-cities-are-partners">These cities are partners already.|这两个城市已是合作伙伴。</l:l>
    <l:l k="eoi.this-city-declined-your">This city declined your expression of interest less than six months ago.|对方在六个月内谢绝过贵市的合作意向。</l:l>
    <l:l k="eoi.your-city-has-sent">Your city has sent as many expressions of interest as it may in 30 days.|贵市30天内发送的合作意向已达上限。</l:l>
    <l:l k="eoi.this-expression-of-interest">This expression of interest has been answered already.|此合作意向已答复。</l:l>
    <l:l k="eoi.this-expression-of-interest-2">This expression of interest has expired.|此合作意向已过期。</l:l>
    <l:l k="eoi.someone-else-changed-this">Someone else changed this since the page was made; nothing was stored. Reload the page.|页面生成后已有他人修改；未保存任何内容。请刷新页面。</l:l>
    <l:l k="eoi.you-may-not-answer">You may not answer for this city.|您无权代表该城市答复。</l:l>
    <l:l k="eoi.nothing-was-stored-please">Nothing was stored. Please correct the fields marked below.|未保存任何内容。请修改下方标出的字段。</l:l>
    <l:l k="eoi.focal-point">Focal point|联络人</l:l>
    <l:l k="eoi.past-its-time">past its time|已逾期</l:l>
    <l:l k="eoi.sent">Sent |发送于 </l:l>
    <l:l k="eoi.expires">, expires |，到期 </l:l>
    <l:l k="eoi.answered">, answered |，答复于 </l:l>
    <l:l k="eoi.why-this-partner-was">Why this partner was considered|选择该伙伴的理由</l:l>
    <l:l k="eoi.match-score"> (match score |（匹配得分 </l:l>
    <l:l k="eoi.text">)|）</l:l>
    <l:l k="eoi.answer">Answer: |答复：</l:l>
    <l:l k="eoi.the-partnership">The partnership|合作关系</l:l>
    <l:l k="eoi.answer-required-to-decline">Answer (required to decline)|答复（谢绝时必填）</l:l>
    <l:l k="eoi.accept">Accept|接受</l:l>
    <l:l k="eoi.decline">Decline|谢绝</l:l>
    <l:l k="eoi.signed-in-as">Signed in as |当前用户：</l:l>
    <l:l k="eoi.only-the-editors-of">Only the editors of the two cities see an expression of interest; focal points are shown once the candidate accepts. Every change is kept in the audit log.|合作意向仅对双方城市的编辑可见；对方接受后双方可见彼此的联络人。每次修改都会记入审计日志。</l:l>
    <l:l k="eoi.suggested-partners">Suggested partners|推荐伙伴</l:l>
    <l:l k="eoi.received">Received|收到的意向</l:l>
    <l:l k="eoi.none">None.|无。</l:l>
    <l:l k="eoi.sent-2">Sent|发出的意向</l:l>
    <l:l k="eoi.express-interest-in-a">Express interest in a city|向城市表达合作意向</l:l>
    <l:l k="eoi.candidate-city-its-short">Candidate city (its short name, as in its address) *|对方城市（网址中的简称）*</l:l>
    <l:l k="eoi.areas-proposed">Areas proposed *|拟议合作领域 *</l:l>
    <l:l k="eoi.message">Message *|留言 *</l:l>
    <l:l k="eoi.send">Send|发送</l:l>
    <l:l k="eoi.your-focal-point-private">Your focal point (private)|本市联络人（不公开）</l:l>
    <l:l k="eoi.name">Name *|姓名 *</l:l>
    <l:l k="eoi.role">Role|职务</l:l>
    <l:l k="eoi.e-mail">E-mail|电子邮件</l:l>
    <l:l k="eoi.phone">Phone|电话</l:l>
    <l:l k="eoi.save">Save|保存</l:l>
    <!-- kpi-value.xsl (issue 17): its texts, once written inline in the stylesheet. -->
    <l:l k="kval.an-illustrative-sample-for">An illustrative sample for the demo, not a real figure.|演示用的示例数据，并非真实数字。</l:l>
    <l:l k="kval.this-value-was-corrected">This value was corrected: |该数值已被更正：</l:l>
    <l:l k="kval.period">Period|期间</l:l>
    <l:l k="kval.partnership">Partnership|合作关系</l:l>
    <l:l k="kval.city">City|城市</l:l>
    <l:l k="kval.value">Value|数值</l:l>
    <l:l k="kval.score-1-5">Score (1-5)|评分（1-5）</l:l>
    <l:l k="kval.comment">Comment|备注</l:l>
    <l:l k="kval.source">Source|来源</l:l>
    <l:l k="kval.confidence">Confidence|可信度</l:l>
    <l:l k="kval.corrects">Corrects|更正</l:l>
    <l:l k="kval.entered">Entered|录入时间</l:l>
    <!-- The roles of the people who edit (lib/auth.h), as the editing pages name them. -->
    <l:l k="urole.reader">reader|读者</l:l>
    <l:l k="urole.editor">editor|编辑</l:l>
    <l:l k="urole.admin">administrator|管理员</l:l>
  </l:labels>
  <xsl:key name="label" match="l:l" use="@k"/>

  <!-- Whether an indicator was entered or computed, and from what: "computed · computed
       from 7 activities" (the provenance of a computed indicator, lib/kpi.h). -->
  <xsl:template name="kpi-origin">
    <span class="badge">
      <xsl:call-template name="label"><xsl:with-param name="key" select="concat('kpi.origin.', @origin)"/></xsl:call-template>
    </span>
    <xsl:if test="@origin = 'computed'">
      <xsl:text> </xsl:text>
      <span class="note">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'kpi.computed-from'"/></xsl:call-template>
        <xsl:value-of select="@items"/>
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat('kpi.source.', @source)"/></xsl:call-template>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The id of an indicator's block: a computed twin has its own. -->
  <xsl:template name="kpi-id">
    <xsl:value-of select="concat('kpi-', @slug)"/>
    <xsl:if test="@origin = 'computed'">-computed</xsl:if>
  </xsl:template>

  <xsl:template name="label">
    <xsl:param name="key"/>
    <xsl:choose>
      <!-- c2c.fcgi reads the table below once and offers l:label(key, lang), which does
           what the rest of this template does, without a result tree fragment per call. -->
      <xsl:when test="function-available('l:label')"><xsl:value-of select="l:label($key, $lang)"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="label-from-table"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The label for another XSLT processor (xsltproc): found with key() in this file,
       which it parses again for every page. -->
  <xsl:template name="label-from-table">
    <xsl:param name="key"/>
    <xsl:variable name="pair">
      <!-- key() works in the current document: switch to this stylesheet's. -->
      <xsl:for-each select="document('')"><xsl:value-of select="key('label', $key)"/></xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <!-- An unknown key (a code added to the data later): show it readably. -->
      <xsl:when test="string($pair) = ''">
        <xsl:value-of select="translate(substring-after($key, '.'), '_', ' ')"/>
        <xsl:if test="not(contains($key, '.'))"><xsl:value-of select="$key"/></xsl:if>
      </xsl:when>
      <xsl:when test="$lang = 'zh'"><xsl:value-of select="substring-after($pair, '|')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring-before($pair, '|')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A code of the data as a label: group "pkind" and value "mou" give "pkind.mou". -->
  <xsl:template name="code">
    <xsl:param name="group"/>
    <xsl:param name="value"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="concat($group, '.', $value)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Who is signed in, as the editing pages say it: "name (role, city)", the role in the
       page's language, the city by its slug. -->
  <xsl:template name="signed-in-user">
    <xsl:param name="user" select="/*/c:user"/>
    <strong><xsl:value-of select="$user/@name"/></strong>
    <xsl:text> (</xsl:text>
    <xsl:call-template name="code">
      <xsl:with-param name="group" select="'urole'"/>
      <xsl:with-param name="value" select="$user/@role"/>
    </xsl:call-template>
    <xsl:if test="$user/@city">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'comma'"/></xsl:call-template>
      <xsl:value-of select="$user/@city"/>
    </xsl:if>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <xsl:template name="yes-no">
    <xsl:param name="value"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="string($value) = '1'">yes</xsl:when>
          <xsl:otherwise>no</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================== names -->

  <!-- A city (any element with name[@xml:lang] and local-name children) in both scripts:
       the page language's name first, the other beside it, and the local name when it
       differs from both (Münster, Θεσσαλονίκη). -->
  <xsl:template name="names">
    <xsl:param name="node" select="."/>
    <xsl:variable name="en" select="string($node/c:name[@xml:lang = 'en'])"/>
    <xsl:variable name="zh" select="string($node/c:name[@xml:lang = 'zh'])"/>
    <xsl:variable name="local" select="string($node/c:local-name)"/>
    <span class="names">
      <xsl:choose>
        <xsl:when test="$lang = 'zh' and $zh != ''">
          <span lang="zh"><xsl:value-of select="$zh"/></span>
          <xsl:if test="$en != '' and $en != $zh">
            <xsl:text> </xsl:text>
            <span class="alt" lang="en"><xsl:value-of select="$en"/></span>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <span lang="en">
            <xsl:value-of select="$en"/>
            <xsl:if test="$en = ''"><xsl:value-of select="$local"/></xsl:if>
          </span>
          <xsl:if test="$zh != '' and $zh != $en">
            <xsl:text> </xsl:text>
            <span class="alt" lang="zh"><xsl:value-of select="$zh"/></span>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$local != '' and $local != $en and $local != $zh">
        <xsl:text> </xsl:text>
        <span class="alt local"><xsl:value-of select="$local"/></span>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- The same as plain text, for <title>. -->
  <xsl:template name="names-text">
    <xsl:param name="node" select="."/>
    <xsl:variable name="en" select="string($node/c:name[@xml:lang = 'en'])"/>
    <xsl:variable name="zh" select="string($node/c:name[@xml:lang = 'zh'])"/>
    <xsl:choose>
      <xsl:when test="$lang = 'zh' and $zh != ''">
        <xsl:value-of select="$zh"/>
        <xsl:if test="$en != $zh"><xsl:value-of select="concat(' ', $en)"/></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$en"/>
        <xsl:if test="$zh != '' and $zh != $en"><xsl:value-of select="concat(' ', $zh)"/></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A city's names linked to its page. -->
  <xsl:template name="city-link">
    <xsl:param name="node" select="."/>
    <a href="{$base}/cities/{$node/@slug}{$lang-q}">
      <xsl:call-template name="names"><xsl:with-param name="node" select="$node"/></xsl:call-template>
    </a>
  </xsl:template>

  <!-- A city that the data may name by slug only (the agreements, activities and KPI
       value lists): its names when the element has them, else the slug, linked. -->
  <xsl:template name="city-ref">
    <xsl:param name="node" select="."/>
    <xsl:param name="slug" select="string($node/@slug)"/>
    <xsl:choose>
      <xsl:when test="$node/c:name">
        <xsl:call-template name="city-link"><xsl:with-param name="node" select="$node"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$slug != ''">
        <a href="{$base}/cities/{$slug}{$lang-q}"><xsl:value-of select="$slug"/></a>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The partnership an item of a list belongs to (context: the item; its
       <partnership id="21" europe="belfast" china="shenyang"/>): the number linked to
       the partnership's page, then the two cities, named when the item carries
       <europe>/<china> with names, else by slug. -->
  <xsl:template name="pair-ref">
    <xsl:variable name="p" select="c:partnership"/>
    <xsl:variable name="e" select="(c:europe | $p/c:europe)[1]"/>
    <xsl:variable name="z" select="(c:china | $p/c:china)[1]"/>
    <xsl:if test="$p/@id">
      <a href="{$base}/partnerships/{$p/@id}{$lang-q}">#<xsl:value-of select="$p/@id"/></a>
      <xsl:if test="$p/@europe or $e or $p/@china or $z">
        <br/>
        <xsl:call-template name="city-ref">
          <xsl:with-param name="node" select="$e"/>
          <xsl:with-param name="slug" select="string(($e/@slug | $p/@europe)[1])"/>
        </xsl:call-template>
        <xsl:text> – </xsl:text>
        <xsl:call-template name="city-ref">
          <xsl:with-param name="node" select="$z"/>
          <xsl:with-param name="slug" select="string(($z/@slug | $p/@china)[1])"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- An area named by slug only (activities): its name from the <areas> of the document
       when there, else the slug; linked to $href-prefix + slug. -->
  <xsl:template name="area-ref">
    <xsl:param name="slug"/>
    <xsl:param name="href-prefix"/>
    <xsl:variable name="area" select="/*/c:areas/c:area[@slug = $slug]"/>
    <xsl:if test="$slug != ''">
      <a href="{$base}{$href-prefix}{$slug}{$lang-amp}">
        <xsl:choose>
          <xsl:when test="$area">
            <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="$area/c:name"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$slug"/></xsl:otherwise>
        </xsl:choose>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- Names of a country or an area (name or country elements with xml:lang): the page
       language's one, the other in muted type when asked for. -->
  <xsl:template name="lang-pick">
    <xsl:param name="nodes"/>
    <xsl:param name="both" select="false()"/>
    <xsl:variable name="mine" select="string($nodes[@xml:lang = $lang])"/>
    <xsl:variable name="other" select="string($nodes[@xml:lang != $lang])"/>
    <xsl:choose>
      <xsl:when test="$mine != ''"><xsl:value-of select="$mine"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$other"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$both and $mine != '' and $other != '' and $other != $mine">
      <xsl:text> </xsl:text>
      <span class="alt" lang="{$nodes[@xml:lang != $lang]/@xml:lang}"><xsl:value-of select="$other"/></span>
    </xsl:if>
  </xsl:template>

  <!-- Areas as a list of tags, each linking to a list filtered by it ($href-prefix is
       e.g. "/cities?area="). -->
  <xsl:template name="area-tags">
    <xsl:param name="areas"/>
    <xsl:param name="href-prefix" select="'/cities?area='"/>
    <xsl:if test="$areas">
      <ul class="tags">
        <xsl:for-each select="$areas">
          <li>
            <a href="{$base}{$href-prefix}{@slug}{$lang-amp}">
              <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
            </a>
            <xsl:if test="@role">
              <xsl:text> (</xsl:text>
              <xsl:call-template name="code">
                <xsl:with-param name="group" select="'role'"/>
                <xsl:with-param name="value" select="@role"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================== numbers, dates -->

  <xsl:template name="number">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string(number($value)) = 'NaN'"><xsl:value-of select="$value"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($value, '#,##0.##')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "2019-12-31T00:00:00Z" -> "2019-12-31"; dates and partial dates stay as they are. -->
  <xsl:template name="day">
    <xsl:param name="value"/>
    <xsl:value-of select="substring($value, 1, 10)"/>
  </xsl:template>

  <!-- "2026-11-29T16:21:02.045125Z" -> "2026-11-29 16:21 UTC" (dates stay as they are). -->
  <xsl:template name="stamp">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="contains($value, 'T')">
        <xsl:value-of select="concat(substring($value, 1, 10), ' ', substring($value, 12, 5), ' ')"/>
        <abbr>
          <xsl:attribute name="title">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'utc'"/></xsl:call-template>
          </xsl:attribute>
          <xsl:text>UTC</xsl:text>
        </abbr>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One end of an event: a date (all-day) or "YYYY-MM-DD HH:MM" (UTC).  $same-day
       drops the date part of an end that falls on the start's day. -->
  <xsl:template name="moment">
    <xsl:param name="value"/>
    <xsl:param name="same-day" select="false()"/>
    <xsl:choose>
      <xsl:when test="contains($value, 'T')">
        <xsl:if test="not($same-day)"><xsl:value-of select="concat(substring($value, 1, 10), ' ')"/></xsl:if>
        <xsl:value-of select="substring($value, 12, 5)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The dates of an event (context: the event element). -->
  <xsl:template name="event-dates">
    <xsl:variable name="start" select="string(c:start)"/>
    <xsl:variable name="end" select="string(c:end)"/>
    <xsl:variable name="timed" select="contains($start, 'T')"/>
    <xsl:call-template name="moment"><xsl:with-param name="value" select="$start"/></xsl:call-template>
    <xsl:if test="$end != '' and $end != $start">
      <xsl:text> – </xsl:text>
      <xsl:call-template name="moment">
        <xsl:with-param name="value" select="$end"/>
        <xsl:with-param name="same-day" select="$timed and substring($start, 1, 10) = substring($end, 1, 10)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$timed">
      <xsl:text> </xsl:text>
      <abbr>
        <xsl:attribute name="title">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'utc'"/></xsl:call-template>
        </xsl:attribute>
        <xsl:text>UTC</xsl:text>
      </abbr>
    </xsl:if>
  </xsl:template>

  <!-- An event's status as a word (never colour alone); nothing for plain "confirmed". -->
  <xsl:template name="event-status">
    <xsl:param name="status" select="@status"/>
    <span class="badge {$status}">
      <xsl:call-template name="code">
        <xsl:with-param name="group" select="'estatus'"/>
        <xsl:with-param name="value" select="$status"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- A calendar source's health as a word (context: the source element); the urgent
       ones marked so that they stand out without relying on colour. -->
  <xsl:template name="source-health">
    <xsl:param name="health" select="string(@health)"/>
    <span>
      <xsl:attribute name="class">
        <xsl:text>badge</xsl:text>
        <xsl:if test="$health = 'failing' or $health = 'overdue'"> warn</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="code">
        <xsl:with-param name="group" select="'shealth'"/>
        <xsl:with-param name="value" select="$health"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- ================================================================== URLs -->

  <!-- $url without the query parameter $name. -->
  <xsl:template name="url-without">
    <xsl:param name="url"/>
    <xsl:param name="name"/>
    <xsl:variable name="path" select="substring-before(concat($url, '?'), '?')"/>
    <xsl:variable name="q" select="concat('&amp;', substring-after($url, '?'), '&amp;')"/>
    <xsl:variable name="key" select="concat('&amp;', $name, '=')"/>
    <xsl:choose>
      <xsl:when test="contains($q, $key)">
        <xsl:variable name="rest"
            select="concat(substring-before($q, $key), '&amp;',
                           substring-after(substring-after($q, $key), '&amp;'))"/>
        <xsl:variable name="inner" select="substring($rest, 2, string-length($rest) - 2)"/>
        <xsl:value-of select="$path"/>
        <xsl:if test="$inner != ''"><xsl:value-of select="concat('?', $inner)"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$url"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The value of parameter $name as the server validated it (<filter>), so that a filter
       form shows what the list was asked for. -->
  <xsl:template name="param">
    <xsl:param name="name"/>
    <xsl:value-of select="/*/c:filter/@*[local-name() = $name]"/>
  </xsl:template>

  <!-- ================================================================== forms, lists -->

  <!-- Opening of every filter form: carries the language on when the URL chose it. -->
  <xsl:template name="form-lang">
    <xsl:if test="$lang-in-url">
      <input type="hidden" name="lang" value="{$lang}"/>
    </xsl:if>
  </xsl:template>

  <!-- A labelled text-like input pre-filled from the page's URL. -->
  <xsl:template name="field">
    <xsl:param name="name"/>
    <xsl:param name="key"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="pattern" select="''"/>
    <xsl:param name="maxlength" select="''"/>
    <xsl:param name="class" select="''"/>
    <xsl:param name="inputmode" select="''"/>
    <xsl:variable name="value">
      <xsl:call-template name="param"><xsl:with-param name="name" select="$name"/></xsl:call-template>
    </xsl:variable>
    <label>
      <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      <xsl:if test="$hint != ''">
        <span class="flt-hint">
          <xsl:call-template name="label"><xsl:with-param name="key" select="$hint"/></xsl:call-template>
        </span>
      </xsl:if>
      <input type="{$type}" name="{$name}" value="{$value}">
        <xsl:if test="$pattern != ''"><xsl:attribute name="pattern"><xsl:value-of select="$pattern"/></xsl:attribute></xsl:if>
        <xsl:if test="$maxlength != ''"><xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute></xsl:if>
        <xsl:if test="$class != ''"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
        <xsl:if test="$inputmode != ''"><xsl:attribute name="inputmode"><xsl:value-of select="$inputmode"/></xsl:attribute></xsl:if>
        <xsl:if test="$type = 'number'">
          <xsl:attribute name="min">1</xsl:attribute>
          <xsl:attribute name="max">500</xsl:attribute>
        </xsl:if>
      </input>
    </label>
  </xsl:template>

  <!-- A <select> of codes: $codes is a space-separated list, each labelled "$group.code";
       the first option, "any", submits an empty value, which the server ignores. -->
  <xsl:template name="code-select">
    <xsl:param name="name"/>
    <xsl:param name="key"/>
    <xsl:param name="group"/>
    <xsl:param name="codes"/>
    <xsl:variable name="current">
      <xsl:call-template name="param"><xsl:with-param name="name" select="$name"/></xsl:call-template>
    </xsl:variable>
    <label>
      <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      <select name="{$name}">
        <option value="">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'any'"/></xsl:call-template>
        </option>
        <xsl:call-template name="code-options">
          <xsl:with-param name="group" select="$group"/>
          <xsl:with-param name="codes" select="normalize-space($codes)"/>
          <xsl:with-param name="current" select="string($current)"/>
        </xsl:call-template>
      </select>
    </label>
  </xsl:template>

  <xsl:template name="code-options">
    <xsl:param name="group"/>
    <xsl:param name="codes"/>
    <xsl:param name="current"/>
    <xsl:if test="$codes != ''">
      <xsl:variable name="code" select="substring-before(concat($codes, ' '), ' ')"/>
      <option value="{$code}">
        <xsl:if test="$code = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:call-template name="code">
          <xsl:with-param name="group" select="$group"/>
          <xsl:with-param name="value" select="$code"/>
        </xsl:call-template>
      </option>
      <xsl:call-template name="code-options">
        <xsl:with-param name="group" select="$group"/>
        <xsl:with-param name="codes" select="substring-after($codes, ' ')"/>
        <xsl:with-param name="current" select="$current"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The area <select>, from the <areas> the server adds to HTML list pages; a slug
       field when it is missing. -->
  <xsl:template name="area-select">
    <xsl:variable name="current">
      <xsl:call-template name="param"><xsl:with-param name="name" select="'area'"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="/*/c:areas/c:area">
        <label>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'area'"/></xsl:call-template>
          <select name="area">
            <option value="">
              <xsl:call-template name="label"><xsl:with-param name="key" select="'any'"/></xsl:call-template>
            </option>
            <xsl:for-each select="/*/c:areas/c:area">
              <option value="{@slug}">
                <xsl:if test="@slug = string($current)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:call-template name="lang-pick"><xsl:with-param name="nodes" select="c:name"/></xsl:call-template>
              </option>
            </xsl:for-each>
          </select>
        </label>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'area'"/>
          <xsl:with-param name="key" select="'area'"/>
          <xsl:with-param name="pattern" select="'[a-z0-9]+(-[a-z0-9]+)*'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Submit and "clear" (the bare list, keeping the language the URL chose). -->
  <xsl:template name="form-buttons">
    <xsl:param name="path"/>
    <span class="flt-buttons">
      <button type="submit">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'apply'"/></xsl:call-template>
      </button>
      <a href="{$base}{$path}{$lang-q}">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'reset'"/></xsl:call-template>
      </a>
    </span>
  </xsl:template>

  <!-- "Shown on this page: N cities". -->
  <xsl:template name="count-line">
    <xsl:param name="what"/>
    <p class="muted">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'shown'"/></xsl:call-template>
      <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
      <strong><xsl:value-of select="/*/@count"/></strong>
      <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
      <xsl:call-template name="label"><xsl:with-param name="key" select="concat('count.', $what)"/></xsl:call-template>
      <xsl:if test="/*/c:next">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'semicolon'"/></xsl:call-template>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'more'"/></xsl:call-template>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- With updated_since= a list holds the changes only (for mirrors): say so, and up to
       when (as-of, the time to ask from next). -->
  <xsl:template name="sync-note">
    <xsl:if test="/*/c:filter/@updated_since or /*/@as-of">
      <p class="note">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'sync.note'"/></xsl:call-template>
        <xsl:if test="/*/c:filter/@updated_since">
          <xsl:text> </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'sync.since'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
          <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(/*/c:filter/@updated_since)"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="/*/@as-of">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'semicolon'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'sync.as-of'"/></xsl:call-template>
          <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
          <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(/*/@as-of)"/></xsl:call-template>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- A tombstone (<agreement id="3" deleted="..."/>, from updated_since=) as a table
       row: "#3: deleted on 2026-11-29 16:21 UTC".  $key names the wording ("deleted-on",
       or "superseded-on" for KPI values, which are replaced by corrections). -->
  <xsl:template name="tombstone-row">
    <xsl:param name="columns"/>
    <xsl:param name="key" select="'deleted-on'"/>
    <tr class="deleted-row">
      <td colspan="{$columns}">
        <xsl:choose>
          <xsl:when test="@id"><xsl:value-of select="concat('#', @id)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@slug"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'colon'"/></xsl:call-template>
        <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
        <xsl:if test="$lang = 'en'"><xsl:text> </xsl:text></xsl:if>
        <xsl:call-template name="stamp"><xsl:with-param name="value" select="string(@deleted)"/></xsl:call-template>
        <xsl:call-template name="label"><xsl:with-param name="key" select="concat($key, '.end')"/></xsl:call-template>
      </td>
    </tr>
  </xsl:template>

  <!-- Paging: the next page as the server linked it, and back to the first. -->
  <xsl:template name="pager">
    <xsl:variable name="paged" select="starts-with($self-query, 'after=') or contains($self-query, '&amp;after=')"/>
    <xsl:if test="/*/c:next or $paged">
      <div class="pager" role="navigation">
        <xsl:if test="$paged">
          <a>
            <xsl:attribute name="href">
              <xsl:call-template name="url-without">
                <xsl:with-param name="url" select="$self"/>
                <xsl:with-param name="name" select="'after'"/>
              </xsl:call-template>
            </xsl:attribute>
            <xsl:call-template name="label"><xsl:with-param name="key" select="'first'"/></xsl:call-template>
          </a>
        </xsl:if>
        <xsl:for-each select="/*/c:next">
          <a href="{@href}" rel="next">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'next'"/></xsl:call-template>
          </a>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A "term: value" row of a definition list, skipped when the value is absent. -->
  <xsl:template name="fact">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value) != ''">
      <dt><xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template></dt>
      <dd><xsl:value-of select="$value"/></dd>
    </xsl:if>
  </xsl:template>

  <!-- Comma-separated codes (a SQL SET such as "table2_2019,text") as labels. -->
  <xsl:template name="code-list">
    <xsl:param name="group"/>
    <xsl:param name="codes"/>
    <xsl:param name="sep" select="', '"/>
    <xsl:if test="$codes != ''">
      <xsl:call-template name="code">
        <xsl:with-param name="group" select="$group"/>
        <xsl:with-param name="value" select="substring-before(concat($codes, ','), ',')"/>
      </xsl:call-template>
      <xsl:if test="contains($codes, ',')">
        <xsl:value-of select="$sep"/>
        <xsl:call-template name="code-list">
          <xsl:with-param name="group" select="$group"/>
          <xsl:with-param name="codes" select="substring-after($codes, ',')"/>
          <xsl:with-param name="sep" select="$sep"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- Partnership kind, with "form not stated" when the data has none. -->
  <xsl:template name="pkind">
    <xsl:param name="kind" select="@kind"/>
    <xsl:call-template name="code">
      <xsl:with-param name="group" select="'pkind'"/>
      <xsl:with-param name="value" select="string($kind)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="pstatus">
    <xsl:param name="status" select="@status"/>
    <span class="badge {$status}">
      <xsl:call-template name="code">
        <xsl:with-param name="group" select="'pstatus'"/>
        <xsl:with-param name="value" select="$status"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- Only http(s) addresses from the data become links. -->
  <xsl:template name="external-link">
    <xsl:param name="url"/>
    <xsl:param name="key"/>
    <xsl:if test="starts-with($url, 'https://') or starts-with($url, 'http://')">
      <xsl:text> (</xsl:text>
      <a href="{$url}" rel="external noopener">
        <xsl:call-template name="label"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </a>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Nothing of the XML is copied through by accident. -->
  <xsl:template match="text()" mode="page"/>

</xsl:stylesheet>
