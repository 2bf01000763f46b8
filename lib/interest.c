/* interest.c: expressions of interest written, scoped and audited; focal points
 * (interest.h).  The page that shows them is in interest_page.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysqld_error.h>

#include "audit.h"
#include "interest.h"
#include "mail.h"
#include "utf8.h"

/* The expression as the audit log keeps it. */
#define INTEREST_XML_SQL \
	"SELECT i.id AS `@id`, i.status AS `@status`, f.slug AS `from/@slug`, t.slug AS `to/@slug`, " \
	"(SELECT GROUP_CONCAT(a.slug ORDER BY a.slug SEPARATOR ' ') FROM interest_areas ia " \
	"JOIN areas a ON a.id = ia.area_id WHERE ia.interest_id = i.id) AS areas, i.message, " \
	"i.score, i.reasons_en AS `reasons@en`, i.reasons_zh AS `reasons@zh`, i.answer, " \
	"i.sent_by AS `sent-by`, i.answered_by AS `answered-by`, " \
	"DATE_FORMAT(i.expires_at, '%Y-%m-%dT%H:%i:%sZ') AS `expires`, " \
	"i.partnership_id AS `partnership/@id` " \
	"FROM interests i JOIN cities f ON f.id = i.from_city_id JOIN cities t ON t.id = i.to_city_id " \
	"WHERE i.id = ?"
#define PARTNERSHIP_XML_SQL \
	"SELECT p.id AS `@id`, e.slug AS `europe/@slug`, c.slug AS `china/@slug`, p.kind, " \
	"p.status, p.narrative_step AS `narrative-step`, p.since_year AS `since`, " \
	"p.interest_id AS `interest/@id`, p.notes FROM partnerships p " \
	"JOIN cities e ON e.id = p.europe_city_id JOIN cities c ON c.id = p.china_city_id WHERE p.id = ?"
#define FOCAL_XML_SQL \
	"SELECT f.city_id AS `@city`, f.name, f.role, f.email, f.phone FROM focal_points f " \
	"WHERE f.city_id = ?"

static void
verdict(struct interest_verdict *v, int status, const char *code)
{
	v->status = status;
	v->code = code;
}

/* 1, with the verdict 422 "invalid", when errs holds a field error. */
static int
invalid(const struct field_errors *errs, struct interest_verdict *v)
{
	if (!fe_any(errs))
		return 0;
	verdict(v, 422, "invalid");
	return 1;
}

void
interest_record_free(struct interest_record *r)
{
	free(r->en);
	free(r->zh);
	r->en = r->zh = NULL;
	r->has_score = 0;
}

int
interest_text_check(const char *s, size_t len, size_t max, int multiline, int required,
    enum fe_code *code)
{
	size_t i;
	int blank = 1;

	if (len > max) {
		*code = FE_TOO_LONG;
		return -1;
	}
	if (!utf8_valid_text(s, len) || utf8_has_bidi_control(s, len)) {
		*code = FE_UTF8;
		return -1;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\r' || c == '\n' || c == '\t') {
			if (!multiline) {
				*code = FE_LINE;
				return -1;
			}
		} else if (c != ' ')
			blank = 0;
	}
	if (required && blank) {
		*code = FE_REQUIRED;
		return -1;
	}
	return 0;
}

/* The address rules are mail.c's (the address goes into a header); a focal point's
 * address also may not end in a dot. */
int
interest_email_valid(const char *s)
{
	return mail_addr_valid(s) && s[strlen(s) - 1] != '.';
}

int
interest_phone_valid(const char *s)
{
	int digit = 0;

	if (strlen(s) > FOCAL_PHONE_MAX)
		return 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digit = 1;
		else if (strchr(" +()-./", *s) == NULL)
			return 0;
	}
	return digit;
}

enum c2c_err
interest_queue(struct db *db, const char *kind, long long interest, long long city)
{
	static const char sql[] =
	    "INSERT INTO notify_outbox (user_id, kind, interest_id, due_at) "
	    "SELECT u.id, ?, ?, IF(u.notify = 'daily', CAST(UTC_DATE() + INTERVAL 1 DAY AS DATETIME(6)), "
	    "UTC_TIMESTAMP(6)) FROM users u WHERE u.role = 'editor' AND u.city_id = ? "
	    "AND u.email IS NOT NULL AND u.notify <> 'off'";
	struct db_param p[] = { DBP_S(kind), DBP_I(interest), DBP_I(city) };

	return db_exec(db, sql, sizeof(sql) - 1, p, 3, NULL);
}

