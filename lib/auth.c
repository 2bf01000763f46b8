/* auth.c: identities (REMOTE_USER, bearer tokens), roles and scopes, CSRF tokens, and
 * the administration of users and tokens.  See auth.h and docs/security.md. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>

#include "audit.h"
#include "auth.h"
#include "sha256.h"
#include "utf8.h"

NAMES_TABLE(role_names, AUTH_ROLES);

const char *
auth_role_name(enum auth_role r)
{
	return (unsigned)r < ROLE__MAX ? role_names[r] : "none";
}

int
auth_role_parse(const char *s, enum auth_role *out)
{
	int r;

	for (r = ROLE_READER; s != NULL && r < ROLE__MAX; r++)
		if (strcmp(s, role_names[r]) == 0) {
			*out = (enum auth_role)r;
			return 0;
		}
	return -1;
}

int
auth_name_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;

	return n > 0 && n <= AUTH_NAME_MAX && utf8_valid_text(s, n) &&
	    strpbrk(s, "\t\r\n:") == NULL && s[0] != ' ' && s[n - 1] != ' ';
}

static const char b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

enum c2c_err
auth_token_new(char out[AUTH_TOKEN_LEN + 1])
{
	unsigned char r[33];   /* 32 random bytes and one of zeros: 44 digits, 43 used */
	size_t got = 0, i, o = 4;

	while (got < 32) {
		ssize_t n = getrandom(r + got, 32 - got, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return C2C_EIO;
		got += (size_t)n;
	}
	r[32] = 0;
	memcpy(out, "c2c_", 4);
	for (i = 0; i < 33; i += 3) {
		unsigned v = (unsigned)r[i] << 16 | (unsigned)r[i + 1] << 8 | r[i + 2];
		out[o++] = b64url[v >> 18 & 63];
		out[o++] = b64url[v >> 12 & 63];
		out[o++] = b64url[v >> 6 & 63];
		if (o < AUTH_TOKEN_LEN)
			out[o++] = b64url[v & 63];
	}
	out[AUTH_TOKEN_LEN] = '\0';
	secret_wipe(r, sizeof(r));
	return C2C_OK;
}

int
auth_token_wellformed(const char *s)
{
	size_t i;

	if (s == NULL || strlen(s) != AUTH_TOKEN_LEN || strncmp(s, "c2c_", 4) != 0)
		return 0;
	for (i = 4; i < AUTH_TOKEN_LEN; i++)
		if (strchr(b64url, s[i]) == NULL || s[i] == '\0')
			return 0;
	return 1;
}

int
auth_bearer(const char *h, char out[AUTH_TOKEN_LEN + 1])
{
	size_t n;

	if (h == NULL || *h == '\0')
		return 0;
	/* The scheme is case-insensitive (RFC 9110 11.1); one or more spaces follow it. */
	if (strncasecmp(h, "Bearer", 6) != 0 || (h[6] != ' ' && h[6] != '\0'))
		return 0;
	h += 6;
	h += strspn(h, " ");
	n = strlen(h);
	while (n > 0 && h[n - 1] == ' ')
		n--;
	if (n != AUTH_TOKEN_LEN)
		return -1;
	memcpy(out, h, n);
	out[n] = '\0';
	return auth_token_wellformed(out) ? 1 : -1;
}

/* Fills the scope of u from a city id cell (NULL or text) and a slug cell. */
static void
set_city(struct auth_user *u, const char *id, const char *slug)
{
	u->city_id = id ? strtoll(id, NULL, 10) : 0;
	snprintf(u->city, sizeof(u->city), "%s", slug ? slug : "");
}

