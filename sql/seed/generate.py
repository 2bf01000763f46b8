#!/usr/bin/env python3
"""Generate the c2c seed SQL from the URBAN-EU-CHINA report data.

Developer tool only: the product never reads the CSV directory at run time;
the generated .sql files are committed.

Usage (from the repository root):
    python3 sql/seed/generate.py /work/shared/data

Writes sql/seed/010_report.sql next to this script.  Standard library only;
the output depends only on the CSV contents (stable order, fixed timestamps).
Warnings go to stderr; the script exits non-zero on data it cannot map.
"""

import csv
import os
import re
import sys
import unicodedata

OUT_NAME = "010_report.sql"
FIXED_TS = "2019-12-31 00:00:00"

# Countries used by cities.csv and events.csv: code -> (side, name_en, name_zh).
# Malaysia (one event in Kuala Lumpur) is on neither side: 'other'.
COUNTRIES = {
    "AT": ("europe", "Austria", "奥地利"),
    "BE": ("europe", "Belgium", "比利时"),
    "BG": ("europe", "Bulgaria", "保加利亚"),
    "CZ": ("europe", "Czechia", "捷克"),
    "DE": ("europe", "Germany", "德国"),
    "DK": ("europe", "Denmark", "丹麦"),
    "ES": ("europe", "Spain", "西班牙"),
    "FI": ("europe", "Finland", "芬兰"),
    "FR": ("europe", "France", "法国"),
    "GB": ("europe", "United Kingdom", "英国"),
    "GR": ("europe", "Greece", "希腊"),
    "IT": ("europe", "Italy", "意大利"),
    "NL": ("europe", "Netherlands", "荷兰"),
    "NO": ("europe", "Norway", "挪威"),
    "SE": ("europe", "Sweden", "瑞典"),
    "SI": ("europe", "Slovenia", "斯洛文尼亚"),
    "CN": ("china", "China", "中国"),
    "HK": ("china", "Hong Kong", "中国香港"),
    "MY": ("other", "Malaysia", "马来西亚"),
}

# Standard Chinese exonyms for European places, only where they are well
# established.  Missing slugs get name_zh NULL.  Chinese places use name_local.
EUROPE_NAME_ZH = {
    "almere": "阿尔梅勒",
    "amsterdam": "阿姆斯特丹",
    "athens": "雅典",
    "barcelona": "巴塞罗那",
    "barnsley": "巴恩斯利",
    "belfast": "贝尔法斯特",
    "birmingham": "伯明翰",
    "bologna": "博洛尼亚广域市",
    "bonn": "波恩",
    "bradford": "布拉德福德",
    "bristol": "布里斯托尔",
    "burgas": "布尔加斯",
    "chartres": "沙特尔",
    "dresden": "德累斯顿",
    "enschede": "恩斯赫德",
    "espoo": "埃斯波",
    "essen": "埃森",
    "freising": "弗赖辛",
    "furth": "菲尔特",
    "ghent": "根特",
    "gothenburg": "哥德堡",
    "granada": "格拉纳达",
    "greater-manchester": "大曼彻斯特联合管理局",
    "groningen": "格罗宁根",
    "helsinki": "赫尔辛基",
    "ingolstadt": "因戈尔施塔特",
    "le-havre": "勒阿弗尔",
    "leeds": "利兹",
    "london": "伦敦",
    "malaga": "马拉加",
    "malmo": "马尔默",
    "manchester": "曼彻斯特",
    "mannheim": "曼海姆",
    "milan": "米兰",
    "muenster": "明斯特",
    "nice": "尼斯蔚蓝海岸都会区",
    "north-rhine-westphalia": "北莱茵-威斯特法伦州",
    "nuremberg": "纽伦堡",
    "overijssel": "上艾瑟尔省",
    "prague": "布拉格",
    "provence-alpes-cote-d-azur": "普罗旺斯-阿尔卑斯-蔚蓝海岸大区",
    "reggio-emilia": "雷焦艾米利亚",
    "rome": "罗马",
    "sonderborg": "森讷堡",
    "stockholm": "斯德哥尔摩",
    "terrassa": "特拉萨",
    "turin": "都灵",
    "vienna": "维也纳",
    # Deliberately NULL (no settled exonym): agioi-anargyroi-kamatero,
    # verband-region-stuttgart, leeds-city-region, nuremberg-region,
    # valles-occidental.
}

