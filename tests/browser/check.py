#!/usr/bin/python3
"""check.py [--axe AXE.JS] BASE OUTDIR: every page kind of a running c2c, as a visitor sees
it, in one WebDriver session of headless Chromium (Debian's chromium and chromium-driver,
python3-selenium).  For each page (the public ones, /healthz, and the editing pages signed
in as carol, an admin), in English and Chinese (lang=zh), at 1280 and 360 px:

  - the page loads (200) and logs nothing to the console (script errors, CSP violations);
  - layout: nothing of the header is drawn outside the header's box and no two of its
    links or texts overlap; the first <h1> is below the header; at 360 px the page does
    not scroll sideways; a table wider than the screen scrolls inside a box of its own;
  - accessibility (1280 px): axe-core finds no serious or critical violation; in dark mode
    (prefers-color-scheme: dark) and forced colours (forced-colors: active) its
    color-contrast rule passes;
  - keyboard (1280 px): the first Tab reaches the skip link, shown on screen; following
    it moves focus into the main content; every form gets focus by Tab and has a submit
    control;
  - full-page screenshots OUTDIR/<page>.<lang>.<width>.png and OUTDIR/contact.html;
  - charts: every <svg role="img"> has a <title> (the dashboards must have some);
  - print: the partnership dashboard printed to PDF (Page.printToPDF) in A4 and Letter,
    OUTDIR/partnership.a4.pdf and .letter.pdf; pdftotext finds the page's <h1> in it,
    and the navigation and forms are not; the charts are drawn: the PDF's content streams
    paint at least 3 more paths per chart than the same page printed without its <svg>s.

Prints one "ok NAME" or "not ok NAME: reason" line per check; exit status 0 when all
passed.  Python's standard library and selenium only."""
import base64
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET
import zlib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-extensions", "--hide-scrollbars",
         "--disable-crash-reporter", "--force-color-profile=srgb"]
WIDTHS = (1280, 360)
HEIGHT = 800
USER, PASSWORD = "carol", "pw-carol"   # an admin of the test data (tests/harness/nginx.sh)

# The class names of the sheet (conf/xslt/layout.xsl, template "css"): prefixed by their
# component, or one of the closed list of base classes; never one of the charts' SVG classes.
PREFIXES = ("hdr-", "ftr-", "flt-", "cnt-", "mt-", "ed-")
PREFIXES = PREFIXES + ("gd-",)   # the guide and the step tracker (issue 18)
PREFIXES = PREFIXES + ("sa-",)   # the self-assessment (issue 19)
PREFIXES = PREFIXES + ("pl-",)   # Cooperation plans (issue 18)
BASE = set("""hdr ftr flt cnt wrap lead alt muted note num date scroll wide empty prose plain
    facts tags badge warn title kicker cta pager error-code deleted-row cancelled-row
    cancelled ended""".split())
# Expressions of interest (issue 19): their component prefix.
PREFIXES = PREFIXES + ("eoi-",)
SHEET_JS = r"""
const css = [...document.querySelectorAll('style')].map(s => s.textContent).join('\n')
    .replace(/"[^"]*"/g, '""');
const sheet = new Set([...css.matchAll(/\.([A-Za-z_][\w-]*)/g)].map(m => m[1]));
const svg = new Set();
document.querySelectorAll('svg [class]').forEach(e => e.classList.forEach(c => svg.add(c)));
return [[...sheet], [...svg]];
"""

# axe rules turned off, each with why.  None: every rule runs.
AXE_DISABLED = {}

failed = 0


def ok(name):
    print("ok " + name, flush=True)


def nok(name, why):
    global failed
    failed += 1
    print("not ok %s: %s" % (name, " ".join(str(why).split())[:600]), flush=True)


def check(name, why):
    """ok when why is empty, else not ok with why."""
    if why:
        nok(name, why)
    else:
        ok(name)


# --------------------------------------------------------------------- the pages

