/* edit.h: the resources a city editor owns, described once and written the same way
 * through the write API (XML bodies) and the editing forms (urlencoded): city profiles,
 * partnerships, agreements, activities, KPI targets and calendar sources.
 *
 * Each resource is a table of fields (name, column, type, limits, the key of its label in
 * the label table of conf/xslt/layout.xsl).  From that one table c2c parses a request (edit_from_xml, edit_from_form:
 * pure, no I/O), checks every field and reports every problem at once (edit_check: pure),
 * and writes in one transaction with the row locked, the editor's scope, the If-Match
 * precondition against the row's own tag, the audit_log row with before and after, and a
 * touch of the parent partnership so that updated_since and the feeds see a change of
 * its agreements or activities (edit_save, edit_delete).
 * KPI values are not here: they are never updated (kpi_input.h, model_write.h).
 * No FastCGI here. */
#ifndef C2C_EDIT_H
#define C2C_EDIT_H

#include <stddef.h>

#include <libxml/tree.h>

#include "auth.h"
#include "write.h"

enum edit_type {
	EF_TEXT,     /* UTF-8 text, newlines allowed, up to max bytes */
	EF_LINE,     /* one line of UTF-8 text, up to max bytes */
	EF_DATE,     /* YYYY-MM-DD */
	EF_INT,      /* a whole number from min to max */
	EF_DECIMAL,  /* up to min digits before the point and max after */
	EF_CHOICE,   /* one of choices */
	EF_FLAG,     /* 0 or 1 */
	EF_URL,      /* http:// or https://, up to max bytes */
	EF_REF,      /* a slug, looked up with ref_sql */
	EF_AREAS,    /* area slugs separated by spaces or commas (a city's offers, seeks) */
	EF_ZONE,     /* a time zone name (Europe/Berlin): letters, digits, _ + - / */
};

#define EDIT_REQUIRED  1u   /* must be given (on create and on PUT) */
#define EDIT_PARENT    2u   /* the owning partnership or city: given on create, fixed after */
#define EDIT_AFTER     4u   /* a date not before the date of the field before it */
#define EDIT_WITH_PREV 8u   /* only with the field before it (which then defaults it) */
#define EDIT_NULL_OK  16u   /* a parent that may be none (a source of no city: admins) */
/* Reviews (issue 18): an EF_REF to an item of the same partnership (or city) as the item
 * itself; its ref_sql takes a second '?', that scope's id.  An item of another, or none,
 * is FE_NOT_IN_SCOPE. */
#define EDIT_SAME_SCOPE 32u

struct edit_field {
	const char    *name;     /* XML element and form field */
	const char    *column;   /* where it is stored; NULL for the parent and area lists */
	enum edit_type type;
	unsigned       flags;
	long long      min, max; /* EF_INT range; bytes for text; digits for EF_DECIMAL */
	const char *const *choices;  /* EF_CHOICE, NULL-terminated */
	const char    *ref_sql;  /* EF_REF and the parent: "SELECT id FROM x WHERE slug = ?" */
	const char    *def;      /* the value when not given, or NULL */
	/* The form's label: a key of the label table (conf/xslt/layout.xsl, "ed.notes"), so
	 * that its text in each language is the table's; NULL for a table no form shows. */
	const char    *label;
	/* EF_CHOICE: the label group of its values ("pkind": pkind.<value>), or NULL (the
	 * form shows the values themselves). */
	const char    *vocab;
	int            code;     /* the problem when the value is bad; 0: by type */
};

/* A row of a field table, naming only what it has (.min, .max, .choices, .vocab,
 * .ref_sql, .def, .code after the label key). */
#define EDIT_FIELD(t, n, c, fl, lab, ...) \
	{ .name = (n), .column = (c), .type = (t), .flags = (fl), .label = (lab), __VA_ARGS__ }

enum edit_scope { SCOPE_PARTNERSHIP, SCOPE_CITY };

#define EDIT_FIELDS_MAX 24

