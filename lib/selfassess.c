/* selfassess.c: the self-assessment's pure parts (selfassess.h): a form's answers checked
 * against the questionnaire, readiness, and the questions and answers as XML. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "param.h"
#include "selfassess.h"
#include "utf8.h"
#include "words.h"
#include "xml.h"

NAMES_TABLE(kind_names, SA_KINDS);

static const char *const steps[] = { "aim", "commit", "partner", "plan" };

int
sa_kind_parse(const char *s)
{
	return NAME_FIND(kind_names, s);
}

const char *
sa_kind_name(enum sa_kind k)
{
	return NAME_OF(kind_names, k, "text");
}

void
sa_form_free(struct sa_form *f)
{
	size_t i;

	for (i = 0; i < f->nq; i++) {
		struct sa_question *q = &f->q[i];
		free(q->text_en);
		free(q->text_zh);
		free(q->advice_en);
		free(q->advice_zh);
		free(q->crit_slug);
		free(q->crit_group);
		free(q->crit_text);
		free(q->crit_group_zh);
		free(q->crit_text_zh);
	}
	for (i = 0; i < f->na; i++) {
		free(f->areas[i].en);
		free(f->areas[i].zh);
	}
	memset(f, 0, sizeof(*f));
}

void
sa_answers_free(struct sa_answers *a)
{
	size_t i;

	for (i = 0; i < SA_QUESTIONS_MAX; i++) {
		free(a->v[i]);
		a->v[i] = NULL;
	}
}

/* The vocabulary of a picking question as one space-separated list (areas: their slugs)
 * into out. */
static void
vocabulary(const struct sa_form *f, const struct sa_question *q, char *out, size_t max)
{
	size_t i, o = 0;

	out[0] = '\0';
	if (q->kind != SA_OFFERS && q->kind != SA_SEEKS) {
		snprintf(out, max, "%s", q->choices);
		return;
	}
	for (i = 0; i < f->na && o < max; i++)
		o += (size_t)snprintf(out + o, max - o, "%s%s", o ? " " : "", f->areas[i].slug);
}

/* A whole number of at most 9 digits, in [min, max]. */
static int
in_range(const char *s, long long min, long long max, long long *out)
{
	size_t n = strlen(s);

	if (n == 0 || n > 9 || strspn(s, "0123456789") != n || (n > 1 && s[0] == '0'))
		return 0;
	*out = strtoll(s, NULL, 10);
	return *out >= min && *out <= max;
}

/* One value for question i; picks are gathered in picks[i] (checked at the end). */
static int
take(const struct sa_form *f, size_t i, const char *val, size_t vl, struct sa_answers *a,
    char **picks, unsigned char *seen, struct field_errors *errs)
{
	const struct sa_question *q = &f->q[i];
	char num[24];
	long long x;

	if (!utf8_valid_text(val, vl))
		return fe_add(errs, 0, q->slug, FE_UTF8, NULL);
	if (q->kind == SA_MULTI || q->kind == SA_OFFERS || q->kind == SA_SEEKS) {
		char vocab[SA_AREAS_MAX * 66];
		size_t have = picks[i] ? strlen(picks[i]) : 0;
		char *p;
		if (vl == 0)
			return 0;
		vocabulary(f, q, vocab, sizeof(vocab));
		if (!words_has(vocab, " ", val, vl))
			return fe_add(errs, 0, q->slug, FE_CHOICE, val);
		if (picks[i] != NULL && words_has(picks[i], " ", val, vl))
			return 0;   /* the same box twice: one pick */
		if ((p = realloc(picks[i], have + vl + 2)) == NULL)
			return -1;
		snprintf(p + have, vl + 2, "%s%s", have ? " " : "", val);
		picks[i] = p;
		return 0;
	}
	if (seen[i]++)
		return fe_add(errs, 0, q->slug, FE_REPEATED, NULL);
	if (vl == 0)
		return 0;
	switch (q->kind) {
	case SA_YESNO:
		if (strcmp(val, "yes") == 0 || strcmp(val, "1") == 0)
			val = "1";
		else if (strcmp(val, "no") == 0 || strcmp(val, "0") == 0)
			val = "0";
		else
			return fe_add(errs, 0, q->slug, FE_FLAG, NULL);
		break;
	case SA_SCALE:
	case SA_YEAR:
		if (!in_range(val, q->min, q->max, &x)) {
			char d[48];
			snprintf(d, sizeof(d), "%lld-%lld", q->min, q->max);
			return fe_add(errs, 0, q->slug, q->kind == SA_SCALE ? FE_SCORE : FE_INTEGER, d);
		}
		snprintf(num, sizeof(num), "%lld", x);
		val = num;
		break;
	case SA_CHOICE:
		if (!words_has(q->choices, " ", val, vl))
			return fe_add(errs, 0, q->slug, FE_CHOICE, val);
		break;
	default:   /* text */
		if ((long long)vl > q->max || vl > SA_TEXT_MAX) {
			char d[48];
			snprintf(d, sizeof(d), "at most %lld bytes", q->max < SA_TEXT_MAX ? q->max : SA_TEXT_MAX);
			return fe_add(errs, 0, q->slug, FE_TOO_LONG, d);
		}
		break;
	}
	return (a->v[i] = strdup(val)) == NULL ? -1 : 0;
}

