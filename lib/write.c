/* write.c: field errors, their messages (from the label table), and the If-Match check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "labels.h"
#include "write.h"

/* The label key of each code (lib/labels.h), its text in conf/xslt/layout.xsl; the key
 * after "fe." is the code's short name. */
#define FE_KEY_PREFIX 3
static const char *const fe[] = {
	[FE_REQUIRED]       = "fe.required",
	[FE_SLUG]           = "fe.not-a-slug",
	[FE_ID]             = "fe.not-an-id",
	[FE_DATE]           = "fe.not-a-date",
	[FE_PERIOD]         = "fe.end-before-start",
	[FE_NUMBER]         = "fe.not-a-number",
	[FE_SCORE]          = "fe.not-a-score",
	[FE_VALUE_OR_SCORE] = "fe.no-value",
	[FE_OWNER]          = "fe.owner",
	[FE_CONFIDENCE]     = "fe.not-a-confidence",
	[FE_FLAG]           = "fe.not-a-flag",
	[FE_TOO_LONG]       = "fe.too-long",
	[FE_UTF8]           = "fe.not-text",
	[FE_REPEATED]       = "fe.repeated",
	[FE_UNKNOWN_FIELD]  = "fe.unknown-field",
	[FE_CSV]            = "fe.csv-syntax",
	[FE_XML]            = "fe.not-well-formed",
	[FE_SCHEMA]         = "fe.not-valid",
	[FE_EMPTY]          = "fe.empty",
	[FE_TOO_MANY]       = "fe.too-many",
	[FE_NO_KPI]         = "fe.no-such-kpi",
	[FE_NO_PARTNERSHIP] = "fe.no-such-partnership",
	[FE_NO_CITY]        = "fe.no-such-city",
	[FE_NO_VALUE]       = "fe.no-such-value",
	[FE_OTHER_SERIES]   = "fe.other-series",
	[FE_SUPERSEDED]     = "fe.corrected-already",
	[FE_SCOPE]          = "fe.out-of-scope",
	[FE_STEP]           = "fe.not-a-step",
	[FE_CHOICE]         = "fe.not-a-choice",
	[FE_CSRF]           = "fe.form-expired",
	[FE_INTEGER]        = "fe.not-an-integer",
	[FE_AMOUNT]         = "fe.not-an-amount",
	[FE_LINE]           = "fe.not-one-line",
	[FE_URL]            = "fe.not-a-url",
	[FE_URL_CREDENTIALS] = "fe.url-credentials",
	[FE_EXISTS]         = "fe.exists",
	[FE_CITY_FULL]      = "fe.too-many-sources",
	/* The step tracker (issue 18). */
	[FE_NO_ELEMENT]     = "fe.no-such-element",
	[FE_OTHER_STEP]     = "fe.other-step",
	[FE_NOT_OURS]       = "fe.not-of-partnership",
	[FE_FIXED]          = "fe.cannot-move",
	/* Reviews (issue 18). */
	[FE_DECIDED]        = "fe.decided-already",
	[FE_NOT_IN_SCOPE]   = "fe.not-in-partnership",
	/* Cooperation plans (issue 18). */
	[FE_PLAN_LOCKED]    = "fe.plan-not-draft",
	[FE_PLAN_STATE]     = "fe.plan-state",
	[FE_PLAN_APPROVED]  = "fe.approved-already",
	[FE_PLAN_OTHER]     = "fe.other-partnership",
	[FE_PLAN_FULL]      = "fe.plan-full",
	[FE_PLAN_TEXT]      = "fe.no-text",
	[FE_PLAN_OPEN]      = "fe.plan-open",
	[FE_NO_PARENT]      = "fe.no-such-parent",
};
_Static_assert(sizeof(fe) / sizeof(fe[0]) == FE__MAX, "fe[] must cover enum fe_code");

const char *
fe_message(enum fe_code c, const char *lang)
{
	if ((unsigned)c >= FE__MAX)
		return "?";
	return label_text(fe[c], lang != NULL && strcmp(lang, "zh") == 0);
}

const char *
fe_name(enum fe_code c)
{
	return (unsigned)c < FE__MAX ? fe[c] + FE_KEY_PREFIX : "unknown";
}

enum fe_code
fe_code_of(const char *name)
{
	int c;

	for (c = 0; name != NULL && c < FE__MAX; c++)
		if (strcmp(fe[c] + FE_KEY_PREFIX, name) == 0)
			return (enum fe_code)c;
	return FE__MAX;
}