struct edit_resource {
	const char *entity;      /* "agreement": audit_log.entity, tags, the form's name */
	const char *path;        /* "agreements": /agreements/{id}, /edit/agreements/{id} */
	const char *root;        /* "agreement-edit": the XML body's root element */
	const char *table;
	enum edit_scope scope;   /* what an editor must own: the partnership, or the city */
	const char *parent_col;  /* column of the parent (scope) id, or NULL (cities) */
	int         can_create;  /* POST on the collection */
	/* Constant SQL, one '?' for the key (id; slug for cities), so each is prepared once:
	 * lock: id, scope id (or NULL), stamp, FOR UPDATE; tag: id, stamp; load: the fields
	 * as text, aliased by field name; xml: the row for the audit log (rowxml.h). */
	const char *lock_sql, *tag_sql, *load_sql, *xml_sql;
	const char *delete_sql;  /* one '?' (the id); NULL: no DELETE */
	const struct edit_field *f;
	size_t      nf;
};

/* Cooperation plans (issue 18): the resources of lib/edit_plans.c, with what their
 * writes need beyond the table above.  parent_sql locks a new item's parent (one '?',
 * its id): parent id, partnership id, stamp, editable; the tag of a new item's write is
 * "parent_entity/id/stamp".  A fourth column of lock_sql or parent_sql is "editable": 0
 * refuses the write with 409 plan-not-draft.  verify_sql runs after the change, every
 * '?' bound to the item's id, and returns (field, problem name) rows: any row refuses the
 * write (422) and rolls it back (budgets, references to another partnership, a text in
 * neither language). */
struct edit_extra {
	const char *parent_sql, *parent_entity, *verify_sql;
};
/* The plan resources (their number in *n), which edit_resource() looks up too.  Static. */
const struct edit_resource *edit_plan_resources(size_t *n);
/* r's extra rules, or NULL (every resource but the plans').  Static. */
const struct edit_extra *edit_extra_of(const struct edit_resource *r);

/* The resource served under /<path> ("agreements"), or NULL.  Static. */
const struct edit_resource *edit_resource(const char *path);

/* What a request carries: v[i] is field i's text (malloc'd, owned), NULL when absent.
 * line[i] is its XML line, 0 for forms. */
struct edit_values {
	char *v[EDIT_FIELDS_MAX];
	int   line[EDIT_FIELDS_MAX];
};
void edit_values_free(struct edit_values *v);
/* A list of slugs (EF_AREAS: separated by spaces or commas): the next one from s (NULL
 * is fine) with its length in *n, or NULL when there is none.  Walk it with
 * for (w = edit_list_next(s, &n); w; w = edit_list_next(w + n, &n)). */
const char *edit_list_next(const char *s, size_t *n);
/* Index of the field name in r, or -1. */
int edit_field_index(const struct edit_resource *r, const char *name);

/* From a document xmlin_parse accepted (root r->root).  C2C_OK (problems in errs) or
 * C2C_ENOMEM.  v must be zeroed by the caller. */
enum c2c_err edit_from_xml(const struct edit_resource *r, xmlDocPtr doc, struct edit_values *v,
    struct field_errors *errs);
/* From an urlencoded form.  Besides r's fields it takes "csrf" (copied to csrf, csrf_max
 * bytes), "if-match" (the tag the form was made with, to if_match, im_max bytes),
 * "delete" (*del = 1) and "lang" (ignored); any other field is refused.  v zeroed by
 * the caller. */
enum c2c_err edit_from_form(const struct edit_resource *r, const char *body, size_t len,
    struct edit_values *v, struct field_errors *errs, char *csrf, size_t csrf_max,
    char *if_match, size_t im_max, int *del);
/* Every rule that needs no database, every problem recorded.  create: a POST (the
 * parent is required); else the parent may be left out.  Fills defaults into v. */
enum c2c_err edit_check(const struct edit_resource *r, int create, struct edit_values *v,
    struct field_errors *errs);

/* The current values of the item with this key, as text (for the form).  C2C_ENOTFOUND
 * when there is none (or it is deleted). */
enum c2c_err edit_load(struct db *db, const struct edit_resource *r, const char *key,
    struct edit_values *v);
/* The item's tag part "entity/id/stamp" (write.h) into out (WRITE_TAG_MAX bytes).
 * C2C_ENOTFOUND when there is none. */
enum c2c_err edit_tag(struct db *db, const struct edit_resource *r, const char *key, char *out);

/* Creates (key NULL) or replaces the item, in one transaction (see above).  On W_DONE
 * *id is its id and tag its new tag part (WRITE_TAG_MAX bytes).  Refusals in *st and
 * errs; C2C_EDB*, C2C_ENOMEM: nothing was written.  max_sources: the most calendar
 * sources one city may have (import_max_sources_per_city), checked when one is created
 * (items do not move: FE_FIXED); 0 for no cap. */