NARRATIVE_NAME_ZH = {
    "aim": "目标",
    "commit": "承诺",
    "partner": "结伴",
    "plan": "计划",
    "do": "实施",
    "measure": "衡量",
    "act": "改进",
    "replicate": "复制",
}

LOOP_NAME_ZH = {
    "new-c2c-partnership": "新建城市伙伴关系",
    "continual-improvement": "持续改进",
    "local-helix-building": "本地多螺旋协作构建",
    "city-development": "城市发展",
}

ENUMS = {
    "side": {"europe", "china"},
    "admin_level": {"city", "metropolitan", "county", "district", "region"},
    "partnership_kind": {"programme_pairing", "sister_city", "friendship_city", "mou",
                         "cooperation_agreement", "in_discussion", "ad_hoc"},
    "partnership_source": {"table1_iuc", "table2_2019", "text", "city"},
    "agreement_kind": {"mou", "sister_city_agreement", "friendship_city_agreement",
                       "action_plan", "cooperation_plan", "letter_of_intent", "charter",
                       "addendum", "cooperation_agreement", "contract", "title_award"},
    "tie_kind": {"twinning", "member_of"},
    "tie_source": {"text", "general", "city"},
    "steps_basis": {"explicit", "inferred", "not_stated"},
    "criteria_source": {"figure9", "bonn", "success_factors"},
    "kpi_kind": {"quantitative", "qualitative"},
    "kpi_direction": {"higher_is_better", "lower_is_better"},
    "event_kind": {"workshop", "conference", "forum", "meeting", "ceremony", "seminar",
                   "summit", "other"},
}

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
INT_RE = re.compile(r"^[0-9]+$")
DEC_RE = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")

errors = []
warnings = []


def warn(msg):
    warnings.append(msg)
    print("warning: " + msg, file=sys.stderr)


def fail(msg):
    errors.append(msg)
    print("error: " + msg, file=sys.stderr)


def read_csv(directory, name):
    path = os.path.join(directory, name)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return rows


# ---- SQL literal helpers -------------------------------------------------

def q(value):
    """Quoted string literal, or NULL for None / empty string."""
    if value is None or value == "":
        return "NULL"
    s = str(value)
    s = s.replace("\\", "\\\\").replace("'", "''")
    # No raw line breaks inside literals (keeps ';' + newline out of strings).
    s = s.replace("\r", "\\r").replace("\n", "\\n")
    return "'" + s + "'"


def qs(value):
    """Quoted string literal; empty string stays '' (for NOT NULL columns)."""
    return "''" if value == "" else q(value)


def num(value, where, pattern=DEC_RE):
    if value is None or value == "":
        return "NULL"
    if not pattern.match(value):
        fail("%s: not a number: %r" % (where, value))
        return "NULL"
    return value


def flag(value, where, nullable=True):
    if value == "" and nullable:
        return "NULL"
    if value not in ("0", "1"):
        fail("%s: expected 0 or 1, got %r" % (where, value))
        return "0"
    return value


def check_enum(value, enum, where):
    if value not in ENUMS[enum]:
        fail("%s: %r is not one of %s" % (where, value, sorted(ENUMS[enum])))


def city_ref(slug):
    return "(SELECT id FROM cities WHERE slug=%s)" % q(slug)


def area_ref(slug):
    return "(SELECT id FROM areas WHERE slug=%s)" % q(slug)


def partnership_ref(eu, cn):
    return ("(SELECT id FROM partnerships WHERE europe_city_id=%s AND china_city_id=%s)"
            % (city_ref(eu), city_ref(cn)))


def insert(out, table, columns, rows, comment=None):
    out.append("")
    if comment:
        for line in comment.splitlines():
            out.append("-- " + line)
    if not rows:
        out.append("-- (no rows for %s)" % table)
        return
    out.append("INSERT INTO %s (%s) VALUES" % (table, ", ".join(columns)))
    for i, row in enumerate(rows):
        assert len(row) == len(columns), (table, row)
        end = ";" if i == len(rows) - 1 else ","
        out.append("  (" + ", ".join(row) + ")" + end)


