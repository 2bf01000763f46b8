#!/usr/bin/python3
"""walk.py BASE OUTDIR: two flows of c2c walked as users do, in headless Chromium, at a
desktop width (1280 px): links clicked, fields filled, forms submitted, and what the user
sees on each resulting page asserted.  One WebDriver session per user, signed in by the
web server's basic auth (tests/harness/nginx.sh: password "pw-" + name); the calling test
(tests/integration/t87_browser.sh) makes alice, bob and wei editors of Gothenburg,
Terrassa and Shanghai beforehand, checks the database after and puts the users back.

  - issue 18 (alice in English, wei in Chinese): on the Gothenburg-Shanghai partnership,
    tick an element of the step tracker; on the draft version 2 of its Cooperation Plan,
    add a risk, propose it, approve it for Gothenburg (alice) and for Shanghai (wei), so
    that it is approved; compare it with version 1; print it to PDF on A4;
  - issue 19 (bob in English, wei in Chinese): Terrassa's self-assessment submitted
    again, its matches, "Express interest" to Shanghai sent; wei accepts; each sees the
    other's focal point; the new partnership at the Partner step, and in the feed.

Screenshots OUTDIR/NN-step.png.  Prints "ok NAME" / "not ok NAME: why" lines (check.py's)
and exits 0 when all passed."""
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402  (its flags, ok/nok and screenshots)
from check import FLAGS, HEIGHT, check as expect, nok, ok  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

WIDTH = 1280
BASE = OUT = None
shot_n = [0]
profiles = []


def browser(user):
    """A Chromium session signed in as user (the Authorization header on every request)."""
    profile = tempfile.mkdtemp(prefix="c2c-walk-", dir=OUT)
    profiles.append(profile)
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium")
    for a in FLAGS + ["--user-data-dir=" + profile, "--window-size=%d,%d" % (WIDTH, HEIGHT)]:
        o.add_argument(a)
    d = webdriver.Chrome(service=Service(shutil.which("chromedriver"),
                                         log_path=os.path.join(OUT, "chromedriver-%s.log" % user)), options=o)
    d.set_page_load_timeout(30)
    d.execute_cdp_cmd("Network.enable", {})
    auth = "Basic " + base64.b64encode(("%s:pw-%s" % (user, user)).encode()).decode()
    d.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Authorization": auth}})
    d.c2c_user = user
    return d


def shot(d, name):
    shot_n[0] += 1
    path = os.path.join(OUT, "%02d-%s-%s.png" % (shot_n[0], d.c2c_user, name))
    check.screenshot(d, path, WIDTH)


def go(d, path):
    d.get(BASE + path)


def text(d):
    return d.find_element(By.TAG_NAME, "body").text


def h1(d):
    return d.find_element(By.TAG_NAME, "h1").text


def replaced(old):
    """A wait condition: true once the element old is no longer in the page shown.  Selenium's
    staleness_of knows only StaleElementReferenceException; while a navigation replaces the
    document, Chromium may answer "Node with given id does not belong to the document"
    instead (seen in the walk after a post), which means the same thing."""
    def gone(_):
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise
    return gone


def wait_new_page(d, old):
    """Waits until the page whose <html> was old is replaced and the new one has loaded."""
    WebDriverWait(d, 20).until(replaced(old))
    WebDriverWait(d, 20).until(lambda x: x.execute_script("return document.readyState") == "complete")


def click_link(d, css=None, text_=None):
    """Follows a link of the page (by CSS selector or its exact text) as a click does."""
    a = d.find_element(By.CSS_SELECTOR, css) if css else d.find_element(By.LINK_TEXT, text_)
    old = d.find_element(By.TAG_NAME, "html")
    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", a)
    a.click()
    wait_new_page(d, old)


def submit(d, button):
    """Submits a form by clicking its button; waits for the page that answers."""
    old = d.find_element(By.TAG_NAME, "html")
    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    wait_new_page(d, old)


def fill(field, value):
    field.clear()
    field.send_keys(value)


def is_zh(d):
    """"" when the page is in Chinese, else why not."""
    lang = d.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""
    return "" if lang.startswith("zh") else "html lang=%r at %s" % (lang, d.current_url)


def has(name, page, *needles):
    missing = [n for n in needles if n not in page]
    expect(name, "not on the page: " + "; ".join(missing) if missing else "")


