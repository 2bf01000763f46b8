/* param.c: query-string parsing and the validators of every parameter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "param.h"
#include "utf8.h"

enum param_type { PT_INT, PT_SLUG, PT_ENUM, PT_COUNTRY, PT_DATE, PT_TEXT, PT_CURSOR, PT_TIME,
	PT_NUMBER };

static const char *const sides[] = { "europe", "china", NULL };
static const char *const kinds[] = { "programme_pairing", "sister_city", "friendship_city",
	"mou", "cooperation_agreement", "in_discussion", "ad_hoc", NULL };
static const char *const statuses[] = { "active", "dormant", "ended", NULL };
static const char *const langs[] = { "en", "zh", NULL };
/* Each dashboard's handler takes its own tables and refuses the others. */
static const char *const tables[] = { "kpis", "partnerships", "events", "agreements", "activities",
	"by-country", "by-area", "per-year", "map", "own", NULL };

static const struct param_spec {
	const char           *name;
	enum param_type       type;
	long long             min, max;
	const char *const    *values;   /* PT_ENUM */
} specs[] = {
	[P_LIMIT]   = { "limit", PT_INT, 1, 500, NULL },
	[P_AFTER]   = { "after", PT_CURSOR, 0, 0, NULL },
	[P_SIDE]    = { "side", PT_ENUM, 0, 0, sides },
	[P_COUNTRY] = { "country", PT_COUNTRY, 0, 0, NULL },
	[P_AREA]    = { "area", PT_SLUG, 0, 0, NULL },
	[P_Q]       = { "q", PT_TEXT, 0, 0, NULL },
	[P_CITY]    = { "city", PT_SLUG, 0, 0, NULL },
	[P_KIND]    = { "kind", PT_ENUM, 0, 0, kinds },
	[P_STATUS]  = { "status", PT_ENUM, 0, 0, statuses },
	[P_FROM]    = { "from", PT_DATE, 0, 0, NULL },
	[P_TO]      = { "to", PT_DATE, 0, 0, NULL },
	[P_LANG]    = { "lang", PT_ENUM, 0, 0, langs },
	[P_PARTNERSHIP] = { "partnership", PT_INT, 1, 999999999, NULL },
	[P_KPI]     = { "kpi", PT_SLUG, 0, 0, NULL },
	[P_UPDATED_SINCE] = { "updated_since", PT_TIME, 0, 0, NULL },
	[P_PAGE]    = { "page", PT_INT, 1, 999999999, NULL },
	[P_MIN_SCORE] = { "min_score", PT_NUMBER, 0, 100, NULL },
	[P_W_COMPLEMENT] = { "w_complement", PT_NUMBER, 0, 10, NULL },
	[P_W_COMMON] = { "w_common", PT_NUMBER, 0, 10, NULL },
	[P_W_POTENTIAL] = { "w_potential", PT_NUMBER, 0, 10, NULL },
	[P_W_WILLINGNESS] = { "w_willingness", PT_NUMBER, 0, 10, NULL },
	[P_W_CONTACTS] = { "w_contacts", PT_NUMBER, 0, 10, NULL },
	[P_W_STRUCTURE] = { "w_structure", PT_NUMBER, 0, 10, NULL },
	[P_W_NETWORK] = { "w_network", PT_NUMBER, 0, 10, NULL },
	[P_W_SATURATION] = { "w_saturation", PT_NUMBER, 0, 10, NULL },
	[P_SOURCE]  = { "source", PT_INT, 1, 999999999, NULL },
	[P_TABLE] = { "table", PT_ENUM, 0, 0, tables },
	/* Reviews and practices (issue 18). */
	[P_STEP]    = { "step", PT_INT, 1, 8, NULL },
	[P_FACTOR]  = { "factor", PT_SLUG, 0, 0, NULL },
	/* Cooperation plans (issue 18). */
	[P_WITH]    = { "with", PT_INT, 1, 999999999, NULL },
	[P_PARENT]  = { "parent", PT_INT, 1, 999999999, NULL },
};
_Static_assert(sizeof(specs) / sizeof(specs[0]) == P__MAX, "specs[] must cover enum param_id");