/* The picks of a question, in the order of its vocabulary, within its bound. */
static int
finish_picks(const struct sa_form *f, size_t i, char *picks, struct sa_answers *a,
    struct field_errors *errs)
{
	const struct sa_question *q = &f->q[i];
	char vocab[SA_AREAS_MAX * 66], *out;
	const char *s = vocab, *w;
	size_t n = 0, o = 0, l;

	if (picks == NULL)
		return 0;
	vocabulary(f, q, vocab, sizeof(vocab));
	if ((out = malloc(strlen(picks) + 1)) == NULL)
		return -1;
	while ((w = words_next(&s, " ", &l)) != NULL)
		if (words_has(picks, " ", w, l)) {
			o += (size_t)sprintf(out + o, "%s%.*s", o ? " " : "", (int)l, w);
			n++;
		}
	if (q->max > 0 && (long long)n > q->max) {
		char d[48];
		free(out);
		snprintf(d, sizeof(d), "at most %lld", q->max);
		return fe_add(errs, 0, q->slug, FE_TOO_MANY, d);
	}
	a->v[i] = out;
	return 0;
}

/* The end of both parsers: each question's picks ordered and bounded (while rc is 0) and
 * freed; rc < 0 (out of memory) becomes C2C_ENOMEM. */
static enum c2c_err
finish_all(const struct sa_form *f, char **picks, struct sa_answers *a,
    struct field_errors *errs, int rc)
{
	size_t i;

	for (i = 0; i < f->nq; i++) {
		if (rc == 0)
			rc = finish_picks(f, i, picks[i], a, errs);
		free(picks[i]);
	}
	return rc < 0 ? C2C_ENOMEM : C2C_OK;
}

/* The index of the question called slug; f->nq when there is none. */
static size_t
question_of(const struct sa_form *f, const char *slug)
{
	size_t i;

	for (i = 0; i < f->nq && strcmp(slug, f->q[i].slug) != 0; i++)
		;
	return i;
}

enum c2c_err
sa_from_form(const struct sa_form *f, const char *s, size_t len, struct sa_answers *a,
    struct field_errors *errs, char *csrf, size_t csrf_max, char *if_match, size_t im_max)
{
	char *picks[SA_QUESTIONS_MAX] = { NULL };
	unsigned char seen[SA_QUESTIONS_MAX] = { 0 };
	size_t pos = 0, fields = 0, i;
	int rc = 0;

