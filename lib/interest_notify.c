/* interest_notify.c: the e-mails of expressions of interest from notify_outbox
 * (interest_notify.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "buf.h"
#include "interest.h"
#include "interest_notify.h"
#include "labels.h"
#include "mail.h"

int
notify_compose(const struct notify_event *e, const char *lang, struct buf *s, struct buf *b)
{
	int zh = strcmp(lang, "zh") == 0, rc = 0;
	const char *k = e->kind;

	/* The texts are the label table's (lib/labels.h), values by position. */
	if (strcmp(k, "sent") == 0) {
		rc |= label_fmt(s, "mail.eoi.sent.subject", zh, e->from, e->to);
		rc |= label_fmt(b, "mail.eoi.sent.body", zh, e->from, e->to, e->areas, e->message, e->expires);
	} else if (strcmp(k, "accepted") == 0) {
		rc |= label_fmt(s, "mail.eoi.accepted.subject", zh, e->to, e->from);
		rc |= label_fmt(b, "mail.eoi.accepted.body", zh, e->to, e->from);
		if (e->answer && e->answer[0])
			rc |= label_fmt(b, "mail.eoi.accepted.answer", zh, e->answer);
	} else if (strcmp(k, "declined") == 0) {
		rc |= label_fmt(s, "mail.eoi.declined.subject", zh, e->to, e->from);
		rc |= label_fmt(b, "mail.eoi.declined.body", zh, e->to, e->from, e->answer ? e->answer : "");
	} else if (strcmp(k, "reminder") == 0) {
		rc |= label_fmt(s, "mail.eoi.reminder.subject", zh, e->from, e->expires);
		rc |= label_fmt(b, "mail.eoi.reminder.body", zh, e->from, e->to, e->expires);
	} else {
		rc |= label_fmt(s, "mail.eoi.expired.subject", zh, e->from, e->to);
		rc |= label_fmt(b, "mail.eoi.expired.body", zh, e->from, e->to, e->expires);
	}
	if (e->url && e->url[0])
		rc |= buf_printf(b, zh ? "\n%s\n" : "\n%s\n", e->url);
	return rc < 0 ? -1 : 0;
}

/* The due rows, grouped by user (a daily user's rows go in one digest). */
static const char due_sql[] =
    "SELECT o.id, o.user_id, u.email, u.lang, u.notify, o.kind, "
    "f.slug, f.name_en, COALESCE(f.name_zh, f.name_en), t.slug, t.name_en, COALESCE(t.name_zh, t.name_en), "
    "i.message, i.answer, DATE_FORMAT(i.expires_at, '%Y-%m-%d'), "
    "(SELECT GROUP_CONCAT(a.name_en ORDER BY a.name_en SEPARATOR ', ') FROM interest_areas ia "
    " JOIN areas a ON a.id = ia.area_id WHERE ia.interest_id = i.id), "
    "(SELECT GROUP_CONCAT(COALESCE(a.name_zh, a.name_en) ORDER BY a.name_en SEPARATOR '、') FROM interest_areas ia "
    " JOIN areas a ON a.id = ia.area_id WHERE ia.interest_id = i.id), u.city_id = i.to_city_id "
    "FROM notify_outbox o JOIN users u ON u.id = o.user_id JOIN interests i ON i.id = o.interest_id "
    "JOIN cities f ON f.id = i.from_city_id JOIN cities t ON t.id = i.to_city_id "
    "WHERE o.sent_at IS NULL AND u.email IS NOT NULL AND u.notify <> 'off' "
    "AND (o.due_at <= UTC_TIMESTAMP(6) OR ? = 1) ORDER BY o.user_id, o.id LIMIT 500";
enum { C_ID, C_USER, C_EMAIL, C_LANG, C_MODE, C_KIND, C_FSLUG, C_FEN, C_FZH, C_TSLUG, C_TEN, C_TZH,
	C_MSG, C_ANSWER, C_EXPIRES, C_AREAS_EN, C_AREAS_ZH, C_TO_SIDE };

/* Composes row i of r into subject and body (lang: the user's). */
static int
compose_row(const struct db_rows *r, size_t i, const struct c2c_cfg *cfg, struct buf *s, struct buf *b)
{
	int zh = db_cell_is(r, i, C_LANG, "zh");
	struct buf url = BUF_INIT;
	struct notify_event e;
	int rc;

	/* The page to act on: the recipient city's expressions of interest. */
	if (strncmp(cfg->base_url, "http://", 7) == 0 || strncmp(cfg->base_url, "https://", 8) == 0)
		buf_printf(&url, "%s/edit/cities/%s/interests%s", cfg->base_url,
		    db_cell(r, i, db_cell_is(r, i, C_TO_SIDE, "1") ? C_TSLUG : C_FSLUG), zh ? "?lang=zh" : "");
	e.kind = db_cell(r, i, C_KIND);
	e.from = db_cell(r, i, zh ? C_FZH : C_FEN);
	e.to = db_cell(r, i, zh ? C_TZH : C_TEN);
	e.areas = db_cell(r, i, zh ? C_AREAS_ZH : C_AREAS_EN) ? db_cell(r, i, zh ? C_AREAS_ZH : C_AREAS_EN) : "";
	e.message = db_cell(r, i, C_MSG) ? db_cell(r, i, C_MSG) : "";
	e.answer = db_cell(r, i, C_ANSWER);
	e.expires = db_cell(r, i, C_EXPIRES) ? db_cell(r, i, C_EXPIRES) : "";
	e.url = url.data ? url.data : "";
	rc = notify_compose(&e, zh ? "zh" : "en", s, b);
	buf_free(&url);
	return rc;
}

