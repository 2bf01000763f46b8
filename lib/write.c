/* write.c: field errors, their messages (from the label table), and the If-Match check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "labels.h"
#include "write.h"

/* The label key of each code (lib/labels.h), its text in conf/xslt/layout.xsl: "fe." and
 * the code's short name. */
#define FE_KEY_PREFIX 3
#define FE_KEY(id, name) [id] = "fe." name,
static const char *const fe[] = { FE_CODES(FE_KEY) };
#undef FE_KEY

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
