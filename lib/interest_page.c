/* interest_page.c: what the editors of a city see of its expressions of interest, and the
 * match's record of a pair at sending time (interest.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interest.h"
#include "match_data.h"
#include "model.h"
#include "rowxml.h"
#include "xml.h"

/* The candidate alone passes the ranking's filter. */
static int
only(uint32_t idx, void *arg)
{
	return idx == *(uint32_t *)arg;
}

enum c2c_err
interest_record_make(struct db *db, const struct c2c_cfg *cfg, const char *from, const char *to,
    struct interest_record *rec)
{
	struct match_data *d = NULL;
	struct match_scratch *x = NULL;
	struct match_filter f = { 0, -1e9, only, NULL };
	struct match_result res;
	struct match_names names;
	struct buf en = BUF_INIT, zh = BUF_INIT;
	unsigned long long version;
	long a, b;
	uint32_t target;
	enum c2c_err rc;

	memset(rec, 0, sizeof(*rec));
	if ((rc = db_data_version(db, &version, NULL)) != C2C_OK ||
	    (rc = match_data_load(db, version, &d)) != C2C_OK)
		return rc == C2C_EINVAL ? C2C_OK : rc;   /* more areas than the engine holds: no record */
	if ((a = match_data_city(d, from)) < 0 || (b = match_data_city(d, to)) < 0)
		goto out;
	target = (uint32_t)b;
	f.arg = &target;
	if ((x = match_scratch_new(d->set)) == NULL) {
		rc = C2C_ENOMEM;
		goto out;
	}
	if (match_rank(d->set, (uint32_t)a, &cfg->match_weights, &f, &res, 1, x) != 1)
		goto out;
	names = match_data_namer(d);
	if ((rc = match_explain(d->set, (uint32_t)a, &res, "en", &names, &en)) != C2C_OK ||
	    (rc = match_explain(d->set, (uint32_t)a, &res, "zh", &names, &zh)) != C2C_OK)
		goto out;
	rec->has_score = 1;
	rec->score = res.score;
	if ((rec->en = strdup(en.data ? en.data : "")) == NULL ||
	    (rec->zh = strdup(zh.data ? zh.data : "")) == NULL) {
		interest_record_free(rec);
		rc = C2C_ENOMEM;
	}
out:
	match_scratch_free(x);
	match_data_free(d);
	buf_free(&en);
	buf_free(&zh);
	return rc;
}

/* Each line of text as <reason xml:lang>. */
static int
add_lines(xmlNodePtr parent, const char *text, const char *lang)
{
	const char *p = text;

	while (p != NULL && *p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		xmlNodePtr r;
		if (len > 0 && ((r = xml_add_textn(parent, "reason", p, len)) == NULL || xml_set_lang(r, lang) < 0))
			return -1;
		p = nl ? nl + 1 : NULL;
	}
	return 0;
}

/* The columns of an expression in a list; `_` ones are read, not shown. */
#define LIST_SQL(side, other) \
	"SELECT i.id AS `@id`, i.status AS `@status`, " \
	"IF(i.status = 'pending' AND i.expires_at <= UTC_TIMESTAMP(6), 1, NULL) AS `@lapsed`, " \
	"CONCAT('interest/', i.id, '/', DATE_FORMAT(i.updated_at, '%Y%m%d%H%i%s%f')) AS `@etag`, " \
	"DATE_FORMAT(i.created_at, '%Y-%m-%d') AS `@sent`, " \
	"DATE_FORMAT(i.expires_at, '%Y-%m-%d') AS `@expires`, " \
	"DATE_FORMAT(i.answered_at, '%Y-%m-%d') AS `@answered`, " \
	"f.slug AS `from/@slug`, f.name_en AS `from/name@en`, f.name_zh AS `from/name@zh`, " \
	"t.slug AS `to/@slug`, t.name_en AS `to/name@en`, t.name_zh AS `to/name@zh`, " \
	"i.message, i.score, i.answer, i.sent_by AS `sent-by`, i.answered_by AS `answered-by`, " \
	"i.partnership_id AS `partnership/@id`, " \
	"IF(i.status = 'accepted', fp.name, NULL) AS `focal-point/name`, " \
	"IF(i.status = 'accepted', fp.role, NULL) AS `focal-point/role`, " \
	"IF(i.status = 'accepted', fp.email, NULL) AS `focal-point/email`, " \
	"IF(i.status = 'accepted', fp.phone, NULL) AS `focal-point/phone`, " \
	"i.reasons_en AS `_en`, i.reasons_zh AS `_zh` " \
	"FROM interests i JOIN cities f ON f.id = i.from_city_id JOIN cities t ON t.id = i.to_city_id " \
	"LEFT JOIN focal_points fp ON fp.city_id = i." other "_city_id " \
	"WHERE i." side "_city_id = ? ORDER BY i.id DESC LIMIT " C2C_STR(INTEREST_LIST_MAX)