def xml_first(base, path, tag, attr="id"):
    """The attr of the first <tag> of an XML list of c2c, or None."""
    try:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            root = ET.fromstring(r.read())
    except Exception:
        return None
    for e in root.iter():
        if e.tag.rsplit("}", 1)[-1] == tag and e.get(attr):
            return e.get(attr)
    return None


def pages(base):
    """(name, path, signed in) for every page kind; a kind whose data is missing is
    reported and left out."""
    pid = xml_first(base, "/partnerships.xml?city=gothenburg&limit=500", "partnership") or \
        xml_first(base, "/partnerships.xml", "partnership")
    ids = {
        "partnership": pid,
        "event": xml_first(base, "/events.xml?limit=500", "event"),
        "kpi-value": xml_first(base, "/kpi-values.xml", "kpi-value"),
        "source": xml_first(base, "/sources.xml", "source"),
    }
    for k, v in ids.items():
        if v is None:
            nok("a %s to show" % k, "none in %s's XML lists" % base)
    p = []
    add = lambda name, path, auth=False: p.append((name, path, auth))
    add("overview", "/")
    add("cities", "/cities")
    add("city", "/cities/gothenburg")
    add("matches", "/cities/gothenburg/matches")
    add("city-dashboard", "/cities/leeds/dashboard")
    add("partnerships", "/partnerships")
    if pid:
        add("partnership", "/partnerships/" + pid)
    add("agreements", "/agreements")
    add("activities", "/activities")
    add("events", "/events")
    if ids["event"]:
        add("event", "/events/" + ids["event"])
    add("kpis", "/kpis")
    add("kpi-values", "/kpi-values")
    if ids["kpi-value"]:
        add("kpi-value", "/kpi-values/" + ids["kpi-value"])
    add("sources", "/sources")
    if ids["source"]:
        add("source", "/sources/" + ids["source"])
    add("healthz", "/healthz")
    add("edit-kpi-values", "/edit/kpi-values", True)
    add("edit-city", "/edit/cities/gothenburg", True)
    if pid:
        add("edit-partnership", "/edit/partnerships/" + pid, True)
        add("edit-dashboard", "/edit/partnerships/%s/dashboard" % pid, True)
        add("edit-agreements", "/edit/agreements?partnership=" + pid, True)
        add("edit-activities", "/edit/activities?partnership=" + pid, True)
        add("edit-kpi-targets", "/edit/kpi-targets?partnership=" + pid, True)
    add("edit-sources", "/edit/sources", True)
    add("edit-audit", "/edit/audit", True)
    # Expressions of interest (issue 19): the demo's pending one, from both sides.
    add("edit-interests", "/edit/cities/leeds/interests", True)
    add("edit-interests-in", "/edit/cities/wuhan/interests", True)
    # The guide and the step tracker (issue 18).
    add("guide", "/guide")
    add("guide-step", "/guide/steps/4")
    if pid:
        add("tracker", "/partnerships/%s/tracker" % pid)
        add("edit-tracker", "/edit/partnerships/%s/tracker" % pid, True)
    add("city-tracker", "/cities/gothenburg/tracker")
    # Self-assessment (issue 19): the read view and the long form (a phone must manage it).
    add("self-assessment", "/cities/terrassa/self-assessment")
    add("edit-self-assessment", "/edit/cities/terrassa/self-assessment", True)
    # Reviews and practices (issue 18): the demo's review of Gothenburg-Shanghai
    # (sql/samples/seed/130_reviews.sql) and the report's practices.
    if pid:
        add("reviews", "/partnerships/%s/reviews" % pid)
        rid = xml_first(base, "/partnerships/%s/reviews.xml" % pid, "review")
        if rid:
            add("review", "/reviews/" + rid)
        else:
            nok("a review to show", "none in /partnerships/%s/reviews.xml" % pid)
        add("edit-reviews", "/edit/reviews?partnership=" + pid, True)
    add("practices", "/practices")
    prid = xml_first(base, "/practices.xml", "practice")
    if prid:
        add("practice", "/practices/" + prid)
    # Cooperation plans (issue 18): the demo's Gothenburg-Shanghai plan (sql/samples,
    # loaded by t80 or above), an approved version and a draft one.
    gs = plan = first = None
    try:
        with urllib.request.urlopen(base + "/partnerships.xml?city=gothenburg&limit=500", timeout=10) as r:
            gids = [e.get("id") for e in ET.fromstring(r.read()).iter()
                    if e.tag.rsplit("}", 1)[-1] == "partnership" and e.get("id")]
        for g in gids:
            with urllib.request.urlopen(base + "/partnerships/%s/plans.xml" % g, timeout=10) as r:
                vs = [e for e in ET.fromstring(r.read()).iter() if e.tag.rsplit("}", 1)[-1] == "plan"]
            ap = [e.get("id") for e in vs if e.get("state") == "approved"]
            if vs and ap:
                gs, plan, first = g, vs[0].get("id"), ap[-1]
                break
    except Exception:
        pass
    if plan is None:
        nok("a Cooperation Plan to show", "none of Gothenburg's partnerships has an approved one in %s" % base)
    else:
        add("plans", "/partnerships/%s/plans" % gs)
        add("plan", "/plans/" + plan)
        add("plan-approved", "/plans/" + first)
        add("plan-print", "/plans/%s/print" % first)
        add("plan-compare", "/plans/%s/compare?with=1" % plan)
        add("plan-steps", "/edit/plans/%s/steps" % first, True)
    return p


