/* auth.h: who is asking, and what they may change.
 *
 * Identities come from two places only (docs/security.md):
 *   - the user name the web server authenticated (REMOTE_USER), for browsers, on the
 *     editing paths that the web server protects;
 *   - a bearer API token (Authorization: Bearer c2c_...), for partner systems.  Only the
 *     SHA-256 of a token is stored; the token itself is shown once, at creation.
 * Roles: admin (everything), editor (one city: its profile, its partnerships and their
 * agreements, activities and KPI values), reader (nothing to write).  An authenticated
 * name that is not in the users table is a reader.
 * No FastCGI here: c2c.fcgi passes the header and the name in. */
#ifndef C2C_AUTH_H
#define C2C_AUTH_H

#include <stddef.h>

#include "db.h"
#include "names.h"

/* The roles, least first, with the names of users.role and api_tokens.role (ROLE_NONE: anonymous). */
#define AUTH_ROLES(X) X(ROLE_NONE, "none") X(ROLE_READER, "reader") X(ROLE_EDITOR, "editor") \
	X(ROLE_ADMIN, "admin")
enum auth_role { AUTH_ROLES(ENUM_VALUE) ROLE__MAX };

/* "reader", "editor", "admin" ("none" for ROLE_NONE).  Static. */
const char *auth_role_name(enum auth_role r);
/* 0 and *out set, or -1 for anything but reader, editor, admin. */
int auth_role_parse(const char *s, enum auth_role *out);

#define AUTH_NAME_MAX 190   /* users.name, api_tokens.name, audit_log.actor */
#define AUTH_SLUG_MAX 64

/* Who is asking.  Plain data: no pointers, nothing to free. */
struct auth_user {
	char           name[AUTH_NAME_MAX + 1];  /* the user's name, or the token's name */
	char           actor[AUTH_NAME_MAX + 1]; /* what the audit log and entered_by say:
	                                            "alice" or "token:portal (#3)" */
	enum auth_role role;                     /* ROLE_NONE: anonymous */
	long long      city_id;                  /* an editor's city; 0 otherwise */
	char           city[AUTH_SLUG_MAX + 1];  /* its slug */
	long long      token_id;                 /* 0 for a user */
};

/* 1 when s can be a user or token name: 1 to AUTH_NAME_MAX bytes of valid UTF-8 without
 * control characters, not starting or ending with a space, and without ':' (which would
 * let a user name pass for a token's actor string). */
int auth_name_valid(const char *s);

/* Tokens: "c2c_" and 43 base64url characters (32 bytes from getrandom). */
#define AUTH_TOKEN_LEN 47
/* A new random token.  C2C_EIO when the kernel gives no randomness. */
enum c2c_err auth_token_new(char out[AUTH_TOKEN_LEN + 1]);
/* 1 when s has the form of a token (does not say that it exists). */
int auth_token_wellformed(const char *s);
/* An Authorization header value.  1: a well-formed bearer token, copied to out;
 * 0: no header, or another scheme (Basic); -1: "Bearer" with something malformed. */
int auth_bearer(const char *header, char out[AUTH_TOKEN_LEN + 1]);

/* Fills u for a name the web server authenticated: the users row, or a reader when the
 * name is not registered.  C2C_EINVAL for a name auth_name_valid refuses, C2C_EDB*. */
enum c2c_err auth_load_user(struct db *db, const char *name, struct auth_user *u);
/* Fills u for a token: C2C_ENOTFOUND when no token has that hash or it was revoked. */
enum c2c_err auth_load_token(struct db *db, const char *token, struct auth_user *u);

/* 1 when u may change what belongs to the city with this id (admins: any city). */
int auth_may_city(const struct auth_user *u, long long city_id);
/* *may = 1 when u may change the partnership (admin, or editor of one of its cities or
 * further members).  C2C_ENOTFOUND when there is no such partnership (or it is deleted). */
enum c2c_err auth_may_partnership(struct db *db, const struct auth_user *u, long long id,
    int *may);
/* *may: whether u may change data of the city named by slug (not deleted).  C2C_OK;
 * C2C_ENOTFOUND when no such city; a database error. */
enum c2c_err auth_may_city_slug(struct db *db, const struct auth_user *u, const char *slug,
    int *may);

/* CSRF tokens of the editing forms: "<unix time>.<hex HMAC-SHA-256(secret, user NUL
 * time)>", so they need no storage and are bound to the user and the time they were
 * issued.  out must hold AUTH_CSRF_MAX bytes. */
#define AUTH_CSRF_MAX 96
void auth_csrf_make(const char *secret, const char *user, long long now, char *out);
/* 1 when token was made with this secret for this user at most max_age seconds before
 * now (and not in the future, beyond a minute of clock skew between hosts). */
int auth_csrf_check(const char *secret, const char *user, const char *token, long long now,
    long long max_age);

/* Administration (c2cctl).  Each runs in one transaction with its audit_log row, the
 * actor being `actor`.  city is a slug, required for editors and refused otherwise.
 * On C2C_EINVAL / C2C_ENOTFOUND err says why. */
enum c2c_err auth_user_add(struct db *db, const char *actor, const char *name,
    enum auth_role role, const char *city, char *err, size_t errlen);
enum c2c_err auth_user_set_role(struct db *db, const char *actor, const char *name,
    enum auth_role role, const char *city, char *err, size_t errlen);
/* Creates a token; out receives it (shown once), *id its number. */
enum c2c_err auth_token_create(struct db *db, const char *actor, const char *name,
    enum auth_role role, const char *city, char out[AUTH_TOKEN_LEN + 1], long long *id,
    char *err, size_t errlen);
enum c2c_err auth_token_revoke(struct db *db, const char *actor, long long id, char *err,
    size_t errlen);
/* Rows for listings: users (name, role, city, created) and tokens (id, name, role, city,
 * created, revoked).  The caller frees out with db_rows_free. */
enum c2c_err auth_user_list(struct db *db, struct db_rows *out);
enum c2c_err auth_token_list(struct db *db, struct db_rows *out);

#endif
