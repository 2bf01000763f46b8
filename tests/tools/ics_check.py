#!/usr/bin/python3
"""ics_check.py: checks an iCalendar file with python3-icalendar (the Debian package).

usage: ics_check.py FILE      (FILE - reads standard input)

Parses FILE, requires every top-level component to be a VCALENDAR, no parse errors, and
every VEVENT to have UID, DTSTAMP, DTSTART and SUMMARY, with its date and time values
decodable.  Prints "ok N events" (exit 0) or "error: FILE: message" (exit 1), on stdout like
ics_check (the C checker); exit 2 for usage errors.
"""
import os
import sys

try:
    import icalendar
except ImportError:
    # The Debian package lives in the system Python; a pyenv or venv python3 first in
    # PATH does not see it.
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("ics_check.py: python3-icalendar is not installed (apt-get install python3-icalendar)",
          file=sys.stderr)
    sys.exit(2)

REQUIRED = ("UID", "DTSTAMP", "DTSTART", "SUMMARY")
# Properties whose values must decode to dates or times.
TIMES = ("DTSTAMP", "DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "CREATED", "LAST-MODIFIED")


def fail(path, msg):
    print("error: %s: %s" % (path, msg))
    return 1


def check(path, data):
    if not data:
        return fail(path, "empty file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        # RFC 5545 3.1 lets a fold split a character: decode what unfolding gives back.
        unfolded = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
        unfolded = unfolded.replace(b"\n ", b"").replace(b"\n\t", b"")
        try:
            text = unfolded.decode("utf-8")
        except UnicodeDecodeError:
            return fail(path, "invalid UTF-8 at octet %d" % e.start)
    for i, ch in enumerate(text):
        # RFC 5545 3.1: no control characters but HTAB (CR and LF only as line ends).
        if (ch < " " and ch not in "\t\r\n") or ch == "\x7f":
            return fail(path, "control character U+%04X on line %d"
                        % (ord(ch), text.count("\n", 0, i) + 1))
    try:
        cals = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as e:  # icalendar raises ValueError, KeyError, IndexError...
        return fail(path, "icalendar cannot parse it: %s" % (str(e) or type(e).__name__))
    if not cals:
        return fail(path, "no VCALENDAR")
    events = 0
    for cal in cals:
        if cal.name != "VCALENDAR":
            return fail(path, "the top-level component is %s, not VCALENDAR" % cal.name)
        for comp in cal.walk():
            # icalendar 4 is lenient: what it could not parse lands in .errors.
            for err in getattr(comp, "errors", []):
                return fail(path, "%s: %s" % (comp.name, err))
        for n, ev in enumerate(cal.walk("VEVENT"), 1):
            uid = ev.get("UID", "none")
            for name in REQUIRED:
                if name not in ev:
                    return fail(path, "VEVENT %d (UID %s) has no %s" % (n, uid, name))
            for name in TIMES:
                if name in ev:
                    try:
                        ev.decoded(name)
                    except Exception as e:
                        return fail(path, "VEVENT %d (UID %s): %s does not decode: %s"
                                    % (n, uid, name, e))
            events += 1
    print("ok %d events" % events)
    return 0


def main(argv):
    if len(argv) != 2 or argv[1] == "" or (argv[1].startswith("-") and argv[1] != "-"):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    path = argv[1]
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as e:
        return fail(path, "cannot read: %s" % e.strerror)
    return check(path, data)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