def step(name, fn):
    """Runs one step; an exception is a failure of it (the walk goes on where it can)."""
    try:
        return fn()
    except Exception as e:
        nok(name, "%s: %s" % (type(e).__name__, (str(e).splitlines() or [""])[0]))
        return None


def xml(path):
    with urllib.request.urlopen(BASE + path, timeout=10) as r:
        return r.read().decode()


# ------------------------------------------------------------------ issue 18

def gs_partnership():
    x = xml("/partnerships.xml?city=gothenburg&limit=500")
    for m in re.finditer(r'<partnership id="(\d+)".*?</partnership>', x, re.S):
        if 'slug="shanghai"' in m.group(0):
            return m.group(1)
    raise RuntimeError("no Gothenburg-Shanghai partnership")


def walk_plan(alice, wei):
    pid = gs_partnership()

    # The tracker: alice ticks an element of step 4 (Plan) as done, with a note and a date.
    def tracker():
        go(alice, "/partnerships/%s/tracker" % pid)
        click_link(alice, css='a.ed-link[href*="/edit/partnerships/%s/tracker"]' % pid)
        form = alice.find_element(By.XPATH, '//form[input[@name="step"][@value="4"]]')
        sel = Select(form.find_element(By.NAME, "element"))
        sel.select_by_index(0)
        element = sel.first_selected_option.text
        Select(form.find_element(By.NAME, "state")).select_by_value("done")
        fill(form.find_element(By.NAME, "note"), "Stakeholder day held (browser walk)")
        fill(form.find_element(By.NAME, "evidence-date"), "2025-05-12")
        submit(alice, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        shot(alice, "tracker-ticked")
        page = text(alice)
        has("tracker: alice ticks '%s' done; the page shows it with its note and date" % element[:40],
            page, "Stakeholder day held (browser walk)", "2025-05-12")
        row = alice.find_element(By.XPATH, '//tr[td[contains(., "Stakeholder day held (browser walk)")]]')
        expect("tracker: ... the element's row says Done", "" if "Done" in row.text else row.text[:200])
        go(alice, "/partnerships/%s/tracker" % pid)
        has("tracker: ... and so does the public tracker", text(alice), "Stakeholder day held (browser walk)")
    step("tracker", tracker)

    # The plan's versions, the open draft (version 2): a risk added through its form.
    state = {}

    def draft():
        go(alice, "/partnerships/%s" % pid)
        go(alice, "/partnerships/%s/plans" % pid)
        shot(alice, "plan-versions")
        links = [a for a in alice.find_elements(By.CSS_SELECTOR, '#main a[href*="/plans/"]') if a.text.startswith("v2")]
        expect("plans: the versions page lists v2 (draft) and v1", "" if links and "v1" in text(alice) else text(alice)[:300])
        click_link(alice, css='#main a[href="%s"]' % links[0].get_attribute("pathname"))
        state["plan"] = alice.current_url.rsplit("/", 1)[1]
        click_link(alice, text_="Add a risk")
        form = alice.find_element(By.CSS_SELECTOR, "#main form")
        Select(form.find_element(By.NAME, "likelihood")).select_by_value("medium")
        fill(form.find_element(By.NAME, "risk-en"), "Staff turnover in the international offices (walk)")
        fill(form.find_element(By.NAME, "mitigation-en"), "Two named contacts in each city")
        submit(alice, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        go(alice, "/plans/%s" % state["plan"])
        shot(alice, "plan-draft-risk")
        has("plans: alice adds a risk to draft v2; the version shows it", text(alice),
            "Staff turnover in the international offices (walk)", "Two named contacts in each city")
    step("plan draft", draft)
    plan = state.get("plan")
    if not plan:
        return

    def propose_approve():
        click_link(alice, text_="Propose, approve, next version")
        form = alice.find_element(By.XPATH, '//form[input[@name="action"][@value="propose"]]')
        submit(alice, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        shot(alice, "plan-proposed")
        has("plans: alice proposes v2; the steps page says proposed", text(alice).lower(), "proposed")
        form = alice.find_element(By.XPATH, '//form[input[@name="action"][@value="approve"]]')
        fill(form.find_element(By.NAME, "decision"), "Gothenburg City Executive Board, minute 2020:77 (walk)")
        submit(alice, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        shot(alice, "plan-approved-gothenburg")
        has("plans: alice approves for Gothenburg; her decision is shown", text(alice),
            "Gothenburg City Executive Board, minute 2020:77 (walk)")
        expect("plans: ... and alice may not approve a second time (no approve form)",
               "approve form still there" if alice.find_elements(By.XPATH, '//form[input[@name="action"][@value="approve"]]') else "")

        # wei, in Chinese: from the version's page to its steps, approves for Shanghai.
        go(wei, "/plans/%s?lang=zh" % plan)
        shot(wei, "plan-zh")
        click_link(wei, css='#main a[href*="/edit/plans/%s/steps"]' % plan)
        expect("plans: wei's steps page is in Chinese", is_zh(wei))
        form = wei.find_element(By.XPATH, '//form[input[@name="action"][@value="approve"]]')
        fill(form.find_element(By.NAME, "decision"), "上海市人民政府外事办公室 2020-118号决定（浏览器测试）")
        submit(wei, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        shot(wei, "plan-approved-zh")
        expect("plans: ... the page after wei's post is still in Chinese", is_zh(wei))
        page = text(wei)
        has("plans: wei approves for Shanghai in Chinese; both decisions shown", page,
            "上海市人民政府外事办公室 2020-118号决定（浏览器测试）", "Gothenburg City Executive Board, minute 2020:77 (walk)")
        expect("plans: ... and no step form but 'next version' follows an approved version",
               "" if wei.find_elements(By.XPATH, '//form[input[@name="action"][@value="next"]]') and
               not wei.find_elements(By.XPATH, '//form[input[@name="action"][@value="approve"]]') else page[:300])
    step("plan propose and approve", propose_approve)

    def compare_print():
        go(alice, "/plans/%s" % plan)
        click_link(alice, text_="Compare with version 1")
        shot(alice, "plan-compare")
        page = text(alice)
        has("plans: compare v2 with v1 shows the added risk", page, "Staff turnover in the international offices (walk)")
        rows = alice.find_elements(By.XPATH, '//tr[contains(@class, "pl-added")][contains(., "Staff turnover")]')
        expect("plans: ... marked as added", "" if rows else "no tr.pl-added row with the risk")
        go(alice, "/plans/%s" % plan)
        click_link(alice, text_="Print (A4)")
        shot(alice, "plan-print")
        pr = alice.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                      "printBackground": True, "preferCSSPageSize": True})
        pdf = os.path.join(OUT, "plan-v2.a4.pdf")
        with open(pdf, "wb") as f:
            f.write(base64.b64decode(pr["data"]))
        size = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout if shutil.which("pdfinfo") else ""
        m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", size)
        expect("plans: the print view printed to PDF on A4 (%s)" % pdf,
               "" if m and abs(float(m.group(1)) - 595) < 3 and abs(float(m.group(2)) - 842) < 3 else "page size: " + size[:200])
        txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout if shutil.which("pdftotext") else ""
        has("plans: ... the PDF carries the risk and both approvals", txt,
            "Staff turnover", "2020:77", "2020-118")
    step("plan compare and print", compare_print)


# ------------------------------------------------------------------ issue 19

def walk_interest(bob, wei):
    def questionnaire():
        m = re.search(r'<self-assessment [^>]*\bversion="(\d+)"', xml("/cities/terrassa/self-assessment.xml"))
        version = "Version %d" % ((int(m.group(1)) if m else 0) + 1)
        go(bob, "/cities/terrassa")
        go(bob, "/cities/terrassa/self-assessment")
        click_link(bob, css='#main a[href*="/edit/cities/terrassa/self-assessment"]')
        form = bob.find_element(By.CSS_SELECTOR, "#main form.ed-form")
        for v in ("manufacturing",):
            box = form.find_element(By.CSS_SELECTOR, 'input[name="priorities-sought"][value="%s"]' % v)
            if not box.is_selected():
                bob.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
                box.click()
        fill(form.find_element(By.NAME, "first-project"), "Industry 4.0 centres exchange their apprentices (walk)")
        shot(bob, "self-assessment-form")
        submit(bob, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        shot(bob, "self-assessment-saved")
        has("self-assessment: bob submits the questionnaire; his form shows his answer (a private one)",
            bob.find_element(By.NAME, "first-project").get_attribute("value") + " " + text(bob),
            "Industry 4.0 centres exchange their apprentices (walk)", version)
        go(bob, "/cities/terrassa/self-assessment")
        shot(bob, "self-assessment-public")
        page = text(bob)
        has("self-assessment: ... the public page shows the new version and Manufacturing sought", page,
            version, "Manufacturing")
        expect("self-assessment: ... as its latest (XML)", "" if re.search(
            r'<self-assessment [^>]*\bversion="%s"' % version.split()[1], xml("/cities/terrassa/self-assessment.xml")) else version)
        expect("self-assessment: ... but not the private answer",
               "shown" if "Industry 4.0 centres exchange their apprentices (walk)" in page else "")
    step("self-assessment", questionnaire)

    def send():
        go(bob, "/cities/terrassa/matches")
        shot(bob, "matches")
        click_link(bob, css='a.ed-link[href*="interests?city=shanghai"]')
        form = bob.find_element(By.CSS_SELECTOR, "form.eoi-send")
        expect("interest: 'Express interest' on the matches fills in Shanghai",
               "" if form.find_element(By.NAME, "to").get_attribute("value") == "shanghai" else "to = " + form.find_element(By.NAME, "to").get_attribute("value"))
        for v in ("manufacturing", "research-innovation"):
            box = form.find_element(By.CSS_SELECTOR, 'input[name="area"][value="%s"]' % v)
            bob.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
            box.click()
        fill(form.find_element(By.NAME, "message"), "Terrassa would like to work with Shanghai on industry 4.0 (walk).")
        submit(bob, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        shot(bob, "interest-sent")
        sent = bob.find_element(By.XPATH, '//h2[normalize-space()="Sent"]/following::ul[1]').text
        has("interest: bob sends it; his page lists it as pending", sent, "Shanghai", "pending")
    step("interest send", send)

    def accept():
        go(wei, "/edit/cities/shanghai/interests?lang=zh")
        shot(wei, "interest-received-zh")
        form = wei.find_element(By.XPATH, '//li[contains(., "(walk)")]//form[contains(@class, "eoi-answer")]')
        fill(form.find_element(By.NAME, "answer"), "欢迎特拉萨！（浏览器测试）")
        submit(wei, form.find_element(By.CSS_SELECTOR, 'button[value="accept"]'))
        shot(wei, "interest-accepted-zh")
        expect("interest: ... the page after wei's post is still in Chinese", is_zh(wei))
        item = wei.find_element(By.XPATH, '//li[contains(., "(walk)")]').text
        has("interest: wei accepts in Chinese; wei sees Terrassa's focal point", item,
            "特拉萨", "Marta Puig (demo)")
        go(bob, "/edit/cities/terrassa/interests")
        shot(bob, "interest-accepted")
        item = bob.find_element(By.XPATH, '//li[contains(., "(walk)")]').text
        focal = re.search(r"<focal-point[^>]*>\s*<name>([^<]*)</name>", xml_as("wei", "/edit/cities/shanghai/interests.xml"))
        has("interest: bob sees it accepted, wei's answer and Shanghai's focal point", item,
            "欢迎特拉萨！（浏览器测试）", focal.group(1) if focal else "(Shanghai has no focal point)")
        link = bob.find_elements(By.XPATH, '//li[contains(., "(walk)")]//a[contains(@href, "/partnerships/")]')
        expect("interest: ... with a link to the new partnership", "" if link else item[:300])
        if link:
            click_link(bob, css='li a[href="%s"]' % link[0].get_attribute("pathname"))
            shot(bob, "partnership-new")
            has("interest: the new partnership's page: Terrassa and Shanghai, at the Partner step",
                text(bob), "Terrassa", "Shanghai", "Partner")
        go(bob, "/feeds/partnerships.atom")
        feed = bob.page_source
        expect("interest: the partnerships feed announces Terrassa-Shanghai",
               "" if re.search(r"Terrassa[^<]{0,40}Shanghai", feed) else feed[:300])
    step("interest accept", accept)


def xml_as(user, path):
    """An XML page as user sees it (basic auth, as the browser sends it)."""
    req = urllib.request.Request(BASE + path, headers={"Authorization": "Basic " + base64.b64encode(
        ("%s:pw-%s" % (user, user)).encode()).decode()})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.read().decode()


def main():
    global BASE, OUT
    if len(sys.argv) != 3:
        print("usage: walk.py BASE OUTDIR", file=sys.stderr)
        return 2
    BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".png", ".pdf")):
            os.unlink(os.path.join(OUT, f))
    t0 = time.time()
    users = {}
    try:
        for u in ("alice", "bob", "wei"):
            users[u] = browser(u)
        walk_plan(users["alice"], users["wei"])
        walk_interest(users["bob"], users["wei"])
    finally:
        for d in users.values():
            d.quit()
        for p in profiles:
            shutil.rmtree(p, ignore_errors=True)
    ok("walk took %.0f s" % (time.time() - t0))
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