enum c2c_err
auth_load_user(struct db *db, const char *name, struct auth_user *u)
{
	static const char sql[] =
	    "SELECT u.role, u.city_id, c.slug FROM users u LEFT JOIN cities c ON c.id = u.city_id "
	    "WHERE u.name = ?";
	struct db_param p[] = { DBP_S(name) };
	struct db_rows r;
	enum c2c_err rc;

	memset(u, 0, sizeof(*u));
	if (!auth_name_valid(name))
		return C2C_EINVAL;
	if ((rc = db_query(db, sql, p, 1, &r)) != C2C_OK)
		return rc;
	snprintf(u->name, sizeof(u->name), "%s", name);
	snprintf(u->actor, sizeof(u->actor), "%s", name);
	u->role = ROLE_READER;
	if (r.nrows == 1 && auth_role_parse(db_cell(&r, 0, 0), &u->role) == 0)
		set_city(u, db_cell(&r, 0, 1), db_cell(&r, 0, 2));
	/* An editor whose city went missing edits nothing. */
	if (u->role == ROLE_EDITOR && u->city_id == 0)
		u->role = ROLE_READER;
	db_rows_free(&r);
	return C2C_OK;
}

enum c2c_err
auth_load_token(struct db *db, const char *token, struct auth_user *u)
{
	/* The hash is bound as hex and turned into BINARY(32) by the server: the db layer
	 * binds text, and hex keeps a failed query's log line printable. */
	static const char sql[] =
	    "SELECT t.id, t.name, t.role, t.city_id, c.slug FROM api_tokens t "
	    "LEFT JOIN cities c ON c.id = t.city_id "
	    "WHERE t.token_sha256 = UNHEX(?) AND t.revoked_at IS NULL";
	unsigned char h[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];
	struct db_rows r;
	enum c2c_err rc;

	memset(u, 0, sizeof(*u));
	if (!auth_token_wellformed(token))
		return C2C_ENOTFOUND;
	if (!sha256(token, strlen(token), h))
		return C2C_EIO;
	hex_encode(h, sizeof(h), hex);
	{
		struct db_param p[] = { DBP_S(hex) };
		if ((rc = db_query(db, sql, p, 1, &r)) != C2C_OK)
			return rc;
	}
	if (r.nrows != 1 || auth_role_parse(db_cell(&r, 0, 2), &u->role) != 0) {
		db_rows_free(&r);
		memset(u, 0, sizeof(*u));
		return C2C_ENOTFOUND;
	}
	u->token_id = db_cell_ll(&r, 0, 0, 0);
	snprintf(u->name, sizeof(u->name), "%s", db_cell(&r, 0, 1));
	snprintf(u->actor, sizeof(u->actor), "token:%.160s (#%lld)", u->name, u->token_id);
	set_city(u, db_cell(&r, 0, 3), db_cell(&r, 0, 4));
	if (u->role == ROLE_EDITOR && u->city_id == 0)
		u->role = ROLE_READER;
	db_rows_free(&r);
	return C2C_OK;
}

int
auth_may_city(const struct auth_user *u, long long city_id)
{
	if (u->role == ROLE_ADMIN)
		return 1;
	return u->role == ROLE_EDITOR && u->city_id != 0 && u->city_id == city_id;
}

enum c2c_err
auth_may_partnership(struct db *db, const struct auth_user *u, long long id, int *may)
{
	static const char sql[] =
	    "SELECT p.europe_city_id, p.china_city_id, "
	    "EXISTS (SELECT 1 FROM partnership_members m WHERE m.partnership_id = p.id AND m.city_id = ?) "
	    "FROM partnerships p WHERE p.id = ? AND p.deleted_at IS NULL";
	struct db_param p[] = { DBP_I(u->city_id), DBP_I(id) };
	struct db_rows r;
	enum c2c_err rc;

	*may = 0;
	if ((rc = db_query(db, sql, p, 2, &r)) != C2C_OK)
		return rc;
	if (r.nrows != 1) {
		db_rows_free(&r);
		return C2C_ENOTFOUND;
	}
	*may = auth_may_city(u, db_cell_ll(&r, 0, 0, 0)) ||
	    auth_may_city(u, db_cell_ll(&r, 0, 1, 0)) ||
	    (u->role == ROLE_EDITOR && db_cell_is(&r, 0, 2, "1"));
	db_rows_free(&r);
	return C2C_OK;
}