enum c2c_err edit_save(struct db *db, const struct auth_user *u, const struct edit_resource *r,
    const char *key, const struct edit_values *v, const char *if_match, long long *id,
    char *tag, struct field_errors *errs, enum write_status *st, long max_sources);
/* edit_save, and then, in the same transaction once the row is written (*id known) and
 * before its audit row is read, then(db, id, arg) unless then is NULL: what a caller
 * stores with the item beyond r's fields (c2cctl: a calendar source's areas).  A
 * failure of then rolls everything back. */
typedef enum c2c_err (*edit_then_fn)(struct db *db, long long id, void *arg);
enum c2c_err edit_save_then(struct db *db, const struct auth_user *u,
    const struct edit_resource *r, const char *key, const struct edit_values *v,
    const char *if_match, long long *id, char *tag, struct field_errors *errs,
    enum write_status *st, long max_sources, edit_then_fn then, void *arg);
/* Deletes (soft: deleted_at, or a source disabled) in one transaction, audited. */
enum c2c_err edit_delete(struct db *db, const struct auth_user *u, const struct edit_resource *r,
    const char *key, const char *if_match, long long *id, enum write_status *st);

/* A city's areas as the lists offers and seeks (area slugs separated by spaces or commas)
 * say: rows not named go, the others are set (a kept row keeps its weight, which matching
 * uses).  Inside the caller's transaction.  Also the self-assessment's (selfassess.h). */
enum c2c_err edit_city_areas(struct db *db, long long city, const char *offers, const char *seeks);

/* For lib/edit*.c: an item's own version in SQL, its updated_at to the microsecond, kept
 * by the touch triggers of sql/002 (and 008 for kpi_targets).  Text, so that no time
 * zone comes in between. */
#define STAMP(t) "DATE_FORMAT(" t ".updated_at, '%Y%m%d%H%i%s%f')"

/* For lib/edit*.c: the rows that several field tables share. */
/* The parent (a partnership, a plan or one of its parts) by its number. */
#define EDIT_PARENT_ID(n, lab) \
	EDIT_FIELD(EF_INT, n, NULL, EDIT_PARENT, lab, .min = 1, .max = 999999999, .code = FE_ID)
/* A text in English and in Chinese: fields x-en and x-zh, columns x_en and x_zh, labels
 * lab.en and lab.zh. */
#define EDIT_BI(t, x, mx, lab) \
	EDIT_FIELD(t, #x "-en", #x "_en", 0, lab ".en", .max = mx), \
	EDIT_FIELD(t, #x "-zh", #x "_zh", 0, lab ".zh", .max = mx)
/* A period (start, end not before it), each required when fl says so. */
#define EDIT_PERIOD(fl) \
	EDIT_FIELD(EF_DATE, "start", "period_start", fl, "ed.period-from"), \
	EDIT_FIELD(EF_DATE, "end", "period_end", (fl) | EDIT_AFTER, "ed.to")
/* When something runs (an activity of the Project Bank or of a plan). */
#define EDIT_SPAN \
	EDIT_FIELD(EF_DATE, "start", "starts_on", 0, "ed.starts-on"), \
	EDIT_FIELD(EF_DATE, "end", "ends_on", EDIT_AFTER, "ed.ends-on")
#define EDIT_AREA_SQL "SELECT id FROM areas WHERE slug = ?"
#define EDIT_AREA EDIT_FIELD(EF_REF, "area", "area_id", 0, "ed.area-slug", .max = 64, .ref_sql = EDIT_AREA_SQL)
#define EDIT_KPI(fl) \
	EDIT_FIELD(EF_REF, "kpi", "kpi_id", fl, "ed.kpi-slug", .max = 64, \
	    .ref_sql = "SELECT id FROM kpis WHERE slug = ? AND deleted_at IS NULL", .code = FE_NO_KPI)
#define EDIT_CITY(fl, lab) \
	EDIT_FIELD(EF_REF, "city", NULL, fl, lab, .max = 64, \
	    .ref_sql = "SELECT id FROM cities WHERE slug = ? AND deleted_at IS NULL", .code = FE_NO_CITY)
#define EDIT_NOTES EDIT_FIELD(EF_TEXT, "notes", "notes", 0, "ed.notes", .max = 4000)

#endif
