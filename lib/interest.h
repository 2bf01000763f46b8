/* interest.h: expressions of interest (issue 19).  A city's editor sends one to a city of
 * the other side: the areas proposed, a message, and the match's score and reasons at
 * that moment (the decision record).  The candidate's editors accept or decline it with a
 * reason; unanswered it expires.  Acceptance creates the partnership at the Partner step
 * (narrative step 3) with the proposed areas, linked to the expression.  Sending counts as
 * the sender's acceptance, so the candidate's acceptance is the mutual one: from then on
 * each side sees the other's focal point (a private part of the city profile).
 * Every write runs in one transaction with its audit rows and the e-mails it causes
 * (notify_outbox, sent by c2cctl notify: lib/interest_notify.c).  No FastCGI here. */
#ifndef C2C_INTEREST_H
#define C2C_INTEREST_H

#include <stddef.h>

#include <libxml/tree.h>

#include "auth.h"
#include "buf.h"
#include "cfg.h"
#include "db.h"
#include "write.h"

/* Budgets of what a writer controls. */
#define INTEREST_MESSAGE_MAX 2000   /* bytes of the message */
#define INTEREST_ANSWER_MAX  1000   /* bytes of the answer */
#define INTEREST_AREAS_MAX   12     /* areas proposed */
#define INTEREST_LIST_MAX    50     /* each list of /edit/cities/{slug}/interests */
#define FOCAL_LINE_MAX       200    /* name and role */
#define FOCAL_EMAIL_MAX      254
#define FOCAL_PHONE_MAX      40

/* Why a write was refused, beyond the field errors: the HTTP status and a short name
 * ("same-side") that the page and its labels key on.  status 0: not refused. */
struct interest_verdict {
	int         status;
	const char *code;    /* static */
};

/* A new expression, as the form gave it (all borrowed). */
struct interest_new {
	const char *from, *to;                    /* city slugs */
	const char *areas[INTEREST_AREAS_MAX];    /* area slugs */
	size_t      nareas;
	const char *message;
};

/* The match's record of the pair at sending time (malloc'd texts, one reason a line;
 * NULL when the engine does not rank the pair). */
struct interest_record {
	int    has_score;
	double score;
	char  *en, *zh;
};
void interest_record_free(struct interest_record *r);
/* Ranks the pair from -> to with the current profiles (the engine's own rules and the
 * configured weights) and fills rec.  Cities the engine does not know leave it empty.
 * Loads the profiles: a send is rare, so it pays that rather than share the pages'. */
enum c2c_err interest_record_make(struct db *db, const struct c2c_cfg *cfg, const char *from,
    const char *to, struct interest_record *rec);

/* Form texts.  0 when s[0..len) is valid: UTF-8 text without NUL or control characters
 * (line breaks allowed when multiline), without direction overrides, at most max bytes,
 * not blank when required; else the fe_code (FE_REQUIRED, FE_TOO_LONG, FE_UTF8, FE_LINE). */
int interest_text_check(const char *s, size_t len, size_t max, int multiline, int required,
    enum fe_code *code);
/* 1 when s is an e-mail address c2c will write in a header: printable ASCII, no spaces,
 * quotes, brackets, commas or semicolons, one '@' with something either side, at most
 * FOCAL_EMAIL_MAX bytes. */
int interest_email_valid(const char *s);
/* 1 when s is a phone number: digits, spaces and + ( ) - . / only, a digit at least. */
int interest_phone_valid(const char *s);

/* Sends.  Checks the texts (errs, 422), the scope (403), the cities (422: unknown,
 * deleted, itself, same side), partners already (409), a pending expression either way
 * (409, so a replayed form changes nothing), a decline within interest_decline_days
 * (409) and the monthly cap (429).  *id the new expression.  Database errors as rc. */
enum c2c_err interest_send(struct db *db, const struct c2c_cfg *cfg, const struct auth_user *u,
    const struct interest_new *in, const struct interest_record *rec, long long *id,
    struct field_errors *errs, struct interest_verdict *v);

/* Answers: accept (then the partnership is created; *partnership its id) or decline
 * (answer required).  if_match: the form's tag ("interest/ID/STAMP", NULL: none).
 * Refused: no such expression (404), not an editor of its candidate city (403), not
 * pending or past its expiry or a stale tag (409). */
enum c2c_err interest_answer(struct db *db, const struct auth_user *u, long long id, int accept,
    const char *answer, const char *if_match, long long *partnership, struct field_errors *errs,
    struct interest_verdict *v);

/* The focal point of a city (name required; role, email, phone optional, "" clears).
 * if_match: the form's tag ("focal-point/CITY/STAMP", NULL: none). */
struct focal_point {
	const char *name, *role, *email, *phone;
};
enum c2c_err interest_focal_save(struct db *db, const struct auth_user *u, const char *city,
    const struct focal_point *f, const char *if_match, struct field_errors *errs,
    struct interest_verdict *v);

/* The page of a city's expressions for its editors and admins (anyone else: 403 in *v):
 * the city, its focal point and tag, how many it sent in the last 30 days and the cap,
 * the newest INTEREST_LIST_MAX incoming and outgoing expressions with their areas,
 * message, record, answer, partnership and, once accepted, the other side's focal point;
 * the areas for the form.  No such city: C2C_ENOTFOUND. */
enum c2c_err interest_page(struct db *db, const struct c2c_cfg *cfg, const struct auth_user *u,
    const char *city, xmlNodePtr root, struct interest_verdict *v);

/* c2cctl notify, before sending: expires what is past its time and queues the reminders
 * due (each in its own transaction with its audit row and e-mails, actor as given).
 * *expired and *reminded count them. */
enum c2c_err interest_sweep(struct db *db, const struct c2c_cfg *cfg, const char *actor,
    int *expired, int *reminded);

/* Queues an e-mail of kind ("sent", "accepted", "declined", "reminder", "expired") about
 * the expression for every editor of the city with an address and notifications on; a
 * daily digest's row is due at the next UTC midnight.  Inside the caller's transaction. */
enum c2c_err interest_queue(struct db *db, const char *kind, long long interest, long long city);

#endif