enum c2c_err
auth_may_city_slug(struct db *db, const struct auth_user *u, const char *slug, int *may)
{
	static const char sql[] = "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL";
	long long id;
	enum c2c_err rc;

	*may = 0;
	if ((rc = db_lookup_id(db, sql, slug, &id)) != C2C_OK)
		return rc;
	if (id == 0)
		return C2C_ENOTFOUND;
	*may = auth_may_city(u, id);
	return C2C_OK;
}

/* HMAC over user NUL time: the NUL keeps ("ab", "1") and ("a", "b1") apart. */
/* hex = the MAC of user and when under secret; returns 0 (hex "") when libcrypto failed. */
static int
csrf_mac(const char *secret, const char *user, const char *when, char hex[2 * SHA256_LEN + 1])
{
	unsigned char mac[SHA256_LEN];
	char msg[AUTH_NAME_MAX + 32];
	size_t nu = strlen(user), nw = strlen(when);

	if (nu > AUTH_NAME_MAX)
		nu = AUTH_NAME_MAX;
	if (nw > 20)
		nw = 20;
	memcpy(msg, user, nu);
	msg[nu] = '\0';
	memcpy(msg + nu + 1, when, nw);
	if (!hmac_sha256(secret, strlen(secret), msg, nu + 1 + nw, mac)) {
		hex[0] = '\0';
		return 0;
	}
	hex_encode(mac, sizeof(mac), hex);
	return 1;
}

void
auth_csrf_make(const char *secret, const char *user, long long now, char *out)
{
	char when[24], hex[2 * SHA256_LEN + 1];

	snprintf(when, sizeof(when), "%lld", now);
	/* Without a MAC the form carries an empty token, which every check refuses. */
	if (!csrf_mac(secret, user, when, hex)) {
		out[0] = '\0';
		return;
	}
	snprintf(out, AUTH_CSRF_MAX, "%s.%s", when, hex);
}

int
auth_csrf_check(const char *secret, const char *user, const char *token, long long now,
    long long max_age)
{
	char when[24], hex[2 * SHA256_LEN + 1];
	const char *dot;
	long long t;
	size_t n;

	if (secret == NULL || *secret == '\0' || user == NULL || token == NULL ||
	    (dot = strchr(token, '.')) == NULL || (n = (size_t)(dot - token)) == 0 || n > 19 ||
	    strspn(token, "0123456789") != n || strlen(dot + 1) != 2 * SHA256_LEN)
		return 0;
	memcpy(when, token, n);
	when[n] = '\0';
	t = strtoll(when, NULL, 10);
	if (t > now + 60 || now - t > max_age)
		return 0;
	return csrf_mac(secret, user, when, hex) && mem_equal_ct(hex, dot + 1, 2 * SHA256_LEN);
}

/* ---------------------------------------------------------------- administration */