/* An audit row of the expression after a change (before: its XML then, may be NULL). */
static enum c2c_err
audit_interest(struct db *db, const char *actor, const char *action, long long id, const char *before)
{
	char *after = NULL;
	enum c2c_err rc;

	if ((rc = audit_row_xml(db, INTEREST_XML_SQL, id, "interest", &after)) == C2C_OK)
		rc = audit_write(db, actor, action, "interest", id, before, after);
	free(after);
	return rc;
}

/* A city by slug, row locked: id, side, deleted.  *id 0 when there is none. */
static enum c2c_err
city_lock(struct db *db, const char *slug, long long *id, char side[8], int *deleted)
{
	static const char sql[] =
	    "SELECT id, side, deleted_at IS NOT NULL FROM cities WHERE slug = ? FOR UPDATE";
	struct db_param p[] = { DBP_S(slug) };
	struct db_rows r;
	enum c2c_err rc;

	*id = 0;
	*deleted = 0;
	side[0] = '\0';
	if ((rc = db_query(db, sql, p, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 1) {
		*id = db_cell_ll(&r, 0, 0, 0);
		snprintf(side, 8, "%s", db_cell(&r, 0, 1) ? db_cell(&r, 0, 1) : "");
		*deleted = db_cell_is(&r, 0, 2, "1");
	}
	db_rows_free(&r);
	return C2C_OK;
}

/* The rules of sending that need the database, in the write's transaction.  Refusals
 * go to v or errs; *from_id and *to_id are set when both cities are fit. */
static enum c2c_err
send_rules(struct db *db, const struct c2c_cfg *cfg, const struct auth_user *u,
    const struct interest_new *in, long long *from_id, long long *to_id, long long *area_ids,
    struct field_errors *errs, struct interest_verdict *v)
{
	static const char partners_sql[] =
	    "SELECT COUNT(*) FROM partnerships WHERE (europe_city_id = ? AND china_city_id = ?) "
	    "OR (europe_city_id = ? AND china_city_id = ?)";
	static const char pending_sql[] =
	    "SELECT COUNT(*) FROM interests WHERE status = 'pending' AND "
	    "((from_city_id = ? AND to_city_id = ?) OR (from_city_id = ? AND to_city_id = ?))";
	static const char declined_sql[] =
	    "SELECT COUNT(*) FROM interests WHERE from_city_id = ? AND to_city_id = ? "
	    "AND status = 'declined' AND answered_at > UTC_TIMESTAMP(6) - INTERVAL ? DAY";
	static const char month_sql[] =
	    "SELECT COUNT(*) FROM interests WHERE from_city_id = ? "
	    "AND created_at > UTC_TIMESTAMP(6) - INTERVAL 30 DAY";
	static const char area_sql[] = "SELECT id FROM areas WHERE slug = ?";
	char fside[8], tside[8];
	int fdel, tdel;
	long long n;
	size_t i;
	enum c2c_err rc;

	/* The sender's row is locked: its sends run one after another, so the cap holds. */
	if ((rc = city_lock(db, in->from, from_id, fside, &fdel)) != C2C_OK)
		return rc;
	if (*from_id == 0 || fdel) {
		verdict(v, 404, "no-city");
		return C2C_OK;
	}
	if (!auth_may_city(u, *from_id) || u->role == ROLE_READER || u->role == ROLE_NONE) {
		verdict(v, 403, "out-of-scope");
		return C2C_OK;
	}
	if ((rc = city_lock(db, in->to, to_id, tside, &tdel)) != C2C_OK)
		return rc;
	if (*to_id == 0 || tdel) {
		fe_add(errs, 0, "to", FE_NO_CITY, NULL);
		verdict(v, 422, "no-city");
		return C2C_OK;
	}
	if (*to_id == *from_id) {
		verdict(v, 422, "self");
		return C2C_OK;
	}
	if (strcmp(fside, tside) == 0) {
		verdict(v, 422, "same-side");
		return C2C_OK;
	}
	for (i = 0; i < in->nareas; i++) {
		if ((rc = db_lookup_id(db, area_sql, in->areas[i], &area_ids[i])) != C2C_OK)
			return rc;
		if (area_ids[i] == 0) {
			fe_add(errs, 0, "area", FE_CHOICE, in->areas[i]);
			verdict(v, 422, "no-area");
			return C2C_OK;
		}
	}
	{
		struct db_param p[] = { DBP_I(*from_id), DBP_I(*to_id), DBP_I(*to_id), DBP_I(*from_id) };
		if ((rc = db_query_id(db, partners_sql, p, 4, &n)) != C2C_OK)
			return rc;
		if (n > 0) {
			verdict(v, 409, "partners-already");
			return C2C_OK;
		}
		if ((rc = db_query_id(db, pending_sql, p, 4, &n)) != C2C_OK)
			return rc;
		if (n > 0) {
			verdict(v, 409, "pending");
			return C2C_OK;
		}
	}
	{
		struct db_param p[] = { DBP_I(*from_id), DBP_I(*to_id), DBP_I(cfg->interest_decline_days) };
		if ((rc = db_query_id(db, declined_sql, p, 3, &n)) != C2C_OK)
			return rc;
		if (n > 0) {
			verdict(v, 409, "declined-recently");
			return C2C_OK;
		}
	}
	{
		struct db_param p[] = { DBP_I(*from_id) };
		if ((rc = db_query_id(db, month_sql, p, 1, &n)) != C2C_OK)
			return rc;
		if (n >= cfg->interest_max_per_month) {
			verdict(v, 429, "monthly-cap");
			return C2C_OK;
		}
	}
	return C2C_OK;
}

enum c2c_err
interest_send(struct db *db, const struct c2c_cfg *cfg, const struct auth_user *u,
    const struct interest_new *in, const struct interest_record *rec, long long *id,
    struct field_errors *errs, struct interest_verdict *v)
{
	static const char ins[] =
	    "INSERT INTO interests (from_city_id, to_city_id, message, score, reasons_en, reasons_zh, "
	    "sent_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6) + INTERVAL ? DAY)";
	static const char ins_area[] = "INSERT IGNORE INTO interest_areas (interest_id, area_id) VALUES (?, ?)";
	long long from_id = 0, to_id = 0, area_ids[INTEREST_AREAS_MAX];
	char score[32];
	enum fe_code code;
	enum write_status st = W_INVALID;
	enum c2c_err rc;
	size_t i;

	verdict(v, 0, NULL);
	*id = 0;
	if (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR) {
		verdict(v, 403, "out-of-scope");
		return C2C_OK;
	}
	if (interest_text_check(in->message, strlen(in->message), INTEREST_MESSAGE_MAX, 1, 1, &code) < 0)
		fe_add(errs, 0, "message", code, NULL);
	if (in->to == NULL || in->to[0] == '\0')
		fe_add(errs, 0, "to", FE_REQUIRED, NULL);
	if (in->nareas == 0)
		fe_add(errs, 0, "area", FE_REQUIRED, NULL);
	if (invalid(errs, v))
		return C2C_OK;
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = send_rules(db, cfg, u, in, &from_id, &to_id, area_ids, errs, v)) != C2C_OK ||
	    v->status != 0)
		goto done;
	snprintf(score, sizeof(score), "%.4f", rec != NULL && rec->has_score ? rec->score : 0.0);
	{
		struct db_param p[] = {
			DBP_I(from_id), DBP_I(to_id), DBP_S(in->message),
			DBP_S(rec != NULL && rec->has_score ? score : NULL),
			DBP_S(rec != NULL ? rec->en : NULL), DBP_S(rec != NULL ? rec->zh : NULL),
			DBP_S(u->actor), DBP_I(cfg->interest_expiry_days),
		};
		if ((rc = db_exec(db, ins, sizeof(ins) - 1, p, 8, NULL)) != C2C_OK) {
			/* Two sends of one pair raced past the checks: the unique key stops one. */
			if (rc == C2C_EDB && db_errno(db) == ER_DUP_ENTRY) {
				rc = C2C_OK;
				verdict(v, 409, "pending");
			}
			goto done;
		}
	}
	*id = (long long)db_last_insert_id(db);
	for (i = 0; i < in->nareas && rc == C2C_OK; i++) {
		struct db_param p[] = { DBP_I(*id), DBP_I(area_ids[i]) };
		rc = db_exec(db, ins_area, sizeof(ins_area) - 1, p, 2, NULL);
	}
	if (rc == C2C_OK && (rc = audit_interest(db, u->actor, "create", *id, NULL)) == C2C_OK &&
	    (rc = interest_queue(db, "sent", *id, to_id)) == C2C_OK)
		st = W_DONE;
done:
	return write_finish(db, rc, st);
}

