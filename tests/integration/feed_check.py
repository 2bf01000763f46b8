#!/usr/bin/python3
"""feed_check.py FILE...: parses Atom feeds with feedparser, a real feed-reader library.

Fails (exit 1) when a feed is not well-formed for feedparser (bozo), is not Atom 1.0,
or has an entry without id, title, updated or link.  Prints "ok N entries" per file."""
import sys

import feedparser


def check(path):
    with open(path, 'rb') as f:
        d = feedparser.parse(f.read())
    if d.bozo:
        return 'not well-formed: %s' % d.bozo_exception
    if d.version != 'atom10':
        return 'not Atom 1.0 but %r' % d.version
    for e in d.entries:
        for key in ('id', 'title', 'updated', 'link'):
            if not e.get(key):
                return 'entry %r lacks %s' % (e.get('id'), key)
    return 'ok %d entries' % len(d.entries)


status = 0
for p in sys.argv[1:]:
    r = check(p)
    print('%s: %s' % (p, r))
    if not r.startswith('ok'):
        status = 1
sys.exit(status)