/* Marks rows [a, b) of r sent, or failed with err. */
static enum c2c_err
mark(struct db *db, const struct db_rows *r, size_t a, size_t b, const char *err)
{
	static const char ok_sql[] =
	    "UPDATE notify_outbox SET sent_at = UTC_TIMESTAMP(6), attempts = attempts + 1, last_error = NULL "
	    "WHERE id = ? AND sent_at IS NULL";
	static const char fail_sql[] =
	    "UPDATE notify_outbox SET attempts = attempts + 1, last_error = LEFT(?, 500), "
	    "due_at = UTC_TIMESTAMP(6) + INTERVAL LEAST(POW(2, attempts), 360) MINUTE WHERE id = ?";
	enum c2c_err rc = C2C_OK;
	size_t i;

	for (i = a; i < b && rc == C2C_OK; i++) {
		struct db_param ok[] = { DBP_I(db_cell_ll(r, i, C_ID, 0)) };
		struct db_param no[] = { DBP_S(err), DBP_I(db_cell_ll(r, i, C_ID, 0)) };
		rc = err == NULL ? db_exec(db, ok_sql, sizeof(ok_sql) - 1, ok, 1, NULL) :
		    db_exec(db, fail_sql, sizeof(fail_sql) - 1, no, 2, NULL);
	}
	return rc;
}

/* Sends rows [a, b) of r, all for one user, as one message (a digest when several). */
static enum c2c_err
send_group(struct db *db, const struct c2c_cfg *cfg, const struct db_rows *r, size_t a, size_t b,
    struct notify_stats *st, FILE *log)
{
	struct mail_relay relay = { cfg->notify_relay, cfg->notify_tls_required, cfg->notify_timeout };
	struct buf subject = BUF_INIT, body = BUF_INIT, one = BUF_INIT, msg = BUF_INIT;
	const char *to = db_cell(r, a, C_EMAIL);
	int zh = db_cell_is(r, a, C_LANG, "zh");
	char id[64], err[300];
	enum c2c_err rc = C2C_ENOMEM;
	size_t i;

	if (b - a == 1) {
		if (compose_row(r, a, cfg, &subject, &body) < 0)
			goto out;
	} else {
		char count[24];
		snprintf(count, sizeof(count), "%zu", b - a);
		if (label_fmt(&subject, "mail.eoi.digest.subject", zh, cfg->site_name, count) < 0)
			goto out;
		/* Each event under its own subject line, separated. */
		for (i = a; i < b; i++) {
			buf_reset(&one);
			buf_reset(&msg);
			if (compose_row(r, i, cfg, &one, &msg) < 0 ||
			    buf_printf(&body, "%s%s\n\n%s", i > a ? "\n----\n\n" : "", one.data, msg.data) < 0)
				goto out;
		}
		buf_reset(&msg);
	}
	snprintf(id, sizeof(id), "c2c.outbox.%lld.%lld", db_cell_ll(r, a, C_ID, 0), (long long)time(NULL));
	if ((rc = mail_build(&msg, cfg->notify_from, to, subject.data, body.data ? body.data : "",
	    time(NULL), id)) != C2C_OK) {
		/* An address c2c will not write (changed behind its back): kept, with why. */
		snprintf(err, sizeof(err), "cannot write the message: %s", rc == C2C_EINVAL ?
		    "an address is not one" : "out of memory");
		st->failed++;
		rc = mark(db, r, a, b, err);
		goto out;
	}
	if ((rc = mail_send(&relay, cfg->notify_from, to, &msg, err, sizeof(err))) != C2C_OK) {
		if (log)
			fprintf(log, "notify: to %s: %s (will retry)\n", to, err);
		st->failed++;
		rc = rc == C2C_ECONFIG ? rc : mark(db, r, a, b, err);
		goto out;
	}
	st->messages++;
	st->events += (int)(b - a);
	if (log)
		fprintf(log, "notify: sent %zu event(s) to %s\n", b - a, to);
	rc = mark(db, r, a, b, NULL);
out:
	buf_free(&subject);
	buf_free(&body);
	buf_free(&one);
	buf_free(&msg);
	return rc;
}