/* Creates the partnership of an accepted expression: Partner step, the proposed areas,
 * kind "in discussion", begun this year, linked to the expression. */
static enum c2c_err
partnership_create(struct db *db, const char *actor, long long interest, long long from,
    long long to, int from_is_europe, long long *pid)
{
	static const char ins[] =
	    "INSERT INTO partnerships (europe_city_id, china_city_id, kind, since_year, status, "
	    "narrative_step, sources, notes, interest_id) VALUES (?, ?, 'in_discussion', "
	    "YEAR(UTC_DATE()), 'active', 3, 'city', CONCAT('From expression of interest #', ?), ?)";
	static const char areas[] =
	    "INSERT INTO partnership_areas (partnership_id, area_id) "
	    "SELECT ?, area_id FROM interest_areas WHERE interest_id = ?";
	struct db_param p[] = {
		DBP_I(from_is_europe ? from : to), DBP_I(from_is_europe ? to : from),
		DBP_I(interest), DBP_I(interest),
	};
	char *after = NULL;
	enum c2c_err rc;

	if ((rc = db_exec(db, ins, sizeof(ins) - 1, p, 4, NULL)) != C2C_OK)
		return rc;
	*pid = (long long)db_last_insert_id(db);
	{
		struct db_param q[] = { DBP_I(*pid), DBP_I(interest) };
		if ((rc = db_exec(db, areas, sizeof(areas) - 1, q, 2, NULL)) != C2C_OK)
			return rc;
	}
	if ((rc = audit_row_xml(db, PARTNERSHIP_XML_SQL, *pid, "partnership", &after)) == C2C_OK)
		rc = audit_write(db, actor, "create", "partnership", *pid, NULL, after);
	free(after);
	return rc;
}

