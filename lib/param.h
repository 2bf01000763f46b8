/* param.h: every query parameter c2c accepts, parsed and validated once, before any handler.
 * Handlers read typed values from struct params, never raw text. */
#ifndef C2C_PARAM_H
#define C2C_PARAM_H

#include <stddef.h>

#include "err.h"

enum param_id {
	P_LIMIT,     /* page size, 1..500 */
	P_AFTER,     /* opaque keyset cursor */
	P_SIDE,      /* europe | china */
	P_COUNTRY,   /* ISO 3166-1 alpha-2 */
	P_AREA,      /* cooperation area slug */
	P_Q,         /* free text search */
	P_CITY,      /* city slug */
	P_KIND,      /* partnership kind */
	P_STATUS,    /* partnership status */
	P_FROM,      /* YYYY-MM-DD */
	P_TO,        /* YYYY-MM-DD */
	P_LANG,      /* en | zh */
	P_PARTNERSHIP,    /* partnership id */
	P_KPI,            /* KPI slug */
	P_UPDATED_SINCE,  /* incremental sync: YYYY-MM-DDTHH:MM:SS[.ffffff]Z */
	P_PAGE,           /* feed archive page, 1.. */
	P_MIN_SCORE,      /* matches: lowest score shown */
	P_W_COMPLEMENT,   /* matches: weights of the components, 0..10 */
	P_W_COMMON,
	P_W_POTENTIAL,
	P_W_WILLINGNESS,
	P_W_CONTACTS,
	P_W_STRUCTURE,
	P_W_NETWORK,
	P_W_SATURATION,
	P_SOURCE,         /* calendar source id (last: canonical URLs made before it keep their order) */
	P_TABLE,          /* a dashboard's CSV: which table (each dashboard has its own) */
	/* Reviews and practices (issue 18). */
	P_STEP,           /* practices: narrative step, 1..8 */
	P_FACTOR,         /* practices: success factor (criteria slug) */
	/* Cooperation plans (issue 18). */
	P_WITH,           /* a plan's comparison: the other version's number */
	P_PARENT,         /* a new plan item's form: the id of the item it belongs to */
	P__MAX
};

#define PARAM_BIT(p) (1u << (p))
/* A page's parameters are one unsigned mask (route.h, params_parse): a 33rd parameter must
 * widen it (to uint64_t) rather than shift past its width. */
_Static_assert(P__MAX <= sizeof(unsigned) * 8, "PARAM_BIT masks are unsigned: widen them for more parameters");

struct param_value {
	int        set;
	long long  num;   /* PT_INT */
	double     real;  /* PT_NUMBER */
	char      *str;   /* every type: the validated text (owned by struct params) */
};

struct params {
	struct param_value v[P__MAX];
};

/* Limits of the query string as a whole. */
#define PARAM_QUERY_MAX 4096
#define PARAM_PAIRS_MAX 64
#define PARAM_TEXT_MAX  200   /* bytes of a free-text value */

const char *param_name(enum param_id p);

/* Parses a raw (percent-encoded) query string.  Only parameters in the mask `accepted`
 * are kept; other known parameters are refused (so a filter is never silently dropped),
 * unknown ones are ignored (cache busters, tracking tags); empty values count as unset.
 * On C2C_EINVAL or C2C_ETOOLONG, err holds a message and *bad the parameter's name (or
 * NULL when the query string as a whole is bad).  out is always safe to params_free. */
enum c2c_err params_parse(const char *query, unsigned accepted, struct params *out,
    char *err, size_t errlen, const char **bad);
void params_free(struct params *p);

/* Percent-decodes s[0..len) into a new NUL-terminated string; "+" is a space when
 * plus_is_space (a query, not a path).  Returns NULL on bad encoding or out of memory;
 * *outlen gets the decoded length (which is not strlen when "%00" was decoded). */
char *param_decode(const char *s, size_t len, int plus_is_space, size_t *outlen);

/* Opaque cursors: base64url of a key string.  Both return a malloc'd string or NULL. */
char *cursor_encode(const char *key);
char *cursor_decode(const char *cursor);

/* A validated updated_since value in the form SQL takes ("YYYY-MM-DD HH:MM:SS[.f]"). */
#define PARAM_SQL_TIME 32
void param_sql_time(const char *rfc3339, char out[PARAM_SQL_TIME]);

/* 1 when s is a slug: [a-z0-9]+(-[a-z0-9]+)*, at most 64 bytes. */
int param_is_slug(const char *s);

#endif
