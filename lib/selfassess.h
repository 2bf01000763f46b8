/* selfassess.h: a city's self-assessment (issue 19): the report's questionnaire (table
 * sa_questions, seeded by sql/seed/050_questionnaire.sql), a city's answers, its readiness
 * per narrative step, and the profile the answers write.
 *
 * selfassess.c is pure (no I/O): the answers parsed from a form and checked against the
 * questions (every problem recorded), readiness, and the document of a page.
 * selfassess_store.c is the database: the questionnaire, a city's versions, and a new
 * version written in one transaction with the city's profile columns, its areas and the
 * audit rows (docs/api.md, "Self-assessment").  No FastCGI here. */
#ifndef C2C_SELFASSESS_H
#define C2C_SELFASSESS_H

#include <stddef.h>

#include <libxml/tree.h>

#include "auth.h"
#include "names.h"
#include "write.h"

/* The answer kinds of sa_questions.kind, in its order. */
#define SA_KINDS(X) X(SA_YESNO, "yesno") X(SA_SCALE, "scale") X(SA_CHOICE, "choice") \
	X(SA_MULTI, "multi") X(SA_YEAR, "year") X(SA_OFFERS, "offers") X(SA_SEEKS, "seeks") \
	X(SA_TEXT, "text")
enum sa_kind { SA_KINDS(ENUM_VALUE) SA__MAX };

/* Bounds: the questionnaire and its vocabularies are data, but a page's cost must not
 * grow with them. */
#define SA_QUESTIONS_MAX 64
#define SA_AREAS_MAX     64
#define SA_TEXT_MAX      2000  /* the most bytes a text answer may have, whatever the data says */
#define SA_FIELDS_MAX    400   /* form fields one post may carry (checkboxes repeat a name) */

struct sa_question {
	long long    id;
	char         slug[65];
	char         step[8];        /* aim, commit, partner, plan */
	enum sa_kind kind;
	long long    min, max;       /* scale, year: the range; text: bytes; multi, areas: picks */
	char         choices[501];   /* choice, multi: space-separated words */
	int          ready_at;       /* met when the answer's measure reaches it; -1: not counted */
	char         profile[65];    /* the column it writes, or "" */
	int          private_;       /* 1: its answer is shown to the city's editors only */
	char        *text_en, *text_zh, *advice_en, *advice_zh;  /* owned; advice may be NULL */
	int          line, advice_line;
	char        *crit_slug, *crit_group, *crit_text;          /* owned */
	char        *crit_group_zh, *crit_text_zh;                /* owned; NULL when unknown */
};

struct sa_area {
	char slug[65];
	char *en, *zh;   /* owned */
};

/* The questionnaire and the areas a city may offer or seek.  sa_form_free releases it. */
struct sa_form {
	struct sa_question q[SA_QUESTIONS_MAX];
	size_t             nq;
	struct sa_area     areas[SA_AREAS_MAX];
	size_t             na;
};
void sa_form_free(struct sa_form *f);

/* A city's answers: v[i] the normalised answer to f->q[i] (malloc'd, owned), NULL when not
 * answered.  Yes/no "1" or "0"; numbers in decimal; picks space-separated in the order of
 * their vocabulary. */
struct sa_answers {
	char *v[SA_QUESTIONS_MAX];
};
void sa_answers_free(struct sa_answers *a);

/* "yesno" ... "text" to the kind; -1 when unknown. */
int sa_kind_parse(const char *s);
/* Static name of a kind. */
const char *sa_kind_name(enum sa_kind k);

/* From an urlencoded form: one field per question, named by its slug (a multi, offers or
 * seeks question repeats its name, one per pick), plus "csrf" and "if-match" (copied, at
 * most csrf_max and im_max bytes) and "lang" (ignored).  Every problem goes to errs:
 * unknown fields, repeated ones, invalid UTF-8, numbers out of range, words not in the
 * list, too long texts, too many picks or fields.  An empty value is no answer.
 * a zeroed by the caller.  C2C_OK or C2C_ENOMEM. */
enum c2c_err sa_from_form(const struct sa_form *f, const char *body, size_t len,
    struct sa_answers *a, struct field_errors *errs, char *csrf, size_t csrf_max,
    char *if_match, size_t im_max);

/* The same from a document xmlin_parse accepted, <self-assessment-answers> with one
 * <answer question="slug"> per question (picks separated by white space), for the write
 * API.  Problems carry the element's line.  a zeroed by the caller. */
enum c2c_err sa_from_xml(const struct sa_form *f, xmlDocPtr doc, struct sa_answers *a,
    struct field_errors *errs);

/* 1 when the answer v (may be NULL) meets question q (its ready_at); 0 otherwise, and for
 * questions that do not count. */
int sa_met(const struct sa_question *q, const char *v);

/* The questionnaire with the answers under root, step by step:
 *   <step name met of> <question ...> <text/> <choice/>* <answer/>? <advice/>? </question>
 * with_private: the private answers too (the city's editors); else they are left out
 * (answered="1" says there is one).  The report's advice goes under each counted
 * question not met.  0 or -1. */
int sa_to_xml(xmlNodePtr root, const struct sa_form *f, const struct sa_answers *a,
    int with_private);

/* ---------------------------------------------------------------- the database */

/* The questionnaire, by position, and the areas.  f zeroed by the caller. */
enum c2c_err sa_load_form(struct db *db, struct sa_form *f);
/* The city (not deleted): its id and, under root, <city slug name-en name-zh side>.
 * C2C_ENOTFOUND when there is none. */
enum c2c_err sa_city(struct db *db, const char *slug, xmlNodePtr root, long long *id);
/* Version n of the city's answers (n 0: the latest; *n gets it, 0 when there is none):
 * answers into a (zeroed by the caller), and <submitted at [by]> under root (by only
 * with_private).  C2C_ENOTFOUND when version n does not exist. */
enum c2c_err sa_load_version(struct db *db, const struct sa_form *f, long long city, int *n,
    struct sa_answers *a, xmlNodePtr root, int with_private);
/* The city's latest 50 versions, newest first: <versions count><version n at/>...
 * under root. */
enum c2c_err sa_versions_xml(struct db *db, long long city, xmlNodePtr root);
/* The tag part of the city's self-assessment, "self-assessment/<city id>/<latest version>",
 * into out (WRITE_TAG_MAX bytes). */
enum c2c_err sa_tag(struct db *db, long long city, char *out);

/* A new version of the city's answers, in one transaction: the city locked, u's scope
 * (403), If-Match against sa_tag (409), the version and its answers, the profile columns
 * and areas of the questions that have one and were answered, and audit rows (the new
 * version; the city before and after when its profile moved).  *n the new version.
 * Refusals in *st; C2C_EDB*, C2C_ENOMEM: nothing was written. */
enum c2c_err sa_save(struct db *db, const struct auth_user *u, const char *city_slug,
    const struct sa_form *f, const struct sa_answers *a, const char *if_match, int *n,
    char *tag, struct field_errors *errs, enum write_status *st);

#endif
