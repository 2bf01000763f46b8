#!/usr/bin/python3
"""check.py BASE OUTDIR PATH...: loads each page of a running c2c in headless Chromium
(Debian's chromium), checks that the page logged nothing to the console (script errors,
CSP violations, failed loads), that the charts are there (inline <svg role="img"> with a
<title>), and saves a full-page screenshot under OUTDIR for a person to look at.

Prints one "ok NAME" or "not ok NAME: reason" line per check; exit status 0 when all
passed.  Uses only the standard library; Chromium is driven through its command line
(--dump-dom, --screenshot, --enable-logging=stderr), no DevTools client needed."""
import html.parser
import os
import re
import shutil
import subprocess
import sys

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-dev-shm-usage", "--no-first-run", "--disable-crash-reporter",
         "--disable-extensions", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
CONSOLE = re.compile(r":CONSOLE[:(]")


class Charts(html.parser.HTMLParser):
    """Counts <svg role="img"> and whether each has a <title>; keeps the titles."""

    def __init__(self):
        super().__init__()
        self.svgs = 0
        self.titled = 0
        self.depth = 0
        self.seen_title = False
        self.in_title = False
        self.titles = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg":
            if self.depth == 0 and a.get("role") == "img":
                self.svgs += 1
                self.seen_title = False
            self.depth += 1
        elif tag == "title" and self.depth == 1 and not self.seen_title:
            self.seen_title = True
            self.titled += 1
            self.in_title = True
            self.titles.append("")

    def handle_data(self, data):
        if self.in_title:
            self.titles[-1] += data

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "svg" and self.depth > 0:
            self.depth -= 1


def run(args, timeout=60):
    return subprocess.run([CHROMIUM] + FLAGS + args, capture_output=True, timeout=timeout,
                          text=True, errors="replace")


def main():
    if len(sys.argv) < 4:
        print("usage: check.py BASE OUTDIR PATH...", file=sys.stderr)
        return 2
    base, out, paths = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    profile = os.path.join(out, "profile")
    failed = 0
    for arg in paths:
        # "PATH|TITLE": the page must also have a chart whose <title> is TITLE.
        path, _, want = arg.partition("|")
        url = base + path
        name = re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-") or "overview"
        try:
            r = run(["--user-data-dir=" + profile, "--dump-dom", url])
        except subprocess.TimeoutExpired:
            print("not ok %s: chromium timed out loading %s" % (path, url))
            failed += 1
            continue
        with open(os.path.join(out, name + ".dom.html"), "w") as f:
            f.write(r.stdout)
        with open(os.path.join(out, name + ".log"), "w") as f:
            f.write(r.stderr)
        if r.returncode != 0 or "<html" not in r.stdout:
            print("not ok %s loads in Chromium: exit %d, %d bytes of DOM" % (path, r.returncode, len(r.stdout)))
            failed += 1
            continue
        print("ok %s loads in Chromium" % path)
        console = [l for l in r.stderr.splitlines() if CONSOLE.search(l)]
        if console:
            print("not ok %s: no console messages: %s" % (path, console[0][:300]))
            failed += 1
        else:
            print("ok %s: no console errors" % path)
        p = Charts()
        p.feed(r.stdout)
        if p.svgs == 0 or p.titled != p.svgs:
            print("not ok %s: charts found: %d svg, %d with a title" % (path, p.svgs, p.titled))
            failed += 1
        else:
            print("ok %s: %d charts, each with a title" % (path, p.svgs))
        if want and want not in p.titles:
            print("not ok %s: a chart titled %r" % (path, want))
            failed += 1
        elif want:
            print("ok %s: a chart titled %r" % (path, want))
        shot = os.path.join(out, name + ".png")
        try:
            r = run(["--user-data-dir=" + profile, "--window-size=1280,4000", "--screenshot=" + shot, url])
        except subprocess.TimeoutExpired:
            r = None
        if r is None or not os.path.exists(shot) or os.path.getsize(shot) < 10000:
            print("not ok %s: screenshot saved" % path)
            failed += 1
        else:
            print("ok %s: screenshot %s" % (path, shot))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
