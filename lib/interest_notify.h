/* interest_notify.h: the e-mails of expressions of interest (issue 19), as c2cctl notify
 * sends them from notify_outbox.  Each row is one event for one user (an editor of the
 * city concerned), written in the transaction of the change that caused it
 * (interest_queue), so an event is never lost and never sent for a rolled-back change.
 * A run takes the rows that are due (a digest's at the next UTC midnight, a failed one
 * after its back-off), writes them in the user's language, one message each, or one
 * digest of all of a daily user's, and marks them sent after the relay accepted the
 * message; a failure counts the attempt, keeps the error and sets the next attempt 2^n
 * minutes later (at most 6 hours).  One run at a time (a database lock).  A crash between
 * the relay's acceptance and the mark would send that message again: at least once,
 * never lost.  No FastCGI here. */
#ifndef C2C_INTEREST_NOTIFY_H
#define C2C_INTEREST_NOTIFY_H

#include <stdio.h>

#include "cfg.h"
#include "db.h"

struct notify_stats {
	int messages;   /* accepted by the relay */
	int events;     /* outbox rows they carried */
	int failed;     /* messages the relay refused or could not take */
	int queued;     /* rows still waiting after the run */
	int busy;       /* 1: another run holds the lock; nothing was done */
};

/* Sends what is due (retry_now: failed rows too, whatever their back-off) through
 * cfg->notify_relay; with no relay configured sends nothing and leaves the rows queued.
 * Progress lines go to log (may be NULL). */
enum c2c_err notify_run(struct db *db, const struct c2c_cfg *cfg, int retry_now,
    struct notify_stats *st, FILE *log);

/* A user's notification settings: email (NULL: unchanged, "": none), lang ("en", "zh" or
 * NULL), mode ("now", "daily", "off" or NULL), audited as actor.  C2C_EINVAL or
 * C2C_ENOTFOUND with err saying why. */
enum c2c_err notify_user_set(struct db *db, const char *actor, const char *name,
    const char *email, const char *lang, const char *mode, char *err, size_t errlen);

/* The subject and body of one event in lang ("en" or "zh"), for tests and the digest.
 * kind: sent, accepted, declined, reminder, expired; the names already in lang; url the
 * page to act on ("" when the site has no absolute address).  Appends to subject and
 * body.  0, or -1 when out of memory. */
struct notify_event {
	const char *kind, *from, *to, *areas, *message, *answer, *expires, *url;
};
int notify_compose(const struct notify_event *e, const char *lang, struct buf *subject,
    struct buf *body);

#endif