def with_lang(path, lang):
    if lang == "en":
        return path
    return path + ("&" if "?" in path else "?") + "lang=" + lang


# --------------------------------------------------------------------- in the page

LAYOUT_JS = r"""
const out = {};
const hdr = document.querySelector('[role=banner]');
const box = r => [Math.round(r.left), Math.round(r.top), Math.round(r.right), Math.round(r.bottom)];
const desc = e => e.tagName.toLowerCase() + (e.className && typeof e.className == 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') +
    ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
if (!hdr) { out.header = 'no [role=banner]'; } else {
  const h = hdr.getBoundingClientRect();
  out.hbox = box(h);
  const outside = [];
  for (const e of hdr.querySelectorAll('*')) {
    for (const r of e.getClientRects()) {
      if (r.width == 0 && r.height == 0) continue;
      if (r.left < h.left - 1 || r.right > h.right + 1 || r.top < h.top - 1 || r.bottom > h.bottom + 1)
        outside.push(desc(e) + ' at ' + box(r));
    }
  }
  out.outside = outside.slice(0, 4);
  out.noutside = outside.length;
  // What a person reads in the header: its links, texts and the tagline, none over another.
  const items = [...hdr.querySelectorAll('a, strong, .hdr-tagline')];
  const overlaps = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const a = items[i], b = items[j];
    if (a.contains(b) || b.contains(a)) continue;
    // the site name's own text box, without its tagline
    for (const ra of a.getClientRects()) for (const rb of b.getClientRects()) {
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const hh = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (w > 1 && hh > 1) overlaps.push(desc(a) + ' ' + box(ra) + ' / ' + desc(b) + ' ' + box(rb));
    }
  }
  out.overlaps = overlaps.slice(0, 3);
  const h1 = document.querySelector('h1');
  out.h1 = h1 ? [h1.getBoundingClientRect().top, h.bottom] : null;
}
out.scrollWidth = document.documentElement.scrollWidth;
// What sticks out on the right, outside any scrolling box: the innermost such elements.
const sticks = [];
for (const e of document.body.querySelectorAll('*')) {
  const r = e.getBoundingClientRect();
  if (r.right <= window.innerWidth + 1 || (r.width == 0 && r.height == 0)) continue;
  let p = e.parentElement, inside = false;
  for (; p && p !== document.body; p = p.parentElement) {
    const ox = getComputedStyle(p).overflowX;
    if (ox == 'auto' || ox == 'scroll' || ox == 'hidden') { inside = true; break; }
  }
  if (!inside && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
    sticks.push(desc(e) + ' ends at x=' + Math.round(r.right));
}
out.sticks = sticks.slice(0, 3);
out.innerWidth = window.innerWidth;
const vw = document.documentElement.clientWidth;
const tables = [];
for (const t of document.querySelectorAll('table')) {
  const w = t.getBoundingClientRect().width;
  if (w <= vw) continue;
  let p = t.parentElement, scroller = null;
  for (; p && p !== document.body; p = p.parentElement) {
    const ox = getComputedStyle(p).overflowX;
    if (ox == 'auto' || ox == 'scroll') { scroller = p; break; }
  }
  if (!scroller) tables.push('a table ' + Math.round(w) + ' px wide, no scrolling box around it: ' + desc(t));
  else if (scroller.getBoundingClientRect().width > vw + 1)
    tables.push('a table in a scrolling box wider than the screen (' + Math.round(scroller.getBoundingClientRect().width) + ' px)');
}
out.tables = tables;
const svgs = [...document.querySelectorAll('svg[role=img]')];
out.svgs = svgs.length;
out.titled = svgs.filter(s => s.querySelector(':scope > title')).length;
out.titles = svgs.map(s => { const t = s.querySelector(':scope > title'); return t ? t.textContent : ''; });
return out;
"""