	csrf[0] = '\0';
	if_match[0] = '\0';
	while (rc == 0 && pos < len) {
		const char *amp = memchr(s + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - s) : len, nl = 0, vl = 0;
		const char *eq = memchr(s + pos, '=', end - pos);
		char *name, *val;

		if (end == pos) {
			pos = end + 1;
			continue;
		}
		/* A post with more fields than the whole form has is refused whole, before it
		 * costs more. */
		if (++fields > SA_FIELDS_MAX) {
			rc = fe_add(errs, 0, "body", FE_TOO_MANY, NULL);
			break;
		}
		name = param_decode(s + pos, eq ? (size_t)(eq - s) - pos : end - pos, 1, &nl);
		val = eq ? param_decode(eq + 1, end - (size_t)(eq + 1 - s), 1, &vl) : strdup("");
		pos = end + 1;
		if (name == NULL || val == NULL) {
			/* A bad percent-encoding: not a form this site made. */
			rc = fe_add(errs, 0, name != NULL && utf8_valid_text(name, nl) ? name : "body", FE_UTF8, NULL);
		} else if (strcmp(name, "csrf") == 0) {
			snprintf(csrf, csrf_max, "%s", vl < csrf_max ? val : "");
		} else if (strcmp(name, "if-match") == 0) {
			snprintf(if_match, im_max, "%s", vl < im_max ? val : "");
		} else if (strcmp(name, "lang") == 0) {
			;
		} else {
			if ((i = question_of(f, name)) < f->nq)
				rc = take(f, i, val, vl, a, picks, seen, errs);
			else
				rc = fe_add(errs, 0, utf8_valid_text(name, nl) && nl < 32 ? name : "?",
				    FE_UNKNOWN_FIELD, NULL);
		}
		free(name);
		free(val);
	}
	return finish_all(f, picks, a, errs, rc);
}

enum c2c_err
sa_from_xml(const struct sa_form *f, xmlDocPtr doc, struct sa_answers *a,
    struct field_errors *errs)
{
	char *picks[SA_QUESTIONS_MAX] = { NULL };
	unsigned char seen[SA_QUESTIONS_MAX] = { 0 };
	xmlNodePtr root = xmlDocGetRootElement(doc), n;
	size_t i;
	int rc = 0;

	for (n = root ? root->children : NULL; rc == 0 && n != NULL; n = n->next) {
		xmlChar *q, *text;
		int line = (int)xmlGetLineNo(n);
		if (n->type != XML_ELEMENT_NODE)
			continue;
		q = xmlGetProp(n, BAD_CAST "question");
		text = xmlNodeGetContent(n);
		if (q == NULL || text == NULL) {
			rc = -1;
		} else {
			if ((i = question_of(f, (const char *)q)) == f->nq) {
				rc = fe_add(errs, line, strlen((const char *)q) < 32 ? (const char *)q : "?",
				    FE_UNKNOWN_FIELD, NULL);
			} else if (f->q[i].kind == SA_MULTI || f->q[i].kind == SA_OFFERS || f->q[i].kind == SA_SEEKS) {
				/* Several picks in one element, separated by white space. */
				const char *t = (const char *)text, *word;
				size_t l;
				while (rc == 0 && (word = words_next(&t, " \t\r\n", &l)) != NULL) {
					char w[80];
					if (l >= sizeof(w)) {   /* longer than any word of a vocabulary */
						rc = fe_add(errs, line, f->q[i].slug, FE_CHOICE, NULL);
						break;
					}
					snprintf(w, sizeof(w), "%.*s", (int)l, word);
					rc = take(f, i, w, l, a, picks, seen, errs);
				}
			} else {
				rc = take(f, i, (const char *)text, strlen((const char *)text), a, picks, seen, errs);
			}
		}
		xmlFree(q);
		xmlFree(text);
	}
	return finish_all(f, picks, a, errs, rc);
}

int
sa_met(const struct sa_question *q, const char *v)
{
	long long x = 0;
	size_t l;

	if (q->ready_at < 0 || v == NULL || *v == '\0')
		return 0;
	switch (q->kind) {
	case SA_YESNO:
	case SA_SCALE:
	case SA_YEAR:
		x = strtoll(v, NULL, 10);
		break;
	case SA_MULTI:
	case SA_OFFERS:
	case SA_SEEKS:
		for (x = 0; words_next(&v, " ", &l) != NULL; x++)
			;
		break;
	default:
		x = 1;
		break;
	}
	return x >= q->ready_at;
}

/* <text xml:lang="en">en</text><text xml:lang="zh">zh</text> under n, in element name. */
static int
two_texts(xmlNodePtr n, const char *name, const char *en, const char *zh)
{
	xmlNodePtr t;

	return (t = xml_add_text(n, name, en)) == NULL || xml_set_lang(t, "en") < 0 ||
	    (t = xml_add_text(n, name, zh)) == NULL || xml_set_lang(t, "zh") < 0 ? -1 : 0;
}

