/* tz.c: a small reader of compiled zone files (TZif versions 1 to 4, RFC 8536) and of the
 * POSIX TZ rule at their end, enough to turn UTC into the local time of an IANA zone. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "tz.h"

#define TZ_FILE_MAX (256 * 1024)   /* the largest real zone file is under 4 KiB */
#define TZ_TYPES_MAX 256

struct tz_type {
	int32_t offset;
	int     dst;
	char    abbr[TZ_ABBR_MAX];
};

/* The POSIX rule "STDoff[DST[off][,Mm.w.d[/t],Mm.w.d[/t]]]" (only the M forms: the
 * tz database writes no other for the zones in use since 2007). */
struct tz_rule {
	int            has_dst;
	struct tz_type std, dstt;
	int            mon[2], week[2], wday[2];
	int32_t        time[2];            /* seconds after local midnight, may be < 0 or > 24 h */
};

struct tz_zone {
	size_t          ntrans, ntypes;
	int64_t        *trans;             /* ntrans times, ascending */
	unsigned char  *idx;               /* ntrans type indices */
	struct tz_type  types[TZ_TYPES_MAX];
	int             has_rule;
	struct tz_rule  rule;
};

int
tz_name_valid(const char *name)
{
	size_t i, n, part = 0;

	if (name == NULL || (n = strlen(name)) == 0 || n > TZ_NAME_MAX)
		return 0;
	for (i = 0; i <= n; i++) {
		char ch = name[i];
		if (ch == '/' || ch == '\0') {
			/* no empty part, no "." or ".." (they would leave the zone directory) */
			if (part == 0 || (part == 1 && name[i - 1] == '.') ||
			    (part == 2 && name[i - 1] == '.' && name[i - 2] == '.'))
				return 0;
			part = 0;
			continue;
		}
		if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
		    ch == '_' || ch == '+' || ch == '-' || ch == '.'))
			return 0;
		part++;
	}
	return 1;
}

static int64_t
be(const unsigned char *p, int bytes)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < bytes; i++)
		v = v << 8 | p[i];
	if (bytes == 4)
		return (int32_t)(uint32_t)v;
	return (int64_t)v;
}

static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* --- the POSIX rule ----------------------------------------------------------------- */