# Tab from the top of the page: the skip link first; then everything, recording focus.
FOCUS_SETUP_JS = r"""
window.__seen = [];
document.addEventListener('focusin', e => window.__seen.push(e.target), true);
document.activeElement && document.activeElement.blur();
window.scrollTo(0, 0);
const sel = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
return [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length).length;
"""

SKIP_JS = r"""
const a = document.activeElement, r = a.getBoundingClientRect();
return {cls: a.className || '', href: a.getAttribute('href') || '', tag: a.tagName,
        shown: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth};
"""

FORMS_JS = r"""
const seen = new Set(window.__seen);
const bad = [];
const forms = [...document.querySelectorAll('form')];
forms.forEach((f, i) => {
  const name = 'form ' + (i + 1) + ' (' + (f.getAttribute('action') || 'this page') + ', ' + f.method + ')';
  const ctl = [...f.elements].filter(e => e.type != 'hidden' && !e.disabled);
  if (!ctl.some(e => seen.has(e))) bad.push(name + ': no control of it reached by Tab');
  const submit = ctl.filter(e => (e.tagName == 'BUTTON' && (e.type || 'submit') == 'submit') ||
                                 (e.tagName == 'INPUT' && (e.type == 'submit' || e.type == 'image')));
  if (!submit.length) bad.push(name + ': no submit control');
  else if (!submit.some(e => seen.has(e) || e.closest('.flt-fold-body'))) bad.push(name + ': its submit control not reached by Tab');
});
return {forms: forms.length, bad: bad};
"""

AXE_RUN_JS = r"""
const done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(r => done(r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.split('\n').slice(1, 2).join('') + ')' : '')),
    n: v.nodes.length}))), e => done({error: String(e)}));
"""


def axe(driver, axe_src, only=None):
    """Serious and critical violations, as text lines; or an error line."""
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(axe_src)
    opts = {"resultTypes": ["violations"]}
    if only:
        opts["runOnly"] = {"type": "rule", "values": only}
    elif AXE_DISABLED:
        opts["rules"] = {k: {"enabled": False} for k in AXE_DISABLED}
    r = driver.execute_async_script(AXE_RUN_JS, opts)
    if isinstance(r, dict):
        return ["axe failed: " + r.get("error", "?")]
    return ["%s (%s, %d nodes: %s): %s" % (v["id"], v["impact"], v["n"], "; ".join(v["nodes"]), v["help"])
            for v in r if v["impact"] in ("serious", "critical")]


def emulate(driver, width, media=None):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "", "features": [{"name": k, "value": v} for k, v in (media or {}).items()]})