/* The tag of an expression or focal point: "ENTITY/ID/STAMP", as the forms carry it. */
static void
tag_of(char *out, size_t len, const char *entity, long long id, const char *stamp)
{
	snprintf(out, len, "\"%s/%lld/%s\"", entity, id, stamp ? stamp : "");
}

/* 1 when the form's tag (unquoted, NULL or "": none) names the item as it is. */
static int
tag_matches(const char *if_match, const char *entity, long long id, const char *stamp)
{
	char want[WRITE_TAG_MAX + 4], got[WRITE_TAG_MAX + 4];

	if (if_match == NULL || if_match[0] == '\0')
		return 1;
	tag_of(want, sizeof(want), entity, id, stamp);
	snprintf(got, sizeof(got), "\"%s\"", if_match);
	return strcmp(want, got) == 0;
}

enum c2c_err
interest_answer(struct db *db, const struct auth_user *u, long long id, int accept,
    const char *answer, const char *if_match, long long *partnership, struct field_errors *errs,
    struct interest_verdict *v)
{
	static const char sel[] =
	    "SELECT i.from_city_id, i.to_city_id, i.status, i.expires_at <= UTC_TIMESTAMP(6), "
	    "DATE_FORMAT(i.updated_at, '%Y%m%d%H%i%s%f'), f.side = 'europe', "
	    "(SELECT COUNT(*) FROM partnerships p WHERE (p.europe_city_id = i.from_city_id AND "
	    "p.china_city_id = i.to_city_id) OR (p.europe_city_id = i.to_city_id AND "
	    "p.china_city_id = i.from_city_id)) "
	    "FROM interests i JOIN cities f ON f.id = i.from_city_id WHERE i.id = ? FOR UPDATE";
	static const char upd[] =
	    "UPDATE interests SET status = ?, answer = ?, answered_by = ?, answered_at = UTC_TIMESTAMP(6), "
	    "partnership_id = ? WHERE id = ?";
	struct db_rows r = { 0, 0, NULL, NULL };
	enum write_status st = W_INVALID;
	enum fe_code code;
	char *before = NULL;
	long long from, to;
	enum c2c_err rc;