/* The city id of a slug for a role: required for editors, refused for the others. */
static enum c2c_err
role_city(struct db *db, enum auth_role role, const char *city, long long *id, char *err,
    size_t errlen)
{
	static const char sql[] = "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL";
	struct db_param p[] = { DBP_S(city) };
	struct db_rows r;
	enum c2c_err rc;

	*id = 0;
	if (role != ROLE_EDITOR) {
		if (city != NULL) {
			snprintf(err, errlen, "only an editor has a city");
			return C2C_EINVAL;
		}
		return C2C_OK;
	}
	if (city == NULL) {
		snprintf(err, errlen, "an editor needs a city (its slug)");
		return C2C_EINVAL;
	}
	if ((rc = db_query(db, sql, p, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1)
		*id = db_cell_ll(&r, 0, 0, 0);
	db_rows_free(&r);
	if (*id == 0) {
		snprintf(err, errlen, "no city '%.64s'", city);
		return C2C_ENOTFOUND;
	}
	return C2C_OK;
}

#define USER_XML_SQL \
	"SELECT u.name, u.role, c.slug AS `city/@slug` FROM users u " \
	"LEFT JOIN cities c ON c.id = u.city_id WHERE u.id = ?"
#define TOKEN_XML_SQL \
	"SELECT t.id AS `@id`, t.name, t.role, c.slug AS `city/@slug`, " \
	"DATE_FORMAT(t.revoked_at, '%Y-%m-%dT%H:%i:%sZ') AS revoked FROM api_tokens t " \
	"LEFT JOIN cities c ON c.id = t.city_id WHERE t.id = ?"

/* Ends a transaction: commit when rc is C2C_OK, else roll back. */
static enum c2c_err
finish(struct db *db, enum c2c_err rc)
{
	if (rc == C2C_OK)
		return db_commit(db);
	db_rollback(db);
	return rc;
}

/* Inserts or updates a user and logs it.  create: 1 add, 0 change the role. */
static enum c2c_err
user_put(struct db *db, const char *actor, const char *name, enum auth_role role,
    const char *city, int create, char *err, size_t errlen)
{
	static const char find[] = "SELECT id FROM users WHERE name = ? FOR UPDATE";
	static const char ins[] = "INSERT INTO users (name, role, city_id) VALUES (?, ?, ?)";
	static const char upd[] = "UPDATE users SET role = ?, city_id = ? WHERE id = ?";
	struct db_param pf[] = { DBP_S(name) };
	char *before = NULL, *after = NULL;
	long long city_id, id = 0;
	struct db_rows r;
	enum c2c_err rc;

	if (!auth_name_valid(name)) {
		snprintf(err, errlen, "a user name is 1 to %d bytes of text, without ':' or control "
		    "characters, and does not start or end with a space", AUTH_NAME_MAX);
		return C2C_EINVAL;
	}
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = role_city(db, role, city, &city_id, err, errlen)) != C2C_OK ||
	    (rc = db_query(db, find, pf, 1, &r)) != C2C_OK)
		return finish(db, rc);
	if (r.nrows == 1)
		id = db_cell_ll(&r, 0, 0, 0);
	db_rows_free(&r);
	if (create && id != 0) {
		snprintf(err, errlen, "user '%.190s' exists already (c2cctl user role changes it)", name);
		return finish(db, C2C_EINVAL);
	}
	if (!create && id == 0) {
		snprintf(err, errlen, "no user '%.190s'", name);
		return finish(db, C2C_ENOTFOUND);
	}
	if (create) {
		struct db_param p[] = { DBP_S(name), DBP_S(auth_role_name(role)),
			city_id ? DBP_I(city_id) : DBP_S(NULL) };
		if ((rc = db_exec(db, ins, sizeof(ins) - 1, p, 3, NULL)) == C2C_OK)
			id = (long long)db_last_insert_id(db);
	} else {
		struct db_param p[] = { DBP_S(auth_role_name(role)),
			city_id ? DBP_I(city_id) : DBP_S(NULL), DBP_I(id) };
		if ((rc = audit_row_xml(db, USER_XML_SQL, id, "user", &before)) == C2C_OK)
			rc = db_exec(db, upd, sizeof(upd) - 1, p, 3, NULL);
	}
	if (rc == C2C_OK && (rc = audit_row_xml(db, USER_XML_SQL, id, "user", &after)) == C2C_OK)
		rc = audit_write(db, actor, create ? "create" : "update", "user", id, before, after);
	free(before);
	free(after);
	return finish(db, rc);
}

enum c2c_err
auth_user_add(struct db *db, const char *actor, const char *name, enum auth_role role,
    const char *city, char *err, size_t errlen)
{
	return user_put(db, actor, name, role, city, 1, err, errlen);
}

enum c2c_err
auth_user_set_role(struct db *db, const char *actor, const char *name, enum auth_role role,
    const char *city, char *err, size_t errlen)
{
	return user_put(db, actor, name, role, city, 0, err, errlen);
}

