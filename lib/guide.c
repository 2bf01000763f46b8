/* guide.c: the guide's pages and the tracker's document (guide.h).  Every list here is
 * bounded by the report's vocabulary (8 steps, 29 elements, 4 loops) or by a LIMIT. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "model.h"
#include "one_row.h"
#include "rowxml.h"
#include "xml.h"

#define STEP_COLS \
	"s.step AS `@n`, s.slug AS `@slug`, s.name_en AS `name@en`, s.name_zh AS `name@zh`, " \
	"s.key_question AS `question@en`"

/* Runs sql (np params) and appends one <elem> per row under parent, like model_rows;
 * slot (max + 1 entries, cleared here) receives in slot[k] the node of the row whose first
 * column is k, for k in 1..max: the steps by number, the loops by id. */
static enum c2c_err
rows_numbered(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr parent, const char *elem, xmlNodePtr *slot, long long max)
{
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	memset(slot, 0, (size_t)(max + 1) * sizeof(slot[0]));
	if ((rc = db_query(db, sql, p, np, &r)) != C2C_OK)
		return rc;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		long long n = db_cell_ll(&r, i, 0, 0);
		xmlNodePtr x = xml_add_row(parent, elem, &r, i);
		if (x == NULL)
			rc = C2C_ENOMEM;
		else if (n >= 1 && n <= max)
			slot[n] = x;
	}
	db_rows_free(&r);
	return rc;
}

/* The steps 1..last as <step> under root; step[n] receives each one's node. */
static enum c2c_err
add_steps(struct db *db, xmlNodePtr root, int last, xmlNodePtr step[9])
{
	static const char sql[] = "SELECT " STEP_COLS " FROM narrative_steps s WHERE s.step <= ? ORDER BY s.step";
	struct db_param p[] = { DBP_I(last) };

	return rows_numbered(db, sql, p, 1, root, "step", step, 8);
}

/* Each row (its first column the number k, hidden as `_k`) as <elem> under slot[k], for
 * the k in 1..max that slot has. */
static enum c2c_err
rows_to_slots(struct db *db, const char *sql, const struct db_param *p, size_t np,
    xmlNodePtr *slot, long long max, const char *elem)
{
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, sql, p, np, &r)) != C2C_OK)
		return rc;
	for (i = 0; rc == C2C_OK && i < r.nrows; i++) {
		long long n = db_cell_ll(&r, i, 0, 0);
		if (n >= 1 && n <= max && slot[n] != NULL && xml_add_row(slot[n], elem, &r, i) == NULL)
			rc = C2C_ENOMEM;
	}
	db_rows_free(&r);
	return rc;
}

#define ELEMENT_COLS \
	"g.step AS _step, g.slug AS `@slug`, g.ord AS `@ord`, g.source_line AS `@line`, " \
	"g.text_en AS `text@en`, g.text_zh AS `text@zh`"

/* The loops, each with the steps it runs through (<loop-step n>), under parent. */
static enum c2c_err
add_loops(struct db *db, xmlNodePtr parent, int current)
{
	static const char loops[] =
	    "SELECT l.id AS _id, l.slug AS `@slug`, l.steps_basis AS `@basis`, "
	    "IF(l.id = ?, 1, NULL) AS `@current`, l.name_en AS `name@en`, l.name_zh AS `name@zh`, "
	    "l.description AS `description@en` FROM loops l ORDER BY l.id";
	static const char steps[] =
	    "SELECT loop_id AS _loop, step AS `@n` FROM loop_steps ORDER BY loop_id, step";
	struct db_param p[] = { DBP_I(current) };
	xmlNodePtr box, x[5];
	enum c2c_err rc;

	if ((box = xml_add(parent, "loops")) == NULL)
		return C2C_ENOMEM;
	if ((rc = rows_numbered(db, loops, p, 1, box, "loop", x, 4)) != C2C_OK)
		return rc;
	return rows_to_slots(db, steps, NULL, 0, x, 4, "loop-step");
}