def screenshot(driver, path, width):
    height = min(int(driver.execute_script("return document.documentElement.scrollHeight")), 16000)
    r = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(r["data"]))


def console(driver):
    try:
        return [e["message"] for e in driver.get_log("browser")]
    except Exception:
        return []


def status_of(url, auth):
    req = urllib.request.Request(url)
    if auth:
        req.add_header("Authorization", auth)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except Exception as e:
        return str(e)


# --------------------------------------------------------------------- one page

def check_page(driver, base, out, name, path, signed, lang, axe_src, shots, classes):
    url = base + with_lang(path, lang)
    n = "%s %s" % (name, lang)
    st = status_of(url, signed)
    if st != 200:
        nok(n + " answers 200", "GET %s: %s" % (url, st))
        return
    emulate(driver, WIDTHS[0])
    console(driver)   # drop what earlier pages left
    driver.get(url)
    msgs = console(driver)
    check(n + ": no console messages", msgs[:2])
    sheet, svg = driver.execute_script(SHEET_JS)
    classes["sheet"].update(sheet)
    classes["svg"].update(svg)
    for width in WIDTHS:
        nw = "%s at %d px" % (n, width)
        emulate(driver, width)
        L = driver.execute_script(LAYOUT_JS)
        why = []
        if "header" in L:
            why.append(L["header"])
        else:
            if L["noutside"]:
                why.append("%d boxes of the header drawn outside it %s: %s" % (L["noutside"], L["hbox"], "; ".join(L["outside"])))
            if L["overlaps"]:
                why.append("header items drawn over each other: " + "; ".join(L["overlaps"]))
        check(nw + ": header whole", "; ".join(why))
        if L.get("h1") is None:
            nok(nw + ": the first heading below the header", "no <h1>")
        else:
            top, hb = L["h1"]
            check(nw + ": the first heading below the header",
                  "" if top >= hb - 0.5 else "h1 at y=%d, header ends at y=%d" % (top, hb))
        if width < 600:
            check(nw + ": no sideways scrolling",
                  "" if L["scrollWidth"] <= L["innerWidth"] else
                  "document %d px wide in a %d px window: %s" % (L["scrollWidth"], L["innerWidth"], "; ".join(L["sticks"])))
        check(nw + ": wide tables scroll in their own box", "; ".join(L["tables"]))
        shot = "%s.%s.%d.png" % (name, lang, width)
        screenshot(driver, os.path.join(out, shot), width)
        shots.append(shot)
        if width == WIDTHS[0]:
            charts = L
    if name in ("overview", "city-dashboard", "partnership") and charts["svgs"] == 0:
        nok(n + ": charts", "no <svg role=img>")
    elif charts["svgs"] != charts["titled"]:
        nok(n + ": every chart has a title", "%d svg, %d with a <title>" % (charts["svgs"], charts["titled"]))
    elif charts["svgs"]:
        ok("%s: %d charts, each with a title" % (n, charts["svgs"]))
    if name == "partnership":
        want = "Agreements from signature to expiry" if lang == "en" else "协议从签署到到期"
        check(n + ": a chart titled %r" % want, "" if want in charts["titles"] else "titles: %s" % charts["titles"][:5])

    # Keyboard, at the desktop width.
    emulate(driver, WIDTHS[0])
    count = driver.execute_script(FOCUS_SETUP_JS)
    ActionChains(driver).send_keys(Keys.TAB).perform()
    s = driver.execute_script(SKIP_JS)
    if "hdr-skip" not in s["cls"] or s["href"] != "#main":
        nok(n + ": the first Tab reaches the skip link", "focus on %s.%s %s" % (s["tag"], s["cls"], s["href"]))
    else:
        check(n + ": the first Tab reaches the skip link, shown", "" if s["shown"] else "focused but off screen")
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        where = driver.execute_script(
            "const a = document.activeElement, m = document.getElementById('main');"
            "return m && (a === m || m.contains(a)) ? '' : (a.tagName + '#' + a.id + '.' + a.className);")
        check(n + ": the skip link moves focus to the main content", "focus on " + where if where else "")
        driver.execute_script("window.scrollTo(0,0); document.activeElement.blur(); window.__seen = [];"
                              "document.querySelector('.hdr-skip').focus()")
    ActionChains(driver).send_keys(*([Keys.TAB] * (count + 2))).perform()
    F = driver.execute_script(FORMS_JS)
    if F["forms"]:
        check("%s: its %d forms reached by Tab, each with a submit control" % (n, F["forms"]), "; ".join(F["bad"]))

    # Accessibility, light, dark and forced colours.
    if axe_src:
        driver.get(url)   # fresh, without the keyboard test's focus
        check(n + ": axe, no serious or critical violation", "; ".join(axe(driver, axe_src)))
        for label, media in (("dark mode", {"prefers-color-scheme": "dark"}),
                             ("forced colours", {"forced-colors": "active"})):
            emulate(driver, WIDTHS[0], media)
            check("%s: %s, axe color-contrast" % (n, label), "; ".join(axe(driver, axe_src, ["color-contrast"])))
        emulate(driver, WIDTHS[0])