enum c2c_err
auth_token_create(struct db *db, const char *actor, const char *name, enum auth_role role,
    const char *city, char out[AUTH_TOKEN_LEN + 1], long long *id, char *err, size_t errlen)
{
	static const char ins[] =
	    "INSERT INTO api_tokens (name, token_sha256, role, city_id) VALUES (?, UNHEX(?), ?, ?)";
	unsigned char h[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1], *after = NULL;
	long long city_id;
	enum c2c_err rc;

	*id = 0;
	out[0] = '\0';
	if (!auth_name_valid(name)) {
		snprintf(err, errlen, "a token name is 1 to %d bytes of text, without ':' or control "
		    "characters", AUTH_NAME_MAX);
		return C2C_EINVAL;
	}
	if ((rc = auth_token_new(out)) != C2C_OK) {
		snprintf(err, errlen, "no randomness from the kernel");
		return rc;
	}
	if (!sha256(out, strlen(out), h)) {
		secret_wipe(out, AUTH_TOKEN_LEN + 1);
		snprintf(err, errlen, "libcrypto failed to hash the token");
		return C2C_EIO;
	}
	hex_encode(h, sizeof(h), hex);
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = role_city(db, role, city, &city_id, err, errlen)) == C2C_OK) {
		struct db_param p[] = { DBP_S(name), DBP_S(hex), DBP_S(auth_role_name(role)),
			city_id ? DBP_I(city_id) : DBP_S(NULL) };
		if ((rc = db_exec(db, ins, sizeof(ins) - 1, p, 4, NULL)) == C2C_OK) {
			*id = (long long)db_last_insert_id(db);
			if ((rc = audit_row_xml(db, TOKEN_XML_SQL, *id, "api-token", &after)) == C2C_OK)
				rc = audit_write(db, actor, "create", "api-token", *id, NULL, after);
		}
	}
	free(after);
	if ((rc = finish(db, rc)) != C2C_OK) {
		secret_wipe(out, AUTH_TOKEN_LEN + 1);
		*id = 0;
	}
	return rc;
}

enum c2c_err
auth_token_revoke(struct db *db, const char *actor, long long id, char *err, size_t errlen)
{
	static const char upd[] =
	    "UPDATE api_tokens SET revoked_at = UTC_TIMESTAMP(6) WHERE id = ? AND revoked_at IS NULL";
	struct db_param p[] = { DBP_I(id) };
	char *before = NULL, *after = NULL;
	unsigned long long n = 0;
	enum c2c_err rc;

	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = audit_row_xml(db, TOKEN_XML_SQL, id, "api-token", &before)) == C2C_OK &&
	    (rc = db_exec(db, upd, sizeof(upd) - 1, p, 1, &n)) == C2C_OK) {
		if (n == 0) {
			snprintf(err, errlen, "no token #%lld, or it is revoked already", id);
			rc = C2C_ENOTFOUND;
		} else if ((rc = audit_row_xml(db, TOKEN_XML_SQL, id, "api-token", &after)) == C2C_OK) {
			rc = audit_write(db, actor, "update", "api-token", id, before, after);
		}
	}
	free(before);
	free(after);
	return finish(db, rc);
}

enum c2c_err
auth_user_list(struct db *db, struct db_rows *out)
{
	static const char sql[] =
	    "SELECT u.name, u.role, COALESCE(c.slug, '-'), DATE_FORMAT(u.created_at, '%Y-%m-%d') "
	    "FROM users u LEFT JOIN cities c ON c.id = u.city_id ORDER BY u.name";
	return db_query(db, sql, NULL, 0, out);
}

enum c2c_err
auth_token_list(struct db *db, struct db_rows *out)
{
	static const char sql[] =
	    "SELECT t.id, t.name, t.role, COALESCE(c.slug, '-'), DATE_FORMAT(t.created_at, '%Y-%m-%d'), "
	    "COALESCE(DATE_FORMAT(t.revoked_at, '%Y-%m-%d'), '-') "
	    "FROM api_tokens t LEFT JOIN cities c ON c.id = t.city_id ORDER BY t.id";
	return db_query(db, sql, NULL, 0, out);
}
