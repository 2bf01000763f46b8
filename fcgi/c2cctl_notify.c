/* c2cctl_notify.c: "c2cctl notify": expressions of interest past their time expired and
 * their reminders queued, then the e-mails that are due sent through the relay (run by
 * c2c-notify.timer); "c2cctl notify user NAME ..." a user's address, language and mode.
 * The logic is in lib/interest.c and lib/interest_notify.c. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth.h"
#include "c2cctl.h"
#include "interest.h"
#include "interest_notify.h"
#include "log.h"

static int
user_set(struct db *db, int argc, char **argv)
{
	static const struct option longs[] = { { "email", required_argument, NULL, 'e' },
		{ "no-email", no_argument, NULL, 'n' }, { "lang", required_argument, NULL, 'l' },
		{ "mode", required_argument, NULL, 'm' }, { NULL, 0, NULL, 0 } };
	const char *email = NULL, *lang = NULL, *mode = NULL;
	char who[AUTH_NAME_MAX + 1], err[400];
	enum c2c_err rc;
	int c;

	optind = 0;   /* 0: getopt starts afresh */
	while ((c = getopt_long(argc, argv, "", longs, NULL)) != -1) {
		if (c == 'e')
			email = optarg;
		else if (c == 'n')
			email = "";
		else if (c == 'l')
			lang = optarg;
		else if (c == 'm')
			mode = optarg;
		else
			return 2;
	}
	if (optind != argc - 1 || (email == NULL && lang == NULL && mode == NULL))
		return 2;
	if (db == NULL)
		return 0;
	cli_actor(who, sizeof(who));
	rc = notify_user_set(db, who, argv[optind], email, lang, mode, err, sizeof(err));
	if (rc == C2C_EINVAL || rc == C2C_ENOTFOUND) {
		log_cli_err("%s\n", err);
		return 1;
	}
	if (rc != C2C_OK) {
		log_cli_err("database: %s\n", db_error(db));
		return 1;
	}
	printf("notifications of %s updated\n", argv[optind]);
	return 0;
}

int
cmd_notify(struct db *db, const struct c2c_cfg *cfg, int argc, char **argv)
{
	static const struct option longs[] = { { "retry", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 } };
	struct notify_stats st;
	char who[AUTH_NAME_MAX + 1];
	int retry = 0, c, expired = 0, reminded = 0;
	enum c2c_err rc;

	if (argc >= 2 && strcmp(argv[1], "user") == 0)
		return user_set(db, argc - 1, argv + 1);
	optind = 0;   /* 0: getopt starts afresh */
	while ((c = getopt_long(argc, argv, "", longs, NULL)) != -1) {
		if (c != 'r')
			return 2;
		retry = 1;
	}
	if (optind != argc)
		return 2;
	if (db == NULL)
		return 0;
	cli_actor(who, sizeof(who));
	if ((rc = interest_sweep(db, cfg, who, &expired, &reminded)) != C2C_OK) {
		log_cli_err("database: %s\n", db_error(db));
		return 1;
	}
	if ((rc = notify_run(db, cfg, retry, &st, stderr)) != C2C_OK) {
		log_cli_err("%s\n", rc == C2C_ECONFIG ? "notify_relay must be an smtp:// or smtps:// URL" :
		    db_error(db));
		return 1;
	}
	if (st.busy) {
		printf("notify: another run is sending; nothing done\n");
		return 0;
	}
	printf("notify: %d expired, %d reminded, %d message(s) sent with %d event(s), %d failed, %d queued%s\n",
	    expired, reminded, st.messages, st.events, st.failed, st.queued,
	    cfg->notify_relay[0] ? "" : " (no notify_relay: nothing is sent)");
	return st.failed > 0 ? 1 : 0;
}