const char *
param_name(enum param_id p)
{
	return (unsigned)p < P__MAX ? specs[p].name : "?";
}

int
param_is_slug(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > 64 || s[0] == '-' || s[n - 1] == '-')
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
		if (c == '-' && s[i + 1] == '-')
			return 0;
	}
	return 1;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

char *
param_decode(const char *s, size_t len, int plus_is_space, size_t *outlen)
{
	char *out = malloc(len + 1);
	size_t i, o = 0;

	if (out == NULL)
		return NULL;
	for (i = 0; i < len; i++) {
		if (s[i] == '%') {
			int hi, lo;
			if (len - i < 3)
				goto bad;
			if ((hi = hexval(s[i + 1])) < 0 || (lo = hexval(s[i + 2])) < 0)
				goto bad;
			out[o++] = (char)(hi << 4 | lo);
			i += 2;
		} else if (s[i] == '+' && plus_is_space) {
			out[o++] = ' ';
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = '\0';
	*outlen = o;
	return out;
bad:
	free(out);
	return NULL;
}

static int
valid_date(const char *s)
{
	return date_text_valid(s, 1900, 2999);
}

/* Validates v (already decoded, valid UTF-8) for spec; on success stores it in pv. */
static int
validate(const struct param_spec *sp, char *v, struct param_value *pv, char *err, size_t errlen)
{
	size_t i, n = strlen(v);

	switch (sp->type) {
	case PT_INT: {
		long long num = 0;
		if (n == 0 || n > 18)
			goto bad_int;
		for (i = 0; i < n; i++) {
			if (v[i] < '0' || v[i] > '9')
				goto bad_int;
			num = num * 10 + (v[i] - '0');
		}
		if (num < sp->min || num > sp->max)
			goto bad_int;
		pv->num = num;
		/* Canonical form ("0005" is "5"), so that one page has one URL, ETag and entry:
		 * leading zeros dropped, never longer than what was given. */
		while (v[0] == '0' && v[1] != '\0')
			memmove(v, v + 1, strlen(v));
		break;
bad_int:
		snprintf(err, errlen, "parameter '%s' must be an integer from %lld to %lld",
		    sp->name, sp->min, sp->max);
		return -1;
	}
	case PT_SLUG:
		if (!param_is_slug(v)) {
			snprintf(err, errlen, "parameter '%s' must be a slug (lowercase letters, digits "
			    "and single hyphens, at most 64)", sp->name);
			return -1;
		}
		break;
	case PT_ENUM: {
		const char *const *e;
		for (e = sp->values; *e != NULL; e++)
			if (strcmp(*e, v) == 0)
				break;
		if (*e == NULL) {
			size_t o = (size_t)snprintf(err, errlen, "parameter '%s' must be one of:", sp->name);
			for (e = sp->values; *e != NULL && o < errlen; e++)
				o += (size_t)snprintf(err + o, errlen - o, " %s", *e);
			return -1;
		}
		break;
	}
	case PT_COUNTRY:
		if (n != 2 || !((v[0] >= 'A' && v[0] <= 'Z') || (v[0] >= 'a' && v[0] <= 'z')) ||
		    !((v[1] >= 'A' && v[1] <= 'Z') || (v[1] >= 'a' && v[1] <= 'z'))) {
			snprintf(err, errlen, "parameter '%s' must be a two-letter ISO 3166 country code",
			    sp->name);
			return -1;
		}
		v[0] = (char)(v[0] & ~0x20);
		v[1] = (char)(v[1] & ~0x20);
		break;
	case PT_DATE:
		if (!valid_date(v)) {
			snprintf(err, errlen, "parameter '%s' must be a date YYYY-MM-DD between 1900 and 2999",
			    sp->name);
			return -1;
		}
		break;
	case PT_TEXT:
		if (n > PARAM_TEXT_MAX || !utf8_valid_text(v, n)) {
			snprintf(err, errlen, "parameter '%s' must be text of at most %d bytes without "
			    "control characters", sp->name, PARAM_TEXT_MAX);
			return -1;
		}
		break;
	case PT_TIME:
		/* RFC 3339 in UTC, as c2c writes it: YYYY-MM-DDTHH:MM:SS, optional .f{1,6}, Z. */
		if (n < 20 || n > 27 || v[10] != 'T' || v[n - 1] != 'Z' || v[13] != ':' || v[16] != ':')
			goto bad_time;
		v[10] = '\0';
		if (!valid_date(v))
			goto bad_time;
		v[10] = 'T';
		for (i = 11; i < 19; i++)
			if (i != 13 && i != 16 && (v[i] < '0' || v[i] > '9'))
				goto bad_time;
		if (atoi(v + 11) > 23 || atoi(v + 14) > 59 || atoi(v + 17) > 59)
			goto bad_time;
		if (n > 20) {
			if (v[19] != '.' || n == 21)
				goto bad_time;
			for (i = 20; i < n - 1; i++)
				if (v[i] < '0' || v[i] > '9')
					goto bad_time;
		}
		break;
bad_time:
		snprintf(err, errlen, "parameter '%s' must be a UTC time YYYY-MM-DDTHH:MM:SS[.ffffff]Z",
		    sp->name);
		return -1;
	case PT_NUMBER: {
		/* Plain decimals only ("0.75", "2"): no exponents, signs, hex, inf or nan. */
		size_t dots = 0;
		double d;
		if (n == 0 || n > 12 || v[0] == '.' || v[n - 1] == '.')
			goto bad_number;
		for (i = 0; i < n; i++) {
			if (v[i] == '.')
				dots++;
			else if (v[i] < '0' || v[i] > '9')
				goto bad_number;
		}
		d = strtod(v, NULL);
		if (dots > 1 || d < (double)sp->min || d > (double)sp->max)
			goto bad_number;
		pv->real = d;
		break;
bad_number:
		snprintf(err, errlen, "parameter '%s' must be a decimal number from %lld to %lld",
		    sp->name, sp->min, sp->max);
		return -1;
	}
	case PT_CURSOR: {
		char *key = cursor_decode(v);
		if (key == NULL) {
			snprintf(err, errlen, "parameter '%s' is not a cursor this server issued", sp->name);
			return -1;
		}
		free(key);
		break;
	}
	}
	pv->set = 1;
	pv->str = v;
	return 0;
}

enum c2c_err
params_parse(const char *query, unsigned accepted, struct params *out,
    char *err, size_t errlen, const char **bad)
{
	const char *p, *end;
	size_t qlen, pairs = 0;

	memset(out, 0, sizeof(*out));
	*bad = NULL;
	if (query == NULL)
		return C2C_OK;
	if ((qlen = strlen(query)) > PARAM_QUERY_MAX) {
		snprintf(err, errlen, "query string longer than %d bytes", PARAM_QUERY_MAX);
		return C2C_ETOOLONG;
	}
	for (p = query, end = query + qlen; p < end; ) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *pe = amp ? amp : end;
		const char *eq = memchr(p, '=', (size_t)(pe - p));
		size_t nlen, vlen;
		char *name = NULL, *val = NULL;
		int id;

		if (pe == p) {          /* "a=1&&b=2": empty pair */
			p = pe + 1;
			continue;
		}
		if (++pairs > PARAM_PAIRS_MAX) {
			snprintf(err, errlen, "more than %d query parameters", PARAM_PAIRS_MAX);
			return C2C_EINVAL;
		}
		name = param_decode(p, (size_t)((eq ? eq : pe) - p), 1, &nlen);
		val = eq ? param_decode(eq + 1, (size_t)(pe - eq - 1), 1, &vlen) : strdup("");
		if (!eq)
			vlen = 0;
		if (name == NULL || val == NULL) {
			free(name);
			free(val);
			snprintf(err, errlen, "bad percent-encoding in the query string");
			return C2C_EINVAL;
		}
		for (id = 0; id < P__MAX; id++)
			if (strlen(name) == nlen && strcmp(name, specs[id].name) == 0)
				break;
		free(name);
		p = amp ? amp + 1 : end;
		if (id == P__MAX) {
			free(val);
			continue;
		}
		*bad = specs[id].name;
		if (vlen == 0) {   /* "side=" or "side": a form's "any", never an error */
			free(val);
			*bad = NULL;
			continue;
		}
		if (!(accepted & PARAM_BIT(id))) {
			free(val);
			snprintf(err, errlen, "parameter '%s' is not accepted by this resource", specs[id].name);
			return C2C_EINVAL;
		}
		if (out->v[id].set) {
			free(val);
			snprintf(err, errlen, "parameter '%s' given more than once", specs[id].name);
			return C2C_EINVAL;
		}
		if (!utf8_valid(val, vlen) || strlen(val) != vlen) {
			free(val);
			snprintf(err, errlen, "parameter '%s' is not valid UTF-8 text", specs[id].name);
			return C2C_EINVAL;
		}
		if (validate(&specs[id], val, &out->v[id], err, errlen) < 0) {
			free(val);
			return C2C_EINVAL;
		}
		*bad = NULL;
	}
	return C2C_OK;
}

void
params_free(struct params *p)
{
	int i;

	for (i = 0; i < P__MAX; i++) {
		free(p->v[i].str);
		p->v[i].str = NULL;
		p->v[i].set = 0;
	}
}

static const char b64url[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *
cursor_encode(const char *key)
{
	size_t n = strlen(key), i, o = 0;
	const unsigned char *s = (const unsigned char *)key;
	char *out = malloc(n / 3 * 4 + 5);

	if (out == NULL)
		return NULL;
	for (i = 0; i + 2 < n; i += 3) {
		unsigned long v = (unsigned long)s[i] << 16 | (unsigned long)s[i + 1] << 8 | s[i + 2];
		out[o++] = b64url[v >> 18 & 63];
		out[o++] = b64url[v >> 12 & 63];
		out[o++] = b64url[v >> 6 & 63];
		out[o++] = b64url[v & 63];
	}
	if (n - i == 1) {
		unsigned long v = (unsigned long)s[i] << 16;
		out[o++] = b64url[v >> 18 & 63];
		out[o++] = b64url[v >> 12 & 63];
	} else if (n - i == 2) {
		unsigned long v = (unsigned long)s[i] << 16 | (unsigned long)s[i + 1] << 8;
		out[o++] = b64url[v >> 18 & 63];
		out[o++] = b64url[v >> 12 & 63];
		out[o++] = b64url[v >> 6 & 63];
	}
	out[o] = '\0';
	return out;
}

char *
cursor_decode(const char *cursor)
{
	size_t n = strlen(cursor), i, o = 0;
	unsigned long acc = 0;
	int bits = 0;
	char *out;

	/* Keys are short: a cursor over 200 characters was not issued here. */
	if (n == 0 || n > 200 || n % 4 == 1)
		return NULL;
	if ((out = malloc(n)) == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		const char *pos = strchr(b64url, cursor[i]);
		if (cursor[i] == '\0' || pos == NULL)
			goto bad;
		acc = (acc << 6) | (unsigned long)(pos - b64url);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (char)(acc >> bits & 0xff);
		}
	}
	/* Leftover bits must be zero, so that every key has exactly one cursor. */
	if (acc & ((1ul << bits) - 1))
		goto bad;
	out[o] = '\0';
	for (i = 0; i < o; i++)
		if ((unsigned char)out[i] < 0x20 || (unsigned char)out[i] > 0x7e)
			goto bad;
	return out;
bad:
	free(out);
	return NULL;
}

void
param_sql_time(const char *t, char out[PARAM_SQL_TIME])
{
	size_t n = strlen(t);

	/* "2026-11-29T16:13:00.5Z" -> "2026-11-29 16:13:00.5" (validated by PT_TIME) */
	snprintf(out, PARAM_SQL_TIME, "%.*s", (int)(n > 0 ? n - 1 : 0), t);
	if (strlen(out) > 10)
		out[10] = ' ';
}