# --------------------------------------------------------------------- print

def print_pdf(driver, base, out, path):
    """The partnership dashboard printed in A4 and Letter."""
    driver.get(base + path)
    emulate(driver, WIDTHS[0])
    title = driver.execute_script("return document.querySelector('h1').textContent.replace(/\\s+/g, ' ').trim()")
    svgs = driver.execute_script("return document.querySelectorAll('#main svg').length")
    pdftotext = shutil.which("pdftotext")
    sizes = {}
    for paper, (w, h) in (("a4", (8.27, 11.69)), ("letter", (8.5, 11))):
        name = "print %s on %s" % (path, paper)
        r = driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": w, "paperHeight": h, "printBackground": False, "preferCSSPageSize": False})
        pdf = base64.b64decode(r["data"])
        f = os.path.join(out, "partnership.%s.pdf" % paper)
        with open(f, "wb") as fh:
            fh.write(pdf)
        sizes[paper] = len(pdf)
        if not pdf.startswith(b"%PDF"):
            nok(name, "not a PDF")
            continue
        ok("%s: %s, %d bytes" % (name, f, len(pdf)))
        if not pdftotext:
            nok(name + ": title and charts in the text", "pdftotext is not installed (apt-get install poppler-utils)")
            continue
        text = subprocess.run([pdftotext, "-layout", f, "-"], capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        check(name + ": has the page's title %r" % title, "" if title in flat else "not in: " + flat[:200])
        nav = driver.execute_script("return document.querySelector('.hdr-nav').innerText")
        nav = " ".join(nav.split())
        check(name + ": no navigation, no form", "navigation printed: " + nav if nav in flat else
              "a form printed" if driver.execute_script("return document.querySelector('#main form button').innerText") in flat.split() else "")
    # Charts: vector drawing in the PDF's page content, against the same page printed
    # without its SVGs (tables and borders draw paths too).
    driver.execute_script("document.querySelectorAll('#main svg').forEach(s => s.remove())")
    r = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False})
    bare = pdf_paths(base64.b64decode(r["data"]))
    with open(os.path.join(out, "partnership.a4.pdf"), "rb") as fh:
        drawn = pdf_paths(fh.read())
    check("print %s: its %d charts drawn in the PDF (%d filled or stroked paths, %d without the charts)"
          % (path, svgs, drawn, bare), "" if svgs and drawn >= bare + 3 * svgs else "too few paths")


PAINT = re.compile(rb"(?:^|\s)(?:S|s|f|F|f\*|B|B\*|b|b\*)(?=\s)")