/* The cycle's SVG for current step and loop, in lang, as <chart> under parent. */
static enum c2c_err
add_cycle(struct db *db, xmlNodePtr parent, const char *lang, int current, int loop)
{
	static const char steps[] = "SELECT name_en, name_zh FROM narrative_steps ORDER BY step LIMIT 8";
	static const char loops[] = "SELECT l.id, l.name_en, l.name_zh, "
	    "(SELECT GROUP_CONCAT(step) FROM loop_steps ls WHERE ls.loop_id = l.id) FROM loops l "
	    "WHERE l.id BETWEEN 1 AND 4 ORDER BY l.id";
	int zh = lang != NULL && strcmp(lang, "zh") == 0;
	const char *names[8] = { NULL }, *lnames[4] = { NULL };
	unsigned lsteps[4] = { 0 };
	struct db_rows s, l;
	xmlNodePtr chart;
	enum c2c_err rc;
	size_t i;

	if ((rc = db_query(db, steps, NULL, 0, &s)) != C2C_OK)
		return rc;
	if ((rc = db_query(db, loops, NULL, 0, &l)) != C2C_OK) {
		db_rows_free(&s);
		return rc;
	}
	for (i = 0; i < s.nrows && i < 8; i++)
		names[i] = db_cell(&s, i, zh ? 1 : 0);
	for (i = 0; i < l.nrows; i++) {
		long long id = db_cell_ll(&l, i, 0, 0);
		const char *st = db_cell(&l, i, 3);
		if (id < 1 || id > 4)
			continue;
		lnames[id - 1] = db_cell(&l, i, zh ? 2 : 1);
		for (; st != NULL && *st != '\0'; st += strcspn(st, ","), st += *st == ',') {
			long n = strtol(st, NULL, 10);
			if (n >= 1 && n <= 8)
				lsteps[id - 1] |= 1u << (n - 1);
		}
	}
	if (s.nrows < 8)
		rc = C2C_OK;   /* no seed: nothing to draw */
	else if ((chart = xml_add(parent, "chart")) == NULL)
		rc = C2C_ENOMEM;
	else
		rc = chart_cycle(chart, lang, current, loop, names, lnames, lsteps);
	db_rows_free(&s);
	db_rows_free(&l);
	return rc;
}

enum c2c_err
guide_model(struct db *db, const char *lang, xmlNodePtr root)
{
	static const char elements[] = "SELECT " ELEMENT_COLS " FROM guide_elements g ORDER BY g.step, g.ord";
	static const char outcomes[] = "SELECT o.step AS _step, o.ord AS `@ord`, o.source_line AS `@line`, "
	    "o.text_en AS `text@en`, o.text_zh AS `text@zh` FROM guide_outcomes o ORDER BY o.step, o.ord";
	xmlNodePtr step[9], steps;
	enum c2c_err rc;

	if ((steps = xml_add(root, "steps")) == NULL)
		return C2C_ENOMEM;
	if ((rc = add_steps(db, steps, 8, step)) != C2C_OK ||
	    (rc = rows_to_slots(db, elements, NULL, 0, step, 8, "element")) != C2C_OK ||
	    (rc = rows_to_slots(db, outcomes, NULL, 0, step, 8, "outcome")) != C2C_OK ||
	    (rc = add_loops(db, root, 0)) != C2C_OK)
		return rc;
	return add_cycle(db, root, lang, 0, 0);
}

