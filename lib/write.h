/* write.h: what every write of the editing pages and the write API shares: the problems
 * found in a request body, field by field and line by line (answered with 422), the
 * outcome of a write, and the If-Match precondition (409).  No FastCGI here. */
#ifndef C2C_WRITE_H
#define C2C_WRITE_H

#include <stddef.h>

#include "db.h"
#include "names.h"

/* Why a field was refused: a row X(FE_ID, "short-name") per code, in the enum's order
 * (lib/names.h).  Each has a message in English and in Chinese (fe_message), the label
 * "fe.<short-name>" of conf/xslt/layout.xsl. */
#define FE_CODES(X) \
	X(FE_REQUIRED, "required")                  /* missing */ \
	X(FE_SLUG, "not-a-slug")                    /* not a slug */ \
	X(FE_ID, "not-an-id")                       /* not an id (1 to 9 digits) */ \
	X(FE_DATE, "not-a-date")                    /* not a real YYYY-MM-DD date, years 1900-2999 */ \
	X(FE_PERIOD, "end-before-start")            /* end before start */ \
	X(FE_NUMBER, "not-a-number")                /* not a decimal of up to 14 + 4 digits */ \
	X(FE_SCORE, "not-a-score")                  /* not 1 to 5 */ \
	X(FE_VALUE_OR_SCORE, "no-value")            /* neither a value nor a score */ \
	X(FE_OWNER, "owner")                        /* both or neither of partnership and city */ \
	X(FE_CONFIDENCE, "not-a-confidence")        /* not low, medium, high */ \
	X(FE_FLAG, "not-a-flag")                    /* not 0 or 1 */ \
	X(FE_TOO_LONG, "too-long")                  /* over its length limit */ \
	X(FE_UTF8, "not-text")                      /* not valid UTF-8 text (or control characters) */ \
	X(FE_REPEATED, "repeated")                  /* the same field twice */ \
	X(FE_UNKNOWN_FIELD, "unknown-field")        /* a column or field c2c does not know */ \
	X(FE_CSV, "csv-syntax")                     /* CSV syntax: quotes, columns per row */ \
	X(FE_XML, "not-well-formed")                /* not well-formed XML, or a DTD */ \
	X(FE_SCHEMA, "not-valid")                   /* not valid per the schema */ \
	X(FE_EMPTY, "empty")                        /* no entry at all */ \
	X(FE_TOO_MANY, "too-many")                  /* more entries than one request may carry */ \
	X(FE_NO_KPI, "no-such-kpi")                 /* no such KPI */ \
	X(FE_NO_PARTNERSHIP, "no-such-partnership") /* no such partnership */ \
	X(FE_NO_CITY, "no-such-city")               /* no such city */ \
	X(FE_NO_VALUE, "no-such-value")             /* supersedes: no such value */ \
	X(FE_OTHER_SERIES, "other-series")          /* supersedes a value of another KPI or owner */ \
	X(FE_SUPERSEDED, "corrected-already")       /* supersedes a value already corrected (409) */ \
	X(FE_SCOPE, "out-of-scope")                 /* out of the editor's scope (403) */ \
	X(FE_STEP, "not-a-step")                    /* not a narrative step (1 to 8) */ \
	X(FE_CHOICE, "not-a-choice")                /* not one of the allowed words */ \
	X(FE_CSRF, "form-expired")                  /* the form's token is missing, stale or forged (403) */ \
	X(FE_INTEGER, "not-an-integer")             /* not a whole number in the field's range */ \
	X(FE_AMOUNT, "not-an-amount")               /* not an amount of up to 12 + 2 digits */ \
	X(FE_LINE, "not-one-line")                  /* a line break, tab or direction control in a one-line text */ \
	X(FE_URL, "not-a-url")                      /* not an http or https address */ \
	X(FE_URL_CREDENTIALS, "url-credentials")    /* an address with user:password@ */ \
	X(FE_FIXED, "cannot-move")                  /* names another owner than the item has: items do not move */ \
	X(FE_EXISTS, "exists")                      /* such an item exists already (a KPI target for that period) */ \
	X(FE_CITY_FULL, "too-many-sources")         /* the city has as many calendar sources as it may */ \
	/* The step tracker (issue 18, lib/tracker.c). */ \
	X(FE_NO_ELEMENT, "no-such-element")         /* no such element of the guide */ \
	X(FE_OTHER_STEP, "other-step")              /* an element of another step than the one named */ \
	                                            /* (or, for a city alone, of a step after Commit) */ \
	X(FE_NOT_OURS, "not-of-partnership")        /* evidence that is not an agreement or activity of this partnership */ \
	/* Reviews (issue 18). */ \
	X(FE_NOT_IN_SCOPE, "not-in-partnership")    /* names an item that is not of the same partnership (or none) */ \
	X(FE_DECIDED, "decided-already")            /* the review has a decision on this activity already (409) */ \
	/* Cooperation plans (issue 18). */ \
	X(FE_PLAN_LOCKED, "plan-not-draft")         /* the plan version is not a draft: it does not change (409) */ \
	X(FE_PLAN_STATE, "plan-state")              /* the step does not follow from the version's state (409) */ \
	X(FE_PLAN_APPROVED, "approved-already")     /* this city approved this version already (409) */ \
	X(FE_PLAN_OTHER, "other-partnership")       /* names an item of another partnership */ \
	X(FE_PLAN_FULL, "plan-full")                /* more items than a plan may hold */ \
	X(FE_PLAN_TEXT, "no-text")                  /* a text in neither English nor Chinese */ \
	X(FE_PLAN_OPEN, "plan-open")                /* the partnership has a version in draft or proposed already (409) */ \
	X(FE_NO_PARENT, "no-such-parent")           /* the parent item does not exist */
enum fe_code { FE_CODES(ENUM_VALUE) FE__MAX };

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
