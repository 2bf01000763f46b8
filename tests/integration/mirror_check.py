#!/usr/bin/python3
"""mirror_check.py BASEURL STATEFILE full|sync|compare

A partner portal's mirror of c2c, kept by the XML API alone:
  full     walks every list with updated_since=1970 (tombstones included) and saves the
           mirror and the first page's as-of in STATEFILE;
  sync     asks every list for what changed since the saved as-of, applies updates and
           tombstones, and saves again;
  compare  fetches everything afresh (no updated_since) and checks that the mirror holds
           exactly the same items with the same update times.
Items are keyed by list and id or slug; the value kept is the item's canonical XML."""
import json
import sys
import urllib.request
import xml.etree.ElementTree as ET

NS = '{urn:c2c:xml:1}'
LISTS = {  # list path -> (item element, key attribute)
    '/cities.xml': ('city', 'slug'),
    '/partnerships.xml': ('partnership', 'id'),
    '/agreements.xml': ('agreement', 'id'),
    '/activities.xml': ('activity', 'id'),
    '/events.xml': ('event', 'id'),
    '/kpis.xml': ('kpi', 'slug'),
}


def walk(base, path, query):
    """Every item of every page of a list, and the first page's as-of."""
    url = base + path + '?limit=7&' + query
    as_of = None
    while url:
        with urllib.request.urlopen(url) as r:
            root = ET.fromstring(r.read())
        if as_of is None:
            as_of = root.get('as-of')
        elem, _ = LISTS[path]
        for item in root.findall(NS + elem):
            yield item, as_of
        nxt = root.find(NS + 'next')
        url = base.split('/', 3)[0] + '//' + base.split('/', 3)[2] + nxt.get('href') if nxt is not None else None


def canon(item):
    return ET.tostring(item, encoding='unicode')


def fetch(base, query, mirror, tombstones_delete=True):
    as_of = None
    for path, (_, key) in LISTS.items():
        for item, a in walk(base, path, query):
            as_of = as_of or a
            k = path + '#' + item.get(key)
            if item.get('deleted') is not None:
                mirror.pop(k, None)
            else:
                mirror[k] = [item.get('updated'), canon(item)]
    return as_of


def main():
    base, state, mode = sys.argv[1:4]
    if mode == 'full':
        mirror = {}
        as_of = fetch(base, 'updated_since=1970-01-01T00:00:00Z', mirror)
        json.dump({'as_of': as_of, 'mirror': mirror}, open(state, 'w'))
        print('mirrored %d items, as of %s' % (len(mirror), as_of))
    elif mode == 'sync':
        s = json.load(open(state))
        mirror = s['mirror']
        as_of = fetch(base, 'updated_since=' + s['as_of'], mirror)
        json.dump({'as_of': as_of, 'mirror': mirror}, open(state, 'w'))
        print('synced: %d items, as of %s' % (len(mirror), as_of))
    else:
        mirror = json.load(open(state))['mirror']
        fresh = {}
        # Every date of events, not just the upcoming ones.
        for path, (_, key) in LISTS.items():
            q = 'from=1900-01-01' if path == '/events.xml' else ''
            for item, _ in walk(base, path, q):
                fresh[path + '#' + item.get(key)] = [item.get('updated'), canon(item)]
        missing = sorted(set(fresh) - set(mirror))
        extra = sorted(set(mirror) - set(fresh))
        stale = sorted(k for k in fresh if k in mirror and mirror[k][0] != fresh[k][0])
        if missing or extra or stale:
            print('mirror differs: missing %s, extra %s, stale %s' % (missing[:5], extra[:5], stale[:5]))
            sys.exit(1)
        print('mirror is an exact copy: %d items' % len(fresh))


main()