enum c2c_err
guide_step_model(struct db *db, long long n, xmlNodePtr root)
{
	/* The step, then what it holds: its elements, outcomes, example cities and loops. */
	static const struct model_part parts[] = {
		{ "SELECT " STEP_COLS ", "
		  "g.context_en AS `context@en`, g.context_zh AS `context@zh`, g.context_line AS `context/@line`, "
		  "g.what_en AS `what@en`, g.what_zh AS `what@zh`, g.what_line AS `what/@line`, "
		  "g.expect_en AS `expect@en`, g.expect_zh AS `expect@zh`, g.expect_line AS `expect/@line` "
		  "FROM narrative_steps s LEFT JOIN guide_steps g ON g.step = s.step WHERE s.step = ?", NULL, NULL },
		{ "SELECT " ELEMENT_COLS " FROM guide_elements g WHERE g.step = ? ORDER BY g.ord", NULL, "element" },
		{ "SELECT o.step AS _step, o.ord AS `@ord`, o.source_line AS `@line`, "
		  "o.text_en AS `text@en`, o.text_zh AS `text@zh` FROM guide_outcomes o WHERE o.step = ? ORDER BY o.ord",
		  NULL, "outcome" },
		{ "SELECT c.slug AS `@slug`, c.country_code AS `@country`, c.name_en AS `name@en`, "
		  "c.name_zh AS `name@zh` FROM narrative_examples x JOIN cities c ON c.id = x.city_id "
		  "WHERE x.step = ? AND c.deleted_at IS NULL ORDER BY c.name_en LIMIT 100", "examples", "city" },
		{ "SELECT l.slug AS `@slug`, l.name_en AS `name@en`, l.name_zh AS `name@zh` FROM loop_steps ls "
		  "JOIN loops l ON l.id = ls.loop_id WHERE ls.step = ? ORDER BY l.id", "in-loops", "loop" },
	};
	xmlNodePtr step;
	enum c2c_err rc;

	if (n < 1 || n > 8)
		return C2C_ENOTFOUND;
	if ((step = xml_add(root, "step")) == NULL)
		return C2C_ENOMEM;
	if ((rc = model_item_by_id(db, n, step, MODEL_PARTS(parts))) != C2C_OK)
		return rc;
	if ((n > 1 && xml_set_attr_int(step, "prev", n - 1) < 0) ||
	    (n < 8 && xml_set_attr_int(step, "next", n + 1) < 0))
		return C2C_ENOMEM;
	return C2C_OK;
}

/* The elements of steps 1..last with the owner's entries (one of pid, cid is 0); who
 * set each only for the owner's editors (names are sign-in names and token names). */
static enum c2c_err
add_tracker_steps(struct db *db, xmlNodePtr root, int last, long long pid, long long cid, int editing)
{
	static const char sql[] =
	    "SELECT " ELEMENT_COLS ", COALESCE(t.state, 'not_started') AS `@state`, "
	    "DATE_FORMAT(t.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS `entry/@at`, IF(? = 1, t.set_by, NULL) AS `entry/@set-by`, "
	    "DATE_FORMAT(t.evidence_date, '%Y-%m-%d') AS `entry/@date`, "
	    "ag.id AS `entry/@agreement`, ac.id AS `entry/@activity`, t.note AS `entry/note`, "
	    "t.evidence_url AS `entry/link`, ag.title AS `entry/agreement`, ac.title AS `entry/activity` "
	    "FROM guide_elements g LEFT JOIN tracker_entries t ON t.element_id = g.id "
	    "  AND t.partnership_id <=> ? AND t.city_id <=> ? "
	    "LEFT JOIN agreements ag ON ag.id = t.agreement_id AND ag.deleted_at IS NULL "
	    "LEFT JOIN activities ac ON ac.id = t.activity_id AND ac.deleted_at IS NULL "
	    "WHERE g.step <= ? ORDER BY g.step, g.ord";
	struct db_param p[] = { DBP_I(editing ? 1 : 0), pid ? DBP_I(pid) : DBP_S(NULL),
		cid ? DBP_I(cid) : DBP_S(NULL), DBP_I(last) };
	xmlNodePtr step[9], steps;
	enum c2c_err rc;

	if ((steps = xml_add(root, "steps")) == NULL)
		return C2C_ENOMEM;
	if ((rc = add_steps(db, steps, last, step)) != C2C_OK)
		return rc;
	return rows_to_slots(db, sql, p, 4, step, 8, "element");
}

