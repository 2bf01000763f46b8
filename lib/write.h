/* write.h: what every write of the editing pages and the write API shares: the problems
 * found in a request body, field by field and line by line (answered with 422), the
 * outcome of a write, and the If-Match precondition (409).  No FastCGI here. */
#ifndef C2C_WRITE_H
#define C2C_WRITE_H

#include <stddef.h>

#include "db.h"

/* Why a field was refused.  Each has a message in English and in Chinese (fe_message). */
enum fe_code {
	FE_REQUIRED,        /* missing */
	FE_SLUG,            /* not a slug */
	FE_ID,              /* not an id (1 to 9 digits) */
	FE_DATE,            /* not a real YYYY-MM-DD date, years 1900-2999 */
	FE_PERIOD,          /* end before start */
	FE_NUMBER,          /* not a decimal of up to 14 + 4 digits */
	FE_SCORE,           /* not 1 to 5 */
	FE_VALUE_OR_SCORE,  /* neither a value nor a score */
	FE_OWNER,           /* both or neither of partnership and city */
	FE_CONFIDENCE,      /* not low, medium, high */
	FE_FLAG,            /* not 0 or 1 */
	FE_TOO_LONG,        /* over its length limit */
	FE_UTF8,            /* not valid UTF-8 text (or control characters) */
	FE_REPEATED,        /* the same field twice */
	FE_UNKNOWN_FIELD,   /* a column or field c2c does not know */
	FE_CSV,             /* CSV syntax: quotes, columns per row */
	FE_XML,             /* not well-formed XML, or a DTD */
	FE_SCHEMA,          /* not valid per the schema */
	FE_EMPTY,           /* no entry at all */
	FE_TOO_MANY,        /* more entries than one request may carry */
	FE_NO_KPI,          /* no such KPI */
	FE_NO_PARTNERSHIP,  /* no such partnership */
	FE_NO_CITY,         /* no such city */
	FE_NO_VALUE,        /* supersedes: no such value */
	FE_OTHER_SERIES,    /* supersedes a value of another KPI or owner */
	FE_SUPERSEDED,      /* supersedes a value already corrected (409) */
	FE_SCOPE,           /* out of the editor's scope (403) */
	FE_STEP,            /* not a narrative step (1 to 8) */
	FE_CHOICE,          /* not one of the allowed words */
	FE_CSRF,            /* the form's token is missing, stale or forged (403) */
	FE_INTEGER,         /* not a whole number in the field's range */
	FE_AMOUNT,          /* not an amount of up to 12 + 2 digits */
	FE_LINE,            /* a line break, tab or direction control in a one-line text */
	FE_URL,             /* not an http or https address */
	FE_URL_CREDENTIALS, /* an address with user:password@ */
	FE_FIXED,           /* names another owner than the item has: items do not move */
	FE_EXISTS,          /* such an item exists already (a KPI target for that period) */
	FE_CITY_FULL,       /* the city has as many calendar sources as it may */
	/* The step tracker (issue 18, lib/tracker.c). */
	FE_NO_ELEMENT,      /* no such element of the guide */
	FE_OTHER_STEP,      /* an element of another step than the one named (or, for a city
	                     * alone, of a step after Commit) */
	FE_NOT_OURS,        /* evidence that is not an agreement or activity of this partnership */
	/* Reviews (issue 18). */
	FE_NOT_IN_SCOPE,    /* names an item that is not of the same partnership (or none) */
	FE_DECIDED,         /* the review has a decision on this activity already (409) */
	/* Cooperation plans (issue 18). */
	FE_PLAN_LOCKED,     /* the plan version is not a draft: it does not change (409) */
	FE_PLAN_STATE,      /* the step does not follow from the version's state (409) */
	FE_PLAN_APPROVED,   /* this city approved this version already (409) */
	FE_PLAN_OTHER,      /* names an item of another partnership */
	FE_PLAN_FULL,       /* more items than a plan may hold */
	FE_PLAN_TEXT,       /* a text in neither English nor Chinese */
	FE_PLAN_OPEN,       /* the partnership has a version in draft or proposed already (409) */
	FE_NO_PARENT,       /* the parent item does not exist */
	FE__MAX
};