def slugify(text, max_words=6, max_len=48):
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", s.lower())
    out = []
    for w in words[:max_words]:
        if out and len("-".join(out + [w])) > max_len:
            break
        out.append(w)
    return "-".join(out) or "event"


def split_list(value):
    return [x.strip() for x in value.split(";") if x.strip()]


# ---- main ------------------------------------------------------------------

def main(argv):
    if len(argv) != 2:
        print("usage: python3 sql/seed/generate.py /path/to/data", file=sys.stderr)
        return 2
    data = argv[1]
    here = os.path.dirname(os.path.abspath(__file__))

    cities = read_csv(data, "cities.csv")
    partnerships = read_csv(data, "partnerships.csv")
    agreements = read_csv(data, "agreements.csv")
    areas = read_csv(data, "areas.csv")
    kpis = read_csv(data, "kpis.csv")
    events = read_csv(data, "events.csv")
    criteria = read_csv(data, "criteria.csv")
    narrative = read_csv(data, "narrative.csv")
    loops = read_csv(data, "loops.csv")
    ties = read_csv(data, "ties.csv")

    counts = {}
    out = [
        "-- 010_report.sql: seed data from the URBAN-EU-CHINA report",
        "-- \"Cooperation Plans and Guidelines\" (final version, late 2019).",
        "-- GENERATED by sql/seed/generate.py from the report data CSVs; do not edit by hand.",
        "-- Regenerate: python3 sql/seed/generate.py /work/shared/data (from the repository root).",
        "-- Foreign rows are referenced by slug; explicit ids only for narrative_steps.step and loops.id.",
    ]

    # -- countries ---------------------------------------------------------
    used = set(c["country_code"] for c in cities) | set(
        e["country_code"] for e in events if e["country_code"])
    rows = []
    for code in sorted(used):
        if code not in COUNTRIES:
            fail("country code %r has no entry in COUNTRIES" % code)
            continue
        side, en, zh = COUNTRIES[code]
        rows.append([q(code), q(side), q(en), q(zh)])
    counts["countries"] = len(rows)
    insert(out, "countries", ["code", "side", "name_en", "name_zh"], rows,
           "Countries used by the cities and events; MY (Malaysia, one event venue) is 'other'.")

    # -- cities ------------------------------------------------------------
    city_by_slug = {}
    rows = []
    for i, c in enumerate(cities, start=2):
        where = "cities.csv line %d (%s)" % (i, c["slug"])
        slug = c["slug"]
        if not SLUG_RE.match(slug) or len(slug) > 64:
            fail(where + ": bad slug")
        if slug in city_by_slug:
            fail(where + ": duplicate slug")
        city_by_slug[slug] = c
        check_enum(c["region"], "side", where)
        check_enum(c["admin_level"], "admin_level", where)
        if c["country_code"] in COUNTRIES and COUNTRIES[c["country_code"]][0] != c["region"]:
            warn(where + ": region %s differs from the side of country %s"
                 % (c["region"], c["country_code"]))
        if c["region"] == "china":
            name_zh = c["name_local"]
        else:
            name_zh = EUROPE_NAME_ZH.get(slug)
        for col in ("lat", "lon"):
            if c[col] and not (-180 <= float(c[col]) <= 180):
                fail(where + ": %s out of range" % col)
        rows.append([
            q(slug), q(c["name_en"]), qs(c["name_local"]), q(name_zh), q(c["country_code"]),
            q(c["region"]), q(c["admin_level"]), q(c["province_or_state"]),
            num(c["population"], where, INT_RE), num(c["lat"], where), num(c["lon"], where),
            flag(c["coastal"], where), flag(c["seeks_partner"], where, nullable=False),
            q(c["notes"]), q(c["facts_source"] or "report"), q(FIXED_TS), q(FIXED_TS),
        ])
    for slug in EUROPE_NAME_ZH:
        if slug not in city_by_slug or city_by_slug[slug]["region"] != "europe":
            warn("EUROPE_NAME_ZH has %r, which is not a European city in cities.csv" % slug)
    counts["cities"] = len(rows)
    insert(out, "cities",
           ["slug", "name_en", "name_local", "name_zh", "country_code", "side", "admin_level",
            "province", "population", "lat", "lon", "coastal", "seeks_partner", "notes",
            "facts_source", "created_at", "updated_at"], rows,
           "Cities, counties, districts and regions (side = the CSV region column).\n"
           "name_zh: name_local for Chinese places, a standard exonym for European ones or NULL.")

    def known_city(slug, where):
        if slug not in city_by_slug:
            fail("%s: unknown city slug %r" % (where, slug))
            return False
        return True

    # -- city_ties ---------------------------------------------------------
    rows = []
    seen = set()
    for i, t in enumerate(ties, start=2):
        where = "ties.csv line %d" % i
        known_city(t["city_a"], where)
        known_city(t["city_b"], where)
        check_enum(t["kind"], "tie_kind", where)
        check_enum(t["source"], "tie_source", where)
        key = (t["city_a"], t["city_b"], t["kind"])
        if key in seen:
            fail(where + ": duplicate tie")
        seen.add(key)
        rows.append([city_ref(t["city_a"]), city_ref(t["city_b"]), q(t["kind"]),
                     num(t["since_year"], where, INT_RE), q(t["source"]), q(t["notes"])])
    counts["city_ties"] = len(rows)
    insert(out, "city_ties", ["city_a_id", "city_b_id", "kind", "since_year", "source", "notes"],
           rows, "Twinnings and city-in-region memberships (not Europe-China pairs).")

    # -- areas -------------------------------------------------------------
    area_slugs = set()
    rows = []
    for i, a in enumerate(areas, start=2):
        where = "areas.csv line %d" % i
        if not a["name_zh"]:
            fail(where + ": name_zh is empty")
        area_slugs.add(a["slug"])
        rows.append([q(a["slug"]), q(a["name_en"]), qs(a["name_zh"]), q(a["description"])])
    counts["areas"] = len(rows)
    insert(out, "areas", ["slug", "name_en", "name_zh", "description"], rows,
           "Cooperation areas.")

    # -- narrative_steps / narrative_examples ------------------------------
    step_by_slug = {}
    rows = []
    ex_rows = []
    for i, n in enumerate(narrative, start=2):
        where = "narrative.csv line %d" % i
        step = num(n["step"], where, INT_RE)
        step_by_slug[n["slug"]] = step
        if n["slug"] not in NARRATIVE_NAME_ZH:
            fail(where + ": no name_zh for step %r" % n["slug"])
        rows.append([step, q(n["slug"]), q(n["name_en"]), q(NARRATIVE_NAME_ZH.get(n["slug"], "")),
                     qs(n["key_question"]), qs(n["elements"]), qs(n["what_to_expect"])])
        for slug in split_list(n["examples"]):
            if slug not in city_by_slug:
                warn("%s: example city %r is not in cities.csv; skipped" % (where, slug))
                continue
            ex_rows.append([step, city_ref(slug)])
    counts["narrative_steps"] = len(rows)
    counts["narrative_examples"] = len(ex_rows)
    insert(out, "narrative_steps",
           ["step", "slug", "name_en", "name_zh", "key_question", "elements", "what_to_expect"],
           rows, "The eight steps of the city-to-city cooperation narrative (name_zh: own translation).")
    insert(out, "narrative_examples", ["step", "city_id"], ex_rows,
           "Cities whose examples the report attaches to each step.")

    # -- loops / loop_steps / loop_examples --------------------------------
    rows, st_rows, ex_rows = [], [], []
    for i, l in enumerate(loops, start=2):
        where = "loops.csv line %d" % i
        lid = num(l["order"], where, INT_RE)
        check_enum(l["steps_basis"], "steps_basis", where)
        if l["slug"] not in LOOP_NAME_ZH:
            fail(where + ": no name_zh for loop %r" % l["slug"])
        rows.append([lid, q(l["slug"]), q(l["name_en"]), q(LOOP_NAME_ZH.get(l["slug"], "")),
                     qs(l["description"]), q(l["steps_basis"]), q(l["notes"])])
        for s in split_list(l["steps_covered"]):
            if s not in step_by_slug:
                fail("%s: unknown step %r" % (where, s))
                continue
            st_rows.append([lid, step_by_slug[s]])
        for slug in split_list(l["examples"]):
            if slug not in city_by_slug:
                warn("%s: example city %r is not in cities.csv; skipped" % (where, slug))
                continue
            ex_rows.append([lid, city_ref(slug)])
    counts["loops"] = len(rows)
    counts["loop_steps"] = len(st_rows)
    counts["loop_examples"] = len(ex_rows)
    insert(out, "loops", ["id", "slug", "name_en", "name_zh", "description", "steps_basis", "notes"],
           rows, "The four loops (work paths); id = the CSV order column.")
    insert(out, "loop_steps", ["loop_id", "step"], st_rows,
           "Steps covered by each loop (none stated for local-helix-building).")
    insert(out, "loop_examples", ["loop_id", "city_id"], ex_rows, "Example cities per loop.")

    # -- criteria ----------------------------------------------------------
    rows = []
    for i, c in enumerate(criteria, start=2):
        where = "criteria.csv line %d" % i
        check_enum(c["source"], "criteria_source", where)
        rows.append([q(c["slug"]), q(c["group"]), qs(c["text"]), q(c["source"])])
    counts["criteria"] = len(rows)
    insert(out, "criteria", ["slug", "group_name", "text", "source"], rows,
           "Partner-selection criteria and success factors.")

    # -- kpis --------------------------------------------------------------
    rows = []
    for i, k in enumerate(kpis, start=1):
        where = "kpis.csv line %d" % (i + 1)
        check_enum(k["kind"], "kpi_kind", where)
        check_enum(k["direction"], "kpi_direction", where)
        rows.append([q(k["slug"]), q(k["name_en"]), qs(k["name_zh"]), q(k["kind"]), qs(k["unit"]),
                     q(k["direction"]), q(k["description"]), str(i), "NULL"])
    counts["kpis"] = len(rows)
    insert(out, "kpis", ["slug", "name_en", "name_zh", "kind", "unit", "direction", "description",
                         "ord", "owner_city_id"], rows,
           "KPIs from Table 5, in report order (ord); owner_city_id NULL = from the report.")

    # -- partnerships / partnership_areas ----------------------------------
    pairs = set()
    rows, ar_rows = [], []
    for i, p in enumerate(partnerships, start=2):
        where = "partnerships.csv line %d (%s-%s)" % (i, p["europe_city"], p["china_city"])
        ok = known_city(p["europe_city"], where) and known_city(p["china_city"], where)
        if ok:
            if city_by_slug[p["europe_city"]]["region"] != "europe":
                fail(where + ": europe_city is not on the europe side")
            if city_by_slug[p["china_city"]]["region"] != "china":
                fail(where + ": china_city is not on the china side")
        pair = (p["europe_city"], p["china_city"])
        if pair in pairs:
            fail(where + ": duplicate pair")
        pairs.add(pair)
        if p["kind"]:
            check_enum(p["kind"], "partnership_kind", where)
        srcs = split_list(p["source"])
        for s in srcs:
            check_enum(s, "partnership_source", where)
        rows.append([city_ref(p["europe_city"]), city_ref(p["china_city"]), q(p["kind"]),
                     num(p["since_year"], where, INT_RE), q("active"), qs(",".join(srcs)),
                     q(p["notes"]), q(FIXED_TS), q(FIXED_TS)])
        for a in split_list(p["areas"]):
            if a not in area_slugs:
                fail("%s: unknown area %r" % (where, a))
                continue
            ar_rows.append([partnership_ref(*pair), area_ref(a)])
    counts["partnerships"] = len(rows)
    counts["partnership_areas"] = len(ar_rows)
    insert(out, "partnerships",
           ["europe_city_id", "china_city_id", "kind", "since_year", "status", "sources", "notes",
            "created_at", "updated_at"], rows,
           "EU-China pairs. kind NULL: the report names the pair but not its form.")
    insert(out, "partnership_areas", ["partnership_id", "area_id"], ar_rows,
           "Cooperation areas the report names for a pair.")

    # -- agreements --------------------------------------------------------
    rows = []
    for i, a in enumerate(agreements, start=2):
        where = "agreements.csv line %d" % i
        pair = (a["europe_city"], a["china_city"])
        if pair not in pairs:
            fail(where + ": pair %s-%s is not in partnerships.csv" % pair)
        check_enum(a["kind"], "agreement_kind", where)
        if not a["title"]:
            fail(where + ": empty title")
        signed, precision = None, None
        if a["date"]:
            m = DATE_RE.match(a["date"])
            if not m:
                fail(where + ": bad date %r" % a["date"])
            else:
                y, mo, d = m.groups()
                signed = "%s-%s-%s" % (y, mo or "01", d or "01")
                precision = "day" if d else ("month" if mo else "year")
        rows.append([partnership_ref(*pair), q(a["kind"]), q(signed), q(precision), q(a["title"]),
                     q(a["notes"]), q(FIXED_TS), q(FIXED_TS)])
    counts["agreements"] = len(rows)
    insert(out, "agreements",
           ["partnership_id", "kind", "signed_on", "signed_precision", "title", "notes",
            "created_at", "updated_at"], rows,
           "Agreements and formal milestones; signed_on is the first day of the period\n"
           "(signed_precision year/month/day); both NULL when the report gives no date.")

    # -- events ------------------------------------------------------------
    name_to_slug = {}
    for c in cities:
        key = c["name_en"].strip().lower()
        if key in name_to_slug:
            warn("two cities share name_en %r; event matching uses the first" % c["name_en"])
            continue
        name_to_slug[key] = c["slug"]
    uids = set()
    rows = []
    matched = 0
    for i, e in enumerate(events, start=2):
        where = "events.csv line %d" % i
        check_enum(e["kind"], "event_kind", where)
        if not DATE_RE.match(e["start_date"]) or len(e["start_date"]) != 10:
            fail(where + ": bad start_date %r" % e["start_date"])
        if e["end_date"] and (len(e["end_date"]) != 10 or e["end_date"] < e["start_date"]):
            fail(where + ": bad end_date %r" % e["end_date"])
        base = "report-%s-%s" % (e["start_date"], slugify(e["title"]))
        uid, n = base, 2
        while uid in uids:
            uid = "%s-%d" % (base, n)
            n += 1
        uids.add(uid)
        cc = e["country_code"]
        loc_parts = [x for x in (e["city"], COUNTRIES.get(cc, (None, "", None))[1] if cc else "") if x]
        city_slug = name_to_slug.get(e["city"].strip().lower()) if e["city"] else None
        if city_slug:
            matched += 1
            if cc and city_by_slug[city_slug]["country_code"] != cc:
                warn("%s: city %s is in %s but the event says %s"
                     % (where, city_slug, city_by_slug[city_slug]["country_code"], cc))
        rows.append([
            q(uid), q(e["title"]), q(e["start_date"] + " 00:00:00"),
            q(e["end_date"] + " 00:00:00" if e["end_date"] else None), "NULL", "1",
            q(", ".join(loc_parts)), city_ref(city_slug) if city_slug else "NULL", q(cc),
            q(e["organiser"]), q(e["kind"]), q("confirmed"), "NULL", q(e["notes"]),
            q(FIXED_TS), q(FIXED_TS),
        ])
    counts["events"] = len(rows)
    insert(out, "events",
           ["uid", "title", "starts_at", "ends_at", "tzid", "all_day", "location", "city_id",
            "country_code", "organiser", "kind", "status", "source_id", "notes",
            "first_seen_at", "updated_at"], rows,
           "Events the project organised or attended (all-day; ends_at = last day, NULL if unknown).\n"
           "city_id: the city whose name_en equals the event's city (case-insensitive), else NULL.")

    out.append("")
    out.append("-- Row counts: " + ", ".join("%s %d" % kv for kv in counts.items()))
    out.append("")

    if errors:
        print("%d error(s); %s not written" % (len(errors), OUT_NAME), file=sys.stderr)
        return 1

    sql = "\n".join(out)
    # Sanity: no statement terminator inside a literal at a line end, only INSERTs.
    for line in sql.splitlines():
        if line and not (line.startswith("--") or line.startswith("INSERT INTO ")
                         or line.startswith("  (")):
            raise SystemExit("unexpected line in output: %r" % line[:80])

    path = os.path.join(here, OUT_NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(sql)
    print("wrote %s" % os.path.relpath(path))
    print("events matched to a city: %d of %d" % (matched, len(events)))
    for k, v in counts.items():
        print("  %-20s %d" % (k, v))
    if warnings:
        print("%d warning(s)" % len(warnings), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