	verdict(v, 0, NULL);
	*partnership = 0;
	if (answer == NULL)
		answer = "";
	if (interest_text_check(answer, strlen(answer), INTEREST_ANSWER_MAX, 1, !accept, &code) < 0) {
		fe_add(errs, 0, "answer", code, NULL);
		verdict(v, 422, "invalid");
		return C2C_OK;
	}
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = db_query_by_id(db, sel, id, &r)) != C2C_OK)
		goto done;
	if (r.nrows != 1) {
		verdict(v, 404, "no-interest");
		goto done;
	}
	from = db_cell_ll(&r, 0, 0, 0);
	to = db_cell_ll(&r, 0, 1, 0);
	if ((u->role != ROLE_ADMIN && u->role != ROLE_EDITOR) || !auth_may_city(u, to)) {
		verdict(v, 403, "out-of-scope");
		goto done;
	}
	if (!tag_matches(if_match, "interest", id, db_cell(&r, 0, 4))) {
		verdict(v, 409, "stale");
		goto done;
	}
	if (!db_cell_is(&r, 0, 2, "pending")) {
		verdict(v, 409, "not-pending");
		goto done;
	}
	if (db_cell_is(&r, 0, 3, "1")) {
		verdict(v, 409, "expired");
		goto done;
	}
	if (accept && !db_cell_is(&r, 0, 6, "0")) {
		verdict(v, 409, "partners-already");
		goto done;
	}
	if ((rc = audit_row_xml(db, INTEREST_XML_SQL, id, "interest", &before)) != C2C_OK)
		goto done;
	if (accept && (rc = partnership_create(db, u->actor, id, from, to, db_cell_is(&r, 0, 5, "1"),
	    partnership)) != C2C_OK) {
		/* The pair's partnership was written meanwhile (the unique key): a conflict. */
		if (rc == C2C_EDB && db_errno(db) == ER_DUP_ENTRY) {
			rc = C2C_OK;
			verdict(v, 409, "partners-already");
		}
		goto done;
	}
	{
		struct db_param q[] = {
			DBP_S(accept ? "accepted" : "declined"), DBP_S(answer[0] ? answer : NULL),
			DBP_S(u->actor), *partnership ? DBP_I(*partnership) : DBP_S(NULL), DBP_I(id),
		};
		if ((rc = db_exec(db, upd, sizeof(upd) - 1, q, 5, NULL)) != C2C_OK)
			goto done;
	}
	if ((rc = audit_interest(db, u->actor, "update", id, before)) == C2C_OK &&
	    (rc = interest_queue(db, accept ? "accepted" : "declined", id, from)) == C2C_OK)
		st = W_DONE;
done:
	free(before);
	db_rows_free(&r);
	return write_finish(db, rc, st);
}

enum c2c_err
interest_focal_save(struct db *db, const struct auth_user *u, const char *city,
    const struct focal_point *f, const char *if_match, struct field_errors *errs,
    struct interest_verdict *v)
{
	static const char sel[] =
	    "SELECT DATE_FORMAT(updated_at, '%Y%m%d%H%i%s%f') FROM focal_points WHERE city_id = ? FOR UPDATE";
	static const char ups[] =
	    "INSERT INTO focal_points (city_id, name, role, email, phone) VALUES (?, ?, ?, ?, ?) "
	    "ON DUPLICATE KEY UPDATE name = VALUES(name), role = VALUES(role), email = VALUES(email), "
	    "phone = VALUES(phone)";
	const char *role = f->role ? f->role : "", *email = f->email ? f->email : "",
	    *phone = f->phone ? f->phone : "", *name = f->name ? f->name : "";
	enum write_status st = W_INVALID;
	char side[8], *before = NULL, *after = NULL;
	struct db_rows r = { 0, 0, NULL, NULL };
	enum fe_code code;
	long long id;
	int del;
	enum c2c_err rc;

	verdict(v, 0, NULL);
	if (interest_text_check(name, strlen(name), FOCAL_LINE_MAX, 0, 1, &code) < 0)
		fe_add(errs, 0, "name", code, NULL);
	if (interest_text_check(role, strlen(role), FOCAL_LINE_MAX, 0, 0, &code) < 0)
		fe_add(errs, 0, "role", code, NULL);
	if (email[0] && !interest_email_valid(email))
		fe_add(errs, 0, "email", FE_CHOICE, NULL);
	if (phone[0] && !interest_phone_valid(phone))
		fe_add(errs, 0, "phone", FE_CHOICE, NULL);
	if (invalid(errs, v))
		return C2C_OK;
	if ((rc = db_begin(db)) != C2C_OK)
		return rc;
	if ((rc = city_lock(db, city, &id, side, &del)) != C2C_OK)
		goto done;
	if (id == 0 || del) {
		verdict(v, 404, "no-city");
		goto done;
	}
	if ((u->role != ROLE_ADMIN && u->role != ROLE_EDITOR) || !auth_may_city(u, id)) {
		verdict(v, 403, "out-of-scope");
		goto done;
	}
	if ((rc = db_query_by_id(db, sel, id, &r)) != C2C_OK)
		goto done;
	if (r.nrows == 1 && !tag_matches(if_match, "focal-point", id, db_cell(&r, 0, 0))) {
		verdict(v, 409, "stale");
		goto done;
	}
	if ((rc = audit_row_xml(db, FOCAL_XML_SQL, id, "focal-point", &before)) != C2C_OK)
		goto done;
	{
		struct db_param p[] = { DBP_I(id), DBP_S(name), DBP_S(role[0] ? role : NULL),
			DBP_S(email[0] ? email : NULL), DBP_S(phone[0] ? phone : NULL) };
		if ((rc = db_exec(db, ups, sizeof(ups) - 1, p, 5, NULL)) != C2C_OK)
			goto done;
	}
	if ((rc = audit_row_xml(db, FOCAL_XML_SQL, id, "focal-point", &after)) == C2C_OK &&
	    (rc = audit_write(db, u->actor, before ? "update" : "create", "focal-point", id, before,
	    after)) == C2C_OK)
		st = W_DONE;
done:
	free(before);
	free(after);
	db_rows_free(&r);
	return write_finish(db, rc, st);
}

