/* c2cctl_users.c: users and API tokens from the command line.  The logic (and the audit
 * log row every change gets) is in lib/auth.c; this file reads arguments and prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth.h"
#include "log.h"
#include "sha256.h"
#include "c2cctl.h"

/* Reports a failed change; returns the exit status 1. */
static int
failed(struct db *db, enum c2c_err rc, const char *err)
{
	if (rc == C2C_EINVAL || rc == C2C_ENOTFOUND)
		log_cli_err("%s\n", err);
	else
		log_cli_err("database: %s\n", rc == C2C_EDB || rc == C2C_EDBDOWN ?
		    db_error(db) : c2c_strerror(rc));
	return 1;
}

/* "user list", "token list": the rows fn reads as a table, column i padded to width[i]
 * (the last not padded); the exit status. */
static int
list(struct db *db, enum c2c_err (*fn)(struct db *, struct db_rows *),
    const char *const *heads, const int *width, size_t ncols)
{
	struct db_rows r;
	enum c2c_err rc;
	size_t i, j;

	if ((rc = fn(db, &r)) != C2C_OK)
		return failed(db, rc, "");
	for (i = 0; i <= r.nrows; i++)
		for (j = 0; j < ncols; j++)
			printf(j + 1 < ncols ? "%-*s " : "%*s\n", j + 1 < ncols ? width[j] : 0,
			    i == 0 ? heads[j] : db_cell(&r, i - 1, j));
	db_rows_free(&r);
	return 0;
}

/* NAME ROLE [CITY] of "user add", "user role" and "token create". */
static int
name_role_city(int argc, char **argv, enum auth_role *role, const char **city)
{
	if (argc < 3 || argc > 4)
		return -1;
	if (auth_role_parse(argv[2], role) < 0) {
		log_cli_err("the role is admin, editor or reader, not '%s'\n", argv[2]);
		return -1;
	}
	*city = argc == 4 ? argv[3] : NULL;
	return 0;
}

int
cmd_user(struct db *db, int argc, char **argv)
{
	char who[AUTH_NAME_MAX + 1], err[300] = "";
	enum auth_role role;
	const char *city;
	enum c2c_err rc;

	cli_actor(who, sizeof(who));
	if (argc == 1 && strcmp(argv[0], "list") == 0) {
		static const char *const heads[] = { "NAME", "ROLE", "CITY", "CREATED" };
		static const int width[] = { 30, 7, 20, 0 };
		return db ? list(db, auth_user_list, heads, width, 4) : 0;
	}
	if (argc < 1 || (strcmp(argv[0], "add") != 0 && strcmp(argv[0], "role") != 0) ||
	    name_role_city(argc, argv, &role, &city) < 0)
		return 2;
	if (db == NULL)
		return 0;
	rc = strcmp(argv[0], "add") == 0 ?
	    auth_user_add(db, who, argv[1], role, city, err, sizeof(err)) :
	    auth_user_set_role(db, who, argv[1], role, city, err, sizeof(err));
	if (rc != C2C_OK)
		return failed(db, rc, err);
	printf("user %s: %s%s%s\n", argv[1], auth_role_name(role), city ? " of " : "", city ? city : "");
	return 0;
}

int
cmd_token(struct db *db, int argc, char **argv)
{
	char who[AUTH_NAME_MAX + 1], err[300] = "", token[AUTH_TOKEN_LEN + 1];
	enum auth_role role;
	const char *city;
	long long id;
	enum c2c_err rc;

	cli_actor(who, sizeof(who));
	if (argc == 1 && strcmp(argv[0], "list") == 0) {
		static const char *const heads[] = { "ID", "NAME", "ROLE", "CITY", "CREATED", "REVOKED" };
		static const int width[] = { 5, 30, 7, 20, 10, 0 };
		return db ? list(db, auth_token_list, heads, width, 6) : 0;
	}
	if (argc == 2 && strcmp(argv[0], "revoke") == 0) {
		char *end;
		id = strtoll(argv[1], &end, 10);
		if (*argv[1] == '\0' || *end != '\0' || id <= 0)
			return 2;
		if (db == NULL)
			return 0;
		if ((rc = auth_token_revoke(db, who, id, err, sizeof(err))) != C2C_OK)
			return failed(db, rc, err);
		printf("token #%lld revoked\n", id);
		return 0;
	}
	if (argc < 1 || strcmp(argv[0], "create") != 0 || name_role_city(argc, argv, &role, &city) < 0)
		return 2;
	if (db == NULL)
		return 0;
	if ((rc = auth_token_create(db, who, argv[1], role, city, token, &id, err, sizeof(err))) != C2C_OK)
		return failed(db, rc, err);
	/* The token alone on standard output, so that a script can capture it; it is not
	 * stored anywhere and cannot be shown again. */
	fprintf(stderr, "token #%lld for %s: %s%s%s; keep it now, it cannot be shown again\n", id,
	    argv[1], auth_role_name(role), city ? " of " : "", city ? city : "");
	printf("%s\n", token);
	secret_wipe(token, sizeof(token));
	return 0;
}
