/* c2cctl.h: the commands of c2cctl that live in files of their own.  argv[0] is the
 * (sub)command.  They return the exit status: 0, 1 (failure) or 2 (bad command line).
 * With db NULL they only check the command line (0 or 2, the error on stderr), which main
 * does before it reads the configuration or connects, so that a usage error is told as
 * such wherever the configuration or the database is; cfg then holds the defaults. */
#ifndef C2C_C2CCTL_H
#define C2C_C2CCTL_H

#include <stddef.h>

#include "auth.h"
#include "cfg.h"
#include "db.h"

/* c2cctl.c: "c2cctl:root", the audit log's actor for changes made here, into out (n
 * bytes).  The ':' cannot occur in a user name (auth_name_valid), so nobody signing in
 * can pass for the command line. */
void cli_actor(char *out, size_t n);
/* The command line as a writer: an admin (whoever may run c2cctl with the
 * configuration may change any city's data), actor cli_actor. */
void cli_user(struct auth_user *u);

/* c2cctl_import.c: "source add|list|show|enable|disable" and "import". */
int cmd_source(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv);
int cmd_import(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv);

/* c2cctl_users.c: "user add|role|list" and "token create|list|revoke". */
int cmd_user(struct db *db, int argc, char **argv);
int cmd_token(struct db *db, int argc, char **argv);

/* c2cctl_match.c: "match --evaluate [--twinnings DIR]" on the loaded profiles d (the
 * twinnings' cities take the profile of the database city of their name). */
struct match_data;
int cmd_match_evaluate(struct match_data *d, const struct c2c_cfg *cfg, const char *twinnings);
/* c2cctl_notify.c: "notify [--retry]" and "notify user NAME ..." (issue 19). */
int cmd_notify(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv);

#endif