enum c2c_err
interest_sweep(struct db *db, const struct c2c_cfg *cfg, const char *actor, int *expired,
    int *reminded)
{
	static const char due_sql[] =
	    "SELECT id, from_city_id, to_city_id FROM interests WHERE status = 'pending' "
	    "AND expires_at <= UTC_TIMESTAMP(6) ORDER BY expires_at LIMIT 200";
	static const char rem_sql[] =
	    "SELECT id, from_city_id, to_city_id FROM interests WHERE status = 'pending' "
	    "AND reminded_at IS NULL AND expires_at > UTC_TIMESTAMP(6) "
	    "AND expires_at <= UTC_TIMESTAMP(6) + INTERVAL ? DAY ORDER BY expires_at LIMIT 200";
	static const char expire[] =
	    "UPDATE interests SET status = 'expired' WHERE id = ? AND status = 'pending' "
	    "AND expires_at <= UTC_TIMESTAMP(6)";
	static const char remind[] =
	    "UPDATE interests SET reminded_at = UTC_TIMESTAMP(6) WHERE id = ? AND status = 'pending' "
	    "AND reminded_at IS NULL";
	int pass;
	enum c2c_err rc = C2C_OK;

	*expired = *reminded = 0;
	/* Batches of 200 until none is due; each expression in its own transaction, the
	 * update guarded by its state, so a concurrent answer wins cleanly. */
	for (pass = 0; pass < 2 && rc == C2C_OK; pass++) {
		for (;;) {
			struct db_param dp[] = { DBP_I(cfg->interest_reminder_days) };
			struct db_rows r;
			size_t i, done = 0;
			if (pass == 1 && cfg->interest_reminder_days == 0)
				break;
			if ((rc = db_query(db, pass == 0 ? due_sql : rem_sql, dp, pass == 0 ? 0 : 1, &r)) != C2C_OK)
				return rc;
			for (i = 0; i < r.nrows && rc == C2C_OK; i++) {
				long long id = db_cell_ll(&r, i, 0, 0);
				struct db_param p[] = { DBP_I(id) };
				unsigned long long n = 0;
				char *before = NULL;
				if ((rc = db_begin(db)) != C2C_OK)
					break;
				if ((rc = audit_row_xml(db, INTEREST_XML_SQL, id, "interest", &before)) == C2C_OK &&
				    (rc = db_exec(db, pass == 0 ? expire : remind, pass == 0 ? sizeof(expire) - 1 :
				    sizeof(remind) - 1, p, 1, &n)) == C2C_OK && n == 1) {
					if (pass == 0) {
						if ((rc = audit_interest(db, actor, "update", id, before)) == C2C_OK &&
						    (rc = interest_queue(db, "expired", id, db_cell_ll(&r, i, 1, 0))) == C2C_OK)
							rc = interest_queue(db, "expired", id, db_cell_ll(&r, i, 2, 0));
					} else
						rc = interest_queue(db, "reminder", id, db_cell_ll(&r, i, 2, 0));
				}
				free(before);
				if ((rc = write_finish(db, rc, W_DONE)) == C2C_OK && n == 1) {
					done++;
					if (pass == 0)
						(*expired)++;
					else
						(*reminded)++;
				}
			}
			db_rows_free(&r);
			if (rc != C2C_OK || done == 0 || i < 200)
				break;
		}
	}
	return rc;
}