#define C2C_STR_(x) #x
#define C2C_STR(x) C2C_STR_(x)

static enum c2c_err
add_list(struct db *db, xmlNodePtr root, const char *sql, long long city, const char *dir)
{
	static const char areas_sql[] =
	    "SELECT a.slug AS `@slug`, a.name_en AS `name@en`, a.name_zh AS `name@zh` "
	    "FROM interest_areas ia JOIN areas a ON a.id = ia.area_id WHERE ia.interest_id = ? "
	    "ORDER BY a.name_en";
	struct db_param p[] = { DBP_I(city) };
	struct db_rows r;
	xmlNodePtr list, n;
	enum c2c_err rc;
	size_t i;
	int en = -1, zh = -1;

	if ((rc = db_query(db, sql, p, 1, &r)) != C2C_OK)
		return rc;
	en = db_col(&r, "_en");
	zh = db_col(&r, "_zh");
	if ((list = xml_add(root, dir)) == NULL || xml_set_attr_int(list, "count", (long long)r.nrows) < 0)
		rc = C2C_ENOMEM;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		struct db_param q[] = { DBP_I(db_cell_ll(&r, i, 0, 0)) };
		xmlNodePtr rec;
		if ((n = xml_add_row(list, "interest", &r, i)) == NULL) {
			rc = C2C_ENOMEM;
			break;
		}
		if ((rc = model_rows(db, areas_sql, q, 1, n, "areas", "area")) != C2C_OK)
			break;
		if ((db_cell(&r, i, (size_t)en) || db_cell(&r, i, (size_t)zh)) &&
		    ((rec = xml_add(n, "record")) == NULL || add_lines(rec, db_cell(&r, i, (size_t)en), "en") < 0 ||
		    add_lines(rec, db_cell(&r, i, (size_t)zh), "zh") < 0))
			rc = C2C_ENOMEM;
	}
	db_rows_free(&r);
	return rc;
}

enum c2c_err
interest_page(struct db *db, const struct c2c_cfg *cfg, const struct auth_user *u,
    const char *city, xmlNodePtr root, struct interest_verdict *v)
{
	static const char city_sql[] =
	    "SELECT c.id AS `_id`, c.slug AS `@slug`, c.side AS `@side`, c.name_en AS `name@en`, "
	    "c.name_zh AS `name@zh` FROM cities c WHERE c.slug = ? AND c.deleted_at IS NULL";
	static const char focal_sql[] =
	    "SELECT CONCAT('focal-point/', city_id, '/', DATE_FORMAT(updated_at, '%Y%m%d%H%i%s%f')) AS `@etag`, "
	    "name, role, email, phone FROM focal_points WHERE city_id = ?";
	static const char sent_sql[] =
	    "SELECT COUNT(*) AS `@count` FROM interests WHERE from_city_id = ? "
	    "AND created_at > UTC_TIMESTAMP(6) - INTERVAL 30 DAY";
	struct db_param p[] = { DBP_S(city) };
	struct db_rows r;
	xmlNodePtr c, s;
	long long id;
	enum c2c_err rc;

	v->status = 0;
	v->code = NULL;
	if ((rc = db_query_row(db, city_sql, p, 1, &r)) != C2C_OK)
		return rc;
	id = db_cell_ll(&r, 0, 0, 0);
	if ((u->role != ROLE_ADMIN && u->role != ROLE_EDITOR) || !auth_may_city(u, id)) {
		db_rows_free(&r);
		v->status = 403;
		v->code = "out-of-scope";
		return C2C_OK;
	}
	c = xml_add_row(root, "city", &r, 0);
	db_rows_free(&r);
	if (c == NULL)
		return C2C_ENOMEM;
	{
		struct db_param q[] = { DBP_I(id) };
		if ((rc = model_rows(db, focal_sql, q, 1, root, NULL, "focal-point")) != C2C_OK ||
		    (rc = model_rows(db, sent_sql, q, 1, root, NULL, "sent")) != C2C_OK)
			return rc;
	}
	if ((s = xmlLastElementChild(root)) == NULL || xml_set_attr_int(s, "max", cfg->interest_max_per_month) < 0 ||
	    xml_set_attr_int(s, "expiry-days", cfg->interest_expiry_days) < 0)
		return C2C_ENOMEM;
	if ((rc = add_list(db, root, LIST_SQL("to", "from"), id, "incoming")) != C2C_OK ||
	    (rc = add_list(db, root, LIST_SQL("from", "to"), id, "outgoing")) != C2C_OK)
		return rc;
	return model_areas(db, root);
}
