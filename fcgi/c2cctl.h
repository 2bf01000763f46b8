/* c2cctl.h: the commands of c2cctl that live in files of their own. */
#ifndef C2C_C2CCTL_H
#define C2C_C2CCTL_H

#include "db.h"

/* c2cctl_users.c: "user add|role|list" and "token create|list|revoke".  argv[0] is the
 * subcommand.  Return the exit status: 0, 1 (failure) or 2 (bad command line). */
int cmd_user(struct db *db, int argc, char **argv);
int cmd_token(struct db *db, int argc, char **argv);

#endif