enum c2c_err
tracker_model_partnership(struct db *db, long long id, const char *lang, int evidence, xmlNodePtr root)
{
	static const char one[] =
	    "SELECT p.id AS `@id`, p.status AS `@status`, p.narrative_step AS `@step`, "
	    "l.slug AS `@loop`, COALESCE(p.loop_id, 0) AS _loop, "
	    "DATE_FORMAT(p.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS `@updated`, "
	    "e.slug AS `europe/@slug`, e.name_en AS `europe/name@en`, e.name_zh AS `europe/name@zh`, "
	    "c.slug AS `china/@slug`, c.name_en AS `china/name@en`, c.name_zh AS `china/name@zh` "
	    "FROM partnerships p JOIN cities e ON e.id = p.europe_city_id "
	    "JOIN cities c ON c.id = p.china_city_id LEFT JOIN loops l ON l.id = p.loop_id "
	    "WHERE p.id = ? AND p.deleted_at IS NULL";
	static const char history[] =
	    "SELECT h.id AS `@id`, DATE_FORMAT(h.at, '%Y-%m-%dT%H:%i:%sZ') AS `@at`, IF(? = 1, h.actor, NULL) AS `@actor`, "
	    "h.from_step AS `@from`, h.to_step AS `@to`, fl.slug AS `@from-loop`, tl.slug AS `@to-loop`, "
	    "h.note FROM step_history h LEFT JOIN loops fl ON fl.id = h.from_loop "
	    "LEFT JOIN loops tl ON tl.id = h.to_loop WHERE h.partnership_id = ? ORDER BY h.id DESC LIMIT ?";
	static const char agreements[] =
	    "SELECT g.id AS `@id`, g.title FROM agreements g WHERE g.partnership_id = ? "
	    "AND g.deleted_at IS NULL ORDER BY g.id LIMIT ?";
	static const char activities[] =
	    "SELECT a.id AS `@id`, a.title FROM activities a WHERE a.partnership_id = ? "
	    "AND a.deleted_at IS NULL ORDER BY a.id LIMIT ?";
	struct db_param p[] = { DBP_I(id) }, pl[] = { DBP_I(evidence ? 1 : 0), DBP_I(id), DBP_I(TRACKER_HISTORY_MAX) },
	    pe[] = { DBP_I(id), DBP_I(TRACKER_EVIDENCE_MAX) };
	struct db_rows r;
	xmlNodePtr box;
	int step = 0, loop = 0;
	enum c2c_err rc;

	if ((rc = db_query(db, one, p, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows != 1)
		rc = C2C_ENOTFOUND;
	else if (xml_add_row(root, "partnership", &r, 0) == NULL)
		rc = C2C_ENOMEM;
	else {
		step = (int)db_cell_ll(&r, 0, 2, 0);
		loop = (int)db_cell_ll(&r, 0, 4, 0);
	}
	db_rows_free(&r);
	if (rc != C2C_OK || (rc = add_tracker_steps(db, root, 8, id, 0, evidence)) != C2C_OK ||
	    (rc = add_loops(db, root, loop)) != C2C_OK)
		return rc;
	if ((rc = model_rows(db, history, pl, 3, root, "history", "move")) != C2C_OK)
		return rc;
	if (evidence) {
		if ((box = xml_add(root, "evidence")) == NULL)
			return C2C_ENOMEM;
		if ((rc = model_rows(db, agreements, pe, 2, box, NULL, "agreement")) != C2C_OK ||
		    (rc = model_rows(db, activities, pe, 2, box, NULL, "activity")) != C2C_OK)
			return rc;
	}
	return add_cycle(db, root, lang, step, loop);
}

enum c2c_err
tracker_model_city(struct db *db, const char *slug, const char *lang, int editing, xmlNodePtr root)
{
	static const char one[] =
	    "SELECT c.id AS _id, c.slug AS `@slug`, c.country_code AS `@country`, "
	    "DATE_FORMAT(c.updated_at, '%Y-%m-%dT%H:%i:%sZ') AS `@updated`, "
	    "c.name_en AS `name@en`, c.name_zh AS `name@zh` FROM cities c "
	    "WHERE c.slug = ? AND c.deleted_at IS NULL";
	struct db_param p[] = { DBP_S(slug) };
	long long cid;
	enum c2c_err rc;

	(void)lang;
	if ((rc = one_row_under(db, one, p, 1, root, "city", NULL, &cid)) != C2C_OK)
		return rc;
	return add_tracker_steps(db, root, GUIDE_CITY_STEPS, 0, cid, editing);
}
