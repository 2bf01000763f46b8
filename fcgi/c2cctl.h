/* c2cctl.h: the commands of c2cctl kept in files of their own. */
#ifndef C2C_C2CCTL_H
#define C2C_C2CCTL_H

#include "cfg.h"
#include "db.h"

/* argv[0] is the command's name; return the exit status (2: usage). */
int cmd_source(struct db *db, int argc, char **argv);
int cmd_import(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv);

#endif