int
fe_add(struct field_errors *e, int line, const char *field, enum fe_code code, const char *detail)
{
	struct field_error *x;

	if (e->n >= FE_KEEP) {
		e->dropped++;
		return 0;
	}
	if (e->n == e->cap) {
		size_t cap = e->cap ? e->cap * 2 : 16;
		struct field_error *v = realloc(e->v, cap * sizeof(*v));
		if (v == NULL)
			return -1;
		e->v = v;
		e->cap = cap;
	}
	x = &e->v[e->n++];
	x->line = line;
	snprintf(x->field, sizeof(x->field), "%s", field ? field : "");
	x->code = code;
	snprintf(x->detail, sizeof(x->detail), "%s", detail ? detail : "");
	return 0;
}

void
fe_free(struct field_errors *e)
{
	free(e->v);
	memset(e, 0, sizeof(*e));
}

int
fe_any(const struct field_errors *e)
{
	return e->n > 0 || e->dropped > 0;
}

int
fe_has(const struct field_errors *e, enum fe_code code)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (e->v[i].code == code)
			return 1;
	return 0;
}

int
write_etag_matches(const char *h, unsigned long long version)
{
	return write_etag_matches_res(h, version, NULL);
}

int
write_etag_matches_res(const char *h, unsigned long long version, const char *res)
{
	char want[24];
	size_t wl;

	if (h == NULL)
		return 1;
	wl = (size_t)snprintf(want, sizeof(want), "%llx", version);
	while (*h != '\0') {
		const char *end;
		h += strspn(h, " \t,");
		if (*h == '\0')
			break;
		if (*h == '*')
			return 1;
		/* If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches. */
		if (h[0] == 'W' && h[1] == '/') {
			h += 2;
			if (*h != '"')
				return 0;
			if ((end = strchr(h + 1, '"')) == NULL)
				return 0;
			h = end + 1;
			continue;
		}
		if (*h != '"' || (end = strchr(h + 1, '"')) == NULL)
			return 0;   /* malformed: nothing matches */
		{
			/* The resource part: after ';' in a page's tag, or the whole of a write's
			 * (which has '/', as a version tag never has). */
			const char *semi = memchr(h + 1, ';', (size_t)(end - h - 1));
			const char *rp = semi != NULL ? semi + 1 :
			    memchr(h + 1, '/', (size_t)(end - h - 1)) != NULL ? h + 1 : NULL;
			if (rp != NULL && res != NULL) {
				if (strlen(res) == (size_t)(end - rp) && strncmp(rp, res, (size_t)(end - rp)) == 0)
					return 1;
			} else if (rp != NULL && semi == NULL) {
				;   /* a write's tag names a resource, and this write has none */
			} else if ((size_t)(end - h - 1) > wl && strncmp(h + 1, want, wl) == 0 &&
			    h[1 + wl] == '-')
				return 1;
		}
		h = end + 1;
	}
	return 0;
}

enum c2c_err
write_precondition(struct db *db, const char *if_match, int *ok)
{
	return write_precondition_res(db, if_match, NULL, ok);
}

/* 1 when some strong tag of h has no resource part (so the data version decides). */
static int
needs_version(const char *h)
{
	while (*h != '\0') {
		const char *end;
		h += strspn(h, " \t,");
		if (*h == 'W' && h[1] == '/')
			h += 2;
		if (*h != '"' || (end = strchr(h + 1, '"')) == NULL)
			return 0;
		if (memchr(h + 1, ';', (size_t)(end - h - 1)) == NULL &&
		    memchr(h + 1, '/', (size_t)(end - h - 1)) == NULL)
			return 1;
		h = end + 1;
	}
	return 0;
}

enum c2c_err
write_precondition_res(struct db *db, const char *if_match, const char *res, int *ok)
{
	static const char sql[] = "SELECT version FROM data_version WHERE id = 1 FOR UPDATE";
	struct db_rows r;
	enum c2c_err rc;

	*ok = 1;
	if (if_match == NULL)
		return C2C_OK;
	/* A resource's own tag needs no global lock: the caller holds the row's.  A write
	 * with no resource of its own (POST /kpi-values) compares the version part of a
	 * page's tag, as before. */
	if (res != NULL && !needs_version(if_match)) {
		*ok = write_etag_matches_res(if_match, 0, res);
		return C2C_OK;
	}
	if ((rc = db_query(db, sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	*ok = r.nrows == 1 && write_etag_matches_res(if_match, db_cell_ull(&r, 0, 0), res);
	db_rows_free(&r);
	return C2C_OK;
}

int
write_may_start(const struct auth_user *u, const struct field_errors *errs, char *tag,
    enum write_status *st)
{
	tag[0] = '\0';
	*st = W_FORBIDDEN;
	if (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR)
		return 0;
	if (fe_any(errs)) {
		*st = W_INVALID;
		return 0;
	}
	return 1;
}

enum c2c_err
write_finish(struct db *db, enum c2c_err rc, enum write_status st)
{
	if (rc == C2C_OK && st == W_DONE)
		return db_commit(db);
	db_rollback(db);
	return rc;
}