static const char *
rule_name(const char *s, char *abbr)
{
	size_t n = 0;

	if (*s == '<') {
		for (s++; *s != '\0' && *s != '>'; s++)
			if (n + 1 < TZ_ABBR_MAX)
				abbr[n++] = *s;
		if (*s++ != '>')
			return NULL;
	} else {
		for (; (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'); s++)
			if (n + 1 < TZ_ABBR_MAX)
				abbr[n++] = *s;
	}
	abbr[n] = '\0';
	return n >= 1 ? s : NULL;
}

/* [+-]hh[:mm[:ss]] into seconds; hours up to 167 (RFC 8536's extension). */
static const char *
rule_time(const char *s, int32_t *out)
{
	int sign = 1, h = 0, m = 0, sec = 0, digits = 0;

	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	while (*s >= '0' && *s <= '9' && digits < 3) {
		h = h * 10 + (*s++ - '0');
		digits++;
	}
	if (digits == 0 || h > 167)
		return NULL;
	if (*s == ':') {
		if (!(s[1] >= '0' && s[1] <= '5' && s[2] >= '0' && s[2] <= '9'))
			return NULL;
		m = (s[1] - '0') * 10 + (s[2] - '0');
		s += 3;
		if (*s == ':') {
			if (!(s[1] >= '0' && s[1] <= '5' && s[2] >= '0' && s[2] <= '9'))
				return NULL;
			sec = (s[1] - '0') * 10 + (s[2] - '0');
			s += 3;
		}
	}
	*out = sign * (h * 3600 + m * 60 + sec);
	return s;
}

static const char *
rule_date(const char *s, struct tz_rule *r, int i)
{
	char *end;
	long v;

	if (*s++ != 'M')
		return NULL;   /* Jn and n forms: not used by the zones we meet */
	v = strtol(s, &end, 10);
	if (end == s || v < 1 || v > 12 || *end != '.')
		return NULL;
	r->mon[i] = (int)v;
	s = end + 1;
	v = strtol(s, &end, 10);
	if (end == s || v < 1 || v > 5 || *end != '.')
		return NULL;
	r->week[i] = (int)v;
	s = end + 1;
	v = strtol(s, &end, 10);
	if (end == s || v < 0 || v > 6)
		return NULL;
	r->wday[i] = (int)v;
	s = end;
	r->time[i] = 7200;   /* 02:00 by default */
	if (*s == '/' && (s = rule_time(s + 1, &r->time[i])) == NULL)
		return NULL;
	return s;
}

static int
rule_parse(const char *s, struct tz_rule *r)
{
	int32_t off;

	memset(r, 0, sizeof(*r));
	if ((s = rule_name(s, r->std.abbr)) == NULL || (s = rule_time(s, &off)) == NULL)
		return -1;
	r->std.offset = -off;   /* POSIX counts west of Greenwich */
	if (*s == '\0')
		return 0;
	if ((s = rule_name(s, r->dstt.abbr)) == NULL)
		return -1;
	r->has_dst = 1;
	r->dstt.dst = 1;
	r->dstt.offset = r->std.offset + 3600;
	if (*s != ',' && *s != '\0') {
		if ((s = rule_time(s, &off)) == NULL)
			return -1;
		r->dstt.offset = -off;
	}
	if (*s != ',')
		return -1;   /* a DST name without dates: POSIX leaves the rule to the system */
	if ((s = rule_date(s + 1, r, 0)) == NULL || *s != ',' || (s = rule_date(s + 1, r, 1)) == NULL)
		return -1;
	return *s == '\0' ? 0 : -1;
}

/* UTC time of transition i (0: into DST, 1: out of it) in year y. */
static int64_t
rule_transition(const struct tz_rule *r, int64_t y, int i)
{
	int m = r->mon[i], dim, first_wday, day;
	int64_t d1 = civil_days(y, m, 1), nd;

	first_wday = (int)((d1 % 7 + 7 + 4) % 7);   /* 1970-01-01 was a Thursday */
	day = 1 + (r->wday[i] - first_wday + 7) % 7 + (r->week[i] - 1) * 7;
	nd = civil_days(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
	dim = (int)(nd - d1);
	while (day > dim)
		day -= 7;   /* week 5 is "the last" */
	/* Local time of the rule; the offset in force just before the transition. */
	return (d1 + day - 1) * 86400 + r->time[i] - (i == 0 ? r->std.offset : r->dstt.offset);
}

static void
rule_info(const struct tz_rule *r, int64_t t, struct tz_info *out)
{
	const struct tz_type *ty = &r->std;
	int64_t y;
	int m, d;

	if (r->has_dst) {
		int64_t s, e;
		civil_date(floor_div(t + r->std.offset, 86400), &y, &m, &d);
		s = rule_transition(r, y, 0);
		e = rule_transition(r, y, 1);
		/* Northern zones: DST between start and end; southern: outside end..start. */
		if (s < e ? (t >= s && t < e) : (t >= s || t < e))
			ty = &r->dstt;
	}
	out->offset = ty->offset;
	out->dst = ty->dst;
	memcpy(out->abbr, ty->abbr, sizeof(out->abbr));
}

/* --- the file ----------------------------------------------------------------------- */

enum c2c_err
tz_parse(const unsigned char *p, size_t len, struct tz_zone **out)
{
	size_t isut, isstd, leap, timecnt, typecnt, charcnt, body, tsize = 4, i;
	const unsigned char *h = p, *q, *chars;
	struct tz_zone *z;
	int version;

	*out = NULL;
	if (len < 44 || memcmp(p, "TZif", 4) != 0)
		return C2C_EIO;
	version = p[4] == 0 ? 1 : p[4] - '0';
	if (version < 1 || version > 9)
		return C2C_EIO;
	for (;;) {
		isut = (size_t)be(h + 20, 4);
		isstd = (size_t)be(h + 24, 4);
		leap = (size_t)be(h + 28, 4);
		timecnt = (size_t)be(h + 32, 4);
		typecnt = (size_t)be(h + 36, 4);
		charcnt = (size_t)be(h + 40, 4);
		if (timecnt > 100000 || typecnt == 0 || typecnt > TZ_TYPES_MAX || charcnt > 1000 ||
		    leap > 10000 || isut > typecnt || isstd > typecnt)
			return C2C_EIO;
		body = timecnt * tsize + timecnt + typecnt * 6 + charcnt + leap * (tsize + 4) + isstd + isut;
		if ((size_t)(h - p) + 44 + body > len)
			return C2C_EIO;
		/* Version 2+ repeats everything with 64-bit times after the version 1 part. */
		if (tsize == 4 && version >= 2) {
			h += 44 + body;
			if ((size_t)(h - p) + 44 > len || memcmp(h, "TZif", 4) != 0)
				return C2C_EIO;
			tsize = 8;
			continue;
		}
		break;
	}
	if ((z = calloc(1, sizeof(*z))) == NULL)
		return C2C_ENOMEM;
	if (timecnt > 0 && ((z->trans = calloc(timecnt, sizeof(*z->trans))) == NULL ||
	    (z->idx = malloc(timecnt)) == NULL)) {
		tz_free(z);
		return C2C_ENOMEM;
	}
	z->ntrans = timecnt;
	z->ntypes = typecnt;
	q = h + 44;
	for (i = 0; i < timecnt; i++, q += tsize)
		z->trans[i] = be(q, (int)tsize);
	for (i = 0; i < timecnt; i++, q++) {
		if (*q >= typecnt || (i > 0 && z->trans[i] <= z->trans[i - 1])) {
			tz_free(z);
			return C2C_EIO;
		}
		z->idx[i] = *q;
	}
	chars = q + typecnt * 6;
	for (i = 0; i < typecnt; i++, q += 6) {
		size_t a = q[5], n = 0;
		z->types[i].offset = (int32_t)be(q, 4);
		z->types[i].dst = q[4] != 0;
		if (z->types[i].offset < -25 * 3600 || z->types[i].offset > 26 * 3600 || a > charcnt) {
			tz_free(z);
			return C2C_EIO;
		}
		while (a + n < charcnt && chars[a + n] != '\0' && n + 1 < TZ_ABBR_MAX)
			n++;
		memcpy(z->types[i].abbr, chars + a, n);
		z->types[i].abbr[n] = '\0';
	}
	/* The footer: "\n<rule>\n" after the data (version 2+). */
	q = h + 44 + body;
	if (tsize == 8 && (size_t)(q - p) < len && *q == '\n') {
		const unsigned char *e = memchr(q + 1, '\n', len - (size_t)(q + 1 - p));
		char rule[128];
		if (e != NULL && (size_t)(e - q - 1) < sizeof(rule) && e > q + 1) {
			memcpy(rule, q + 1, (size_t)(e - q - 1));
			rule[e - q - 1] = '\0';
			z->has_rule = rule_parse(rule, &z->rule) == 0;
		}
	}
	*out = z;
	return C2C_OK;
}

enum c2c_err
tz_load(const char *name, struct tz_zone **out)
{
	const char *dir = getenv("TZDIR");
	char path[512];
	unsigned char *data;
	size_t len = 0;
	ssize_t got;
	int fd;
	enum c2c_err rc;

	*out = NULL;
	if (!tz_name_valid(name))
		return C2C_EINVAL;
	if (dir == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path))
		return C2C_EINVAL;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0 &&
	    (errno != ELOOP || (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0))
		return errno == ENOENT || errno == ENOTDIR ? C2C_ENOTFOUND : C2C_EIO;
	if ((data = malloc(TZ_FILE_MAX)) == NULL) {
		close(fd);
		return C2C_ENOMEM;
	}
	while (len < TZ_FILE_MAX && (got = read(fd, data + len, TZ_FILE_MAX - len)) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		len += (size_t)got;
	}
	close(fd);
	rc = tz_parse(data, len, out);
	free(data);
	return rc;
}

void
tz_free(struct tz_zone *z)
{
	if (z == NULL)
		return;
	free(z->trans);
	free(z->idx);
	free(z);
}

void
tz_info_at(const struct tz_zone *z, int64_t t, struct tz_info *out)
{
	const struct tz_type *ty;
	size_t lo = 0, hi = z->ntrans;

	if (z->ntrans == 0 || t < z->trans[0]) {
		if (z->ntrans == 0 && z->has_rule) {
			rule_info(&z->rule, t, out);
			return;
		}
		/* Before the first transition: the first non-DST type (RFC 8536 3.2). */
		ty = &z->types[0];
	} else if (t >= z->trans[z->ntrans - 1] && z->has_rule) {
		rule_info(&z->rule, t, out);
		return;
	} else {
		while (hi - lo > 1) {   /* the last transition at or before t */
			size_t mid = lo + (hi - lo) / 2;
			if (z->trans[mid] <= t)
				lo = mid;
			else
				hi = mid;
		}
		ty = &z->types[z->idx[lo]];
	}
	out->offset = ty->offset;
	out->dst = ty->dst;
	memcpy(out->abbr, ty->abbr, sizeof(out->abbr));
}

void
tz_format_local(const struct tz_zone *z, int64_t t, char out[TZ_LOCAL_LEN], struct tz_info *info)
{
	struct tz_info in;
	int64_t local, days, y;
	int m, d, secs, off;

	tz_info_at(z, t, &in);
	local = t + in.offset;
	days = floor_div(local, 86400);
	secs = (int)(local - days * 86400);
	civil_date(days, &y, &m, &d);
	off = in.offset < 0 ? -in.offset : in.offset;
	/* Every field is in range (offsets under 26 h), so this fits TZ_LOCAL_LEN; the
	 * compiler cannot know that, hence the larger scratch. */
	char tmp[64];
	snprintf(tmp, sizeof(tmp), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
	    (int)(y < 0 ? 0 : y > 9999 ? 9999 : y), m, d, secs / 3600, secs / 60 % 60, secs % 60,
	    in.offset < 0 ? '-' : '+', off / 3600, off / 60 % 60);
	snprintf(out, TZ_LOCAL_LEN, "%.25s", tmp);
	if (info != NULL)
		*info = in;
}

enum c2c_err
tz_parse_utc(const char *s, int64_t *out)
{
	int y, mo, d, h, mi, se, n = 0, dim;
	static const char form[] = "dddd-dd-dd dd:dd:dd";
	size_t i;

	if (s == NULL || strlen(s) != 19)
		return C2C_EINVAL;
	for (i = 0; i < 19; i++)
		if (form[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != form[i])
			return C2C_EINVAL;
	if (
	    sscanf(s, "%4d-%2d-%2d %2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &se, &n) != 6 || n != 19 ||
	    s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':')
		return C2C_EINVAL;
	if (y < 1 || mo < 1 || mo > 12 || h > 23 || mi > 59 || se > 59 || h < 0 || mi < 0 || se < 0)
		return C2C_EINVAL;
	dim = date_days_in_month(y, mo);
	if (d < 1 || d > dim)
		return C2C_EINVAL;
	*out = civil_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
	return C2C_OK;
}