/* The choices a question offers: words, or the areas with their names. */
static int
choices_xml(xmlNodePtr n, const struct sa_form *f, const struct sa_question *q)
{
	const char *s = q->choices, *word;
	size_t i, l;
	xmlNodePtr c;

	if (q->kind == SA_OFFERS || q->kind == SA_SEEKS) {
		for (i = 0; i < f->na; i++)
			if ((c = xml_add(n, "choice")) == NULL || xml_set_attr(c, "value", f->areas[i].slug) < 0 ||
			    two_texts(c, "label", f->areas[i].en, f->areas[i].zh) < 0)
				return -1;
		return 0;
	}
	while ((word = words_next(&s, " ", &l)) != NULL) {
		char w[80];
		snprintf(w, sizeof(w), "%.*s", (int)l, word);
		if ((c = xml_add(n, "choice")) == NULL || xml_set_attr(c, "value", w) < 0)
			return -1;
	}
	return 0;
}

static int
question_xml(xmlNodePtr step, const struct sa_form *f, size_t i, const char *v, int with_private)
{
	const struct sa_question *q = &f->q[i];
	xmlNodePtr n, c;
	int met = sa_met(q, v);

	if ((n = xml_add(step, "question")) == NULL || xml_set_attr(n, "slug", q->slug) < 0 ||
	    xml_set_attr(n, "kind", kind_names[q->kind]) < 0 ||
	    ((q->kind == SA_SCALE || q->kind == SA_YEAR) &&
	    (xml_set_attr_int(n, "min", q->min) < 0 || xml_set_attr_int(n, "max", q->max) < 0)) ||
	    (q->kind != SA_SCALE && q->kind != SA_YEAR && q->kind != SA_YESNO && q->kind != SA_CHOICE &&
	    xml_set_attr_int(n, "max", q->kind == SA_TEXT && q->max > SA_TEXT_MAX ? SA_TEXT_MAX : q->max) < 0) ||
	    xml_set_attr_int(n, "line", q->line) < 0 ||
	    (q->profile[0] && xml_set_attr(n, "profile", q->profile) < 0) ||
	    (q->private_ && xml_set_attr(n, "private", "1") < 0) ||
	    (q->ready_at >= 0 && xml_set_attr(n, "met", met ? "1" : "0") < 0) ||
	    two_texts(n, "text", q->text_en, q->text_zh) < 0 ||
	    (c = xml_add(n, "criterion")) == NULL || xml_set_attr(c, "slug", q->crit_slug) < 0 ||
	    xml_set_attr(c, "group", q->crit_group) < 0 ||
	    (q->crit_group_zh && xml_set_attr(c, "group-zh", q->crit_group_zh) < 0) ||
	    two_texts(c, "text", q->crit_text, q->crit_text_zh ? q->crit_text_zh : q->crit_text) < 0 ||
	    choices_xml(n, f, q) < 0)
		return -1;
	/* A private answer: only that there is one, outside its city's form. */
	if (v != NULL && (!q->private_ || with_private) && xml_add_text(n, "answer", v) == NULL)
		return -1;
	if (v != NULL && q->private_ && !with_private && xml_set_attr(n, "answered", "1") < 0)
		return -1;
	if (q->ready_at >= 0 && !met && q->advice_en != NULL && q->advice_zh != NULL &&
	    ((c = xml_add(n, "advice")) == NULL || xml_set_attr_int(c, "line", q->advice_line) < 0 ||
	    two_texts(c, "text", q->advice_en, q->advice_zh) < 0))
		return -1;
	return 0;
}

int
sa_to_xml(xmlNodePtr root, const struct sa_form *f, const struct sa_answers *a, int with_private)
{
	size_t s, i;

	for (s = 0; s < sizeof(steps) / sizeof(steps[0]); s++) {
		int met = 0, of = 0;
		xmlNodePtr st;
		for (i = 0; i < f->nq; i++)
			if (strcmp(f->q[i].step, steps[s]) == 0 && f->q[i].ready_at >= 0) {
				of++;
				met += sa_met(&f->q[i], a->v[i]);
			}
		if ((st = xml_add(root, "step")) == NULL || xml_set_attr(st, "name", steps[s]) < 0 ||
		    xml_set_attr_int(st, "met", met) < 0 || xml_set_attr_int(st, "of", of) < 0)
			return -1;
		for (i = 0; i < f->nq; i++)
			if (strcmp(f->q[i].step, steps[s]) == 0 &&
			    question_xml(st, f, i, a->v[i], with_private) < 0)
				return -1;
	}
	return 0;
}