/* The text of a code in "en" or "zh" (anything else: English): the label "fe.<name>" of
 * the label table (lib/labels.h), valid until labels_end; the key when it is missing. */
const char *fe_message(enum fe_code c, const char *lang);
/* Its short name ("not-a-date"), for clients that match on it.  Static. */
const char *fe_name(enum fe_code c);
/* The code of a short name, or FE__MAX. */
enum fe_code fe_code_of(const char *name);

struct field_error {
	int          line;        /* of the CSV record or XML element; 0 when none */
	char         field[32];
	enum fe_code code;
	char         detail[160]; /* the parser's own words, or "" */
};

/* A list of problems.  Owns v; fe_free releases it.  At most FE_KEEP are kept, the rest
 * only counted, so that a hostile body cannot make an answer of any size. */
#define FE_KEEP 200
struct field_errors {
	struct field_error *v;
	size_t              n, cap;
	size_t              dropped;
};

/* Records a problem (detail may be NULL).  -1 only when out of memory. */
int fe_add(struct field_errors *e, int line, const char *field, enum fe_code code,
    const char *detail);
void fe_free(struct field_errors *e);
/* 1 when any problem is recorded. */
int fe_any(const struct field_errors *e);
/* 1 when any problem has this code. */
int fe_has(const struct field_errors *e, enum fe_code code);

/* What a write came to (beyond database errors). */
enum write_status {
	W_DONE,        /* written: 201 or 204 */
	W_INVALID,     /* 422: see the field errors */
	W_FORBIDDEN,   /* 403: out of scope */
	W_CONFLICT,    /* 409: If-Match does not match, or the value was corrected already */
	W_NOTFOUND,    /* 404 */
};

struct auth_user;
/* The opening of a form write, before its transaction: tag (WRITE_TAG_MAX) emptied;
 * W_FORBIDDEN for a user who may not write at all (neither admin nor editor), W_INVALID
 * when errs holds problems already.  1 to go on (*st W_FORBIDDEN still, until the write
 * checks its scope), else 0 with *st set: nothing was begun, return C2C_OK. */
int write_may_start(const struct auth_user *u, const struct field_errors *errs, char *tag,
    enum write_status *st);

/* Ends a write's transaction: commits when rc is C2C_OK and st W_DONE (the commit's own
 * result), else rolls back and returns rc. */
enum c2c_err write_finish(struct db *db, enum c2c_err rc, enum write_status st);

/* The If-Match precondition, checked inside the write's transaction: locks the data
 * version row (so no other write can commit in between) and compares.  if_match NULL:
 * no condition.  "*" matches any existing resource; otherwise a list of entity tags, of
 * which one must carry the current data version (the part before '-' of c2c's ETags,
 * whatever the representation, language or host that served it).  *ok = 1 or 0. */
enum c2c_err write_precondition(struct db *db, const char *if_match, int *ok);
/* The same comparison without the database (tests): 1 when if_match names version. */
int write_etag_matches(const char *if_match, unsigned long long version);

/* Per-resource entity tags (docs/api.md, "Conditional writes").  A writable resource
 * has its own tag part "ENTITY/ID/STAMP" (STAMP: the row's updated_at to the
 * microsecond), made by the database's touch triggers on every change of that row, so a
 * write elsewhere leaves it alone.  GET of the resource sends it after the page's tag
 * ("\"<version>-<hash>;partnership/12/20261205165615123456\""), writes send it alone.
 * In If-Match, a tag with a resource part matches only that resource as it is now; a tag
 * without one (any page's) still compares the data version, as before. */
#define WRITE_TAG_MAX 96
/* 1 when if_match (NULL: no condition) matches: "*", a tag whose resource part equals
 * res, or a tag without resource part that carries version.  res NULL (a write with no
 * resource of its own, POST /kpi-values): a page's tag compares its version part. */
int write_etag_matches_res(const char *if_match, unsigned long long version, const char *res);
/* write_precondition for one resource whose current tag part is res (may be NULL);
 * locks the data version row only when a tag without resource part needs it. */
enum c2c_err write_precondition_res(struct db *db, const char *if_match, const char *res,
    int *ok);

#endif