enum c2c_err
notify_run(struct db *db, const struct c2c_cfg *cfg, int retry_now, struct notify_stats *st,
    FILE *log)
{
	static const char lock_sql[] = "SELECT GET_LOCK('c2c-notify', 0)";
	static const char unlock_sql[] = "SELECT RELEASE_LOCK('c2c-notify')";
	static const char left_sql[] = "SELECT COUNT(*) FROM notify_outbox WHERE sent_at IS NULL";
	struct db_param p[] = { DBP_I(retry_now ? 1 : 0) };
	struct db_rows r;
	enum c2c_err rc;
	size_t a, b;
	int rounds;

	memset(st, 0, sizeof(*st));
	if ((rc = db_query(db, lock_sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	st->busy = !db_cell_is(&r, 0, 0, "1");
	db_rows_free(&r);
	if (st->busy)
		return C2C_OK;
	/* Pages of 500 rows; a page whose every message failed ends the run (the relay is
	 * away: the rows wait for their next attempt).  retry_now is honoured once. */
	for (rounds = 0; cfg->notify_relay[0] != '\0' && rounds < 1000; rounds++) {
		int sent_before = st->messages;
		if ((rc = db_query(db, due_sql, p, 1, &r)) != C2C_OK)
			break;
		for (a = 0; a < r.nrows && rc == C2C_OK; a = b) {
			for (b = a + 1; b < r.nrows && db_cell_is(&r, a, C_MODE, "daily") &&
			    db_cell_ll(&r, b, C_USER, 0) == db_cell_ll(&r, a, C_USER, 0); b++)
				;
			rc = send_group(db, cfg, &r, a, b, st, log);
		}
		a = r.nrows;
		db_rows_free(&r);
		p[0] = DBP_I(0);
		if (rc != C2C_OK || a < 500 || st->messages == sent_before)
			break;
	}
	if (rc == C2C_OK && db_query(db, left_sql, NULL, 0, &r) == C2C_OK) {
		st->queued = (int)db_cell_ll(&r, 0, 0, 0);
		db_rows_free(&r);
	}
	if (db_query(db, unlock_sql, NULL, 0, &r) == C2C_OK)
		db_rows_free(&r);
	return rc;
}

#define USER_XML_SQL \
	"SELECT u.name, u.role, c.slug AS `city/@slug`, u.email, u.lang, u.notify FROM users u " \
	"LEFT JOIN cities c ON c.id = u.city_id WHERE u.id = ?"

enum c2c_err
notify_user_set(struct db *db, const char *actor, const char *name, const char *email,
    const char *lang, const char *mode, char *err, size_t errlen)
{
	static const char sel[] = "SELECT id FROM users WHERE name = ? FOR UPDATE";
	static const char upd[] =
	    "UPDATE users SET email = IF(? = 1, ?, email), lang = COALESCE(?, lang), "
	    "notify = COALESCE(?, notify) WHERE id = ?";
	char *before = NULL, *after = NULL;
	long long id = 0;
	enum c2c_err rc;

	err[0] = '\0';
	if (email != NULL && email[0] != '\0' && !mail_addr_valid(email)) {
		snprintf(err, errlen, "not an e-mail address c2c will write in a header: %s", email);
		return C2C_EINVAL;
	}
	if (lang != NULL && strcmp(lang, "en") != 0 && strcmp(lang, "zh") != 0) {
		snprintf(err, errlen, "the language is en or zh");
		return C2C_EINVAL;
	}
	if (mode != NULL && strcmp(mode, "now") != 0 && strcmp(mode, "daily") != 0 && strcmp(mode, "off") != 0) {
		snprintf(err, errlen, "the mode is now, daily or off");
		return C2C_EINVAL;
	}
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = db_lookup_id(db, sel, name, &id)) != C2C_OK)
		goto done;
	if (id == 0) {
		snprintf(err, errlen, "no user '%s'", name);
		rc = C2C_ENOTFOUND;
		goto done;
	}
	if ((rc = audit_row_xml(db, USER_XML_SQL, id, "user", &before)) != C2C_OK)
		goto done;
	{
		struct db_param p[] = { DBP_I(email != NULL), DBP_S(email && email[0] ? email : NULL), DBP_S(lang),
			DBP_S(mode), DBP_I(id) };
		if ((rc = db_exec(db, upd, sizeof(upd) - 1, p, 5, NULL)) != C2C_OK)
			goto done;
	}
	if ((rc = audit_row_xml(db, USER_XML_SQL, id, "user", &after)) == C2C_OK)
		rc = audit_write(db, actor, "update", "user", id, before, after);
done:
	free(before);
	free(after);
	return write_finish(db, rc, rc == C2C_OK ? W_DONE : W_INVALID);
}