def pdf_paths(pdf):
    """How many path-painting operators (stroke, fill) the PDF's content streams hold."""
    n = 0
    for m in re.finditer(rb"/FlateDecode.*?stream\r?\n", pdf, re.S):
        start = m.end()
        end = pdf.find(b"endstream", start)
        try:
            data = zlib.decompressobj().decompress(pdf[start:end])
        except zlib.error:
            continue
        n += len(PAINT.findall(data))
    return n


# --------------------------------------------------------------------- contact sheet

def contact_sheet(out, shots):
    rows = []
    for s in shots:
        e = html.escape(s)
        rows.append('<figure><a href="%s"><img src="%s" alt="%s" loading="lazy"></a><figcaption>%s</figcaption></figure>' % (e, e, e, e))
    with open(os.path.join(out, "contact.html"), "w") as f:
        f.write("<!doctype html><html lang=en><meta charset=utf-8><title>c2c screenshots</title>"
                "<style>body{font:14px sans-serif;margin:1rem}main{display:flex;flex-wrap:wrap;gap:1rem}"
                "figure{margin:0;width:220px}img{width:220px;height:300px;object-fit:cover;object-position:top;border:1px solid #999}"
                "figcaption{word-break:break-all}</style><h1>c2c: %d screenshots</h1><main>%s</main></html>\n"
                % (len(shots), "\n".join(rows)))


# --------------------------------------------------------------------- main

def main():
    args = sys.argv[1:]
    axe_src = None
    if args[:1] == ["--axe"]:
        with open(args[1]) as f:
            axe_src = f.read()
        args = args[2:]
    if len(args) != 2:
        print("usage: check.py [--axe AXE.JS] BASE OUTDIR", file=sys.stderr)
        return 2
    base, out = args[0].rstrip("/"), args[1]
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith((".png", ".pdf")):
            os.unlink(os.path.join(out, f))
    t0 = time.time()
    auth = "Basic " + base64.b64encode(("%s:%s" % (USER, PASSWORD)).encode()).decode()
    profile = tempfile.mkdtemp(prefix="c2c-chromium-", dir=out)
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium")
    for a in FLAGS + ["--user-data-dir=" + profile, "--window-size=1280,%d" % HEIGHT]:
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver"), log_path=os.path.join(out, "chromedriver.log")), options=o)
    try:
        driver.set_page_load_timeout(30)
        driver.set_script_timeout(60)
        driver.execute_cdp_cmd("Network.enable", {})
        shots = []
        classes = {"sheet": set(), "svg": set()}
        for name, path, signed in pages(base):
            # Signed in: the Authorization header on every request of this page only.
            driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Authorization": auth} if signed else {}})
            for lang in ("en", "zh"):
                if name == "healthz" and lang == "zh":
                    continue   # /healthz takes no lang= (it is for monitors)
                try:
                    check_page(driver, base, out, name, path, auth if signed else None, lang, axe_src, shots, classes)
                except Exception as e:
                    nok("%s %s" % (name, lang), "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else ""))
        driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {}})
        stray = sorted(c for c in classes["sheet"] if c not in BASE and not c.startswith(PREFIXES))
        check("the sheet's %d classes are a component's (%s) or base ones" % (len(classes["sheet"]), " ".join(PREFIXES)),
              "unprefixed: " + " ".join(stray) if stray else "")
        both = sorted(classes["sheet"] & classes["svg"])
        check("no class of the sheet is one of the charts' SVG classes (%d of them)" % len(classes["svg"]),
              " ".join(both))
        contact_sheet(out, shots)
        check("contact sheet %s of %d screenshots" % (os.path.join(out, "contact.html"), len(shots)), "" if shots else "no screenshot")
        pid = xml_first(base, "/partnerships.xml?city=gothenburg&limit=500", "partnership")
        if pid:
            try:
                print_pdf(driver, base, out, "/partnerships/" + pid)
            except Exception as e:
                nok("print the partnership dashboard", "%s: %s" % (type(e).__name__, e))
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    ok("browser test took %.0f s" % (time.time() - t0))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
