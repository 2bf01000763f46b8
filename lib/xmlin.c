/* xmlin.c: safe parsing and RELAX NG validation of XML request bodies (see xmlin.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "xml.h"
#include "xmlin.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

struct xmlin {
	xmlRelaxNGPtr schema;
};

/* The file's text, read plainly: the XML parser's own loader is closed to files outside
 * views_dir (views_init), and the schema need not be there. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && n < (32L << 20) &&
	    fseek(f, 0, SEEK_SET) == 0 && (p = malloc((size_t)n + 1)) != NULL) {
		if (fread(p, 1, (size_t)n, f) != (size_t)n) {
			free(p);
			p = NULL;
		} else {
			p[n] = '\0';
			*len = (size_t)n;
		}
	}
	fclose(f);
	return p;
}

struct xmlin *
xmlin_load(const char *path, char *err, size_t errlen)
{
	struct xmlin *x = NULL;
	xmlDocPtr doc = NULL;
	xmlNodePtr root, n, start = NULL, ref;
	xmlRelaxNGParserCtxtPtr pc = NULL;
	char *text;
	size_t len = 0;

	if ((text = slurp(path, &len)) == NULL) {
		snprintf(err, errlen, "cannot read the schema %s", path);
		return NULL;
	}
	doc = xmlReadMemory(text, (int)len, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	free(text);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL) {
		snprintf(err, errlen, "the schema %s is not well-formed", path);
		goto fail;
	}
	for (n = root->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "start") &&
		    n->ns != NULL && xmlStrEqual(n->ns->href, BAD_CAST RNG_NS))
			start = n;
	if (start == NULL) {
		snprintf(err, errlen, "the schema %s has no start", path);
		goto fail;
	}
	/* Same definitions, other start: only the documents clients may send are valid. */
	while (start->children != NULL) {
		xmlNodePtr c = start->children;
		xmlUnlinkNode(c);
		xmlFreeNode(c);
	}
	if ((ref = xmlNewChild(start, start->ns, BAD_CAST "ref", NULL)) == NULL ||
	    xmlSetProp(ref, BAD_CAST "name", BAD_CAST "input") == NULL)
		goto nomem;
	if ((x = calloc(1, sizeof(*x))) == NULL || (pc = xmlRelaxNGNewDocParserCtxt(doc)) == NULL)
		goto nomem;
	xmlRelaxNGSetParserStructuredErrors(pc, NULL, NULL);
	if ((x->schema = xmlRelaxNGParse(pc)) == NULL) {
		snprintf(err, errlen, "the schema %s does not compile with \"input\" as start", path);
		goto fail;
	}
	xmlRelaxNGFreeParserCtxt(pc);
	xmlFreeDoc(doc);
	return x;
nomem:
	snprintf(err, errlen, "out of memory");
fail:
	if (pc != NULL)
		xmlRelaxNGFreeParserCtxt(pc);
	xmlFreeDoc(doc);
	free(x);
	return NULL;
}

void
xmlin_free(struct xmlin *x)
{
	if (x == NULL)
		return;
	xmlRelaxNGFree(x->schema);
	free(x);
}

/* Collects libxml2's messages as field errors (structured handler). */
struct collect {
	struct field_errors *errs;
	enum fe_code         code;
	int                  nomem;
};

static void
collect_error(void *ctx, const xmlError *e)
{
	struct collect *c = ctx;
	char msg[160];
	size_t n;

	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "error");
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (fe_add(c->errs, e->line, "body", c->code, msg) < 0)
		c->nomem = 1;
}

/* libxml2 2.9 declares the handler without const; both forms take the same pointer. */
static void
collect_error_cb(void *ctx, xmlErrorPtr e)
{
	collect_error(ctx, e);
}

/* Budgets of a body, counted before the parser sees it: libxml2 checks an element's
 * attributes for duplicates pairwise, so 40,000 attributes on one element cost seconds;
 * no document of the schema has more than a handful, nor a batch (KPI_ENTRIES_MAX
 * entries) more elements than this. */
#define XMLIN_ATTRS_PER_ELEMENT 32
#define XMLIN_ELEMENTS 100000

/* 0 when body[0..len) keeps the budgets; else the message of the first one it breaks.
 * A lexical count (tags, and '=' outside quotes inside a tag), not a parse: comments,
 * CDATA sections, processing instructions and declarations are skipped whole. */
static const char *
over_budget(const char *body, size_t len, int *line)
{
	const char *p = body, *end = body + len;
	size_t elements = 0;

	*line = 1;
	while (p < end) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		const char *skip_to = NULL;
		size_t attrs = 0;
		char quote = 0;

		if (lt == NULL)
			break;
		for (; p < lt; p++)
			*line += *p == '\n';
		if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0)
			skip_to = "-->";
		else if (end - lt >= 9 && memcmp(lt, "<![CDATA[", 9) == 0)
			skip_to = "]]>";
		else if (end - lt >= 2 && (lt[1] == '?' || lt[1] == '!' || lt[1] == '/'))
			skip_to = ">";
		if (skip_to != NULL) {
			const char *q = memmem(lt + 1, (size_t)(end - lt - 1), skip_to, strlen(skip_to));
			for (p = lt; p < (q ? q : end); p++)
				*line += *p == '\n';
			p = q ? q + strlen(skip_to) : end;
			continue;
		}
		if (++elements > XMLIN_ELEMENTS)
			return "more than 100000 elements";
		for (p = lt + 1; p < end && (quote || *p != '>'); p++) {
			*line += *p == '\n';
			if (quote) {
				if (*p == quote)
					quote = 0;
			} else if (*p == '"' || *p == '\'') {
				quote = *p;
			} else if (*p == '=' && ++attrs > XMLIN_ATTRS_PER_ELEMENT) {
				return "more than 32 attributes on one element";
			}
		}
	}
	return NULL;
}

enum c2c_err
xmlin_parse(struct xmlin *x, const char *body, size_t len, xmlDocPtr *doc,
    struct field_errors *errs)
{
	struct collect c = { errs, FE_XML, 0 };
	xmlParserCtxtPtr pc;
	xmlRelaxNGValidCtxtPtr vc;
	int valid;

	const char *why;
	int line;

	*doc = NULL;
	if (len > (size_t)INT32_MAX)
		return C2C_ETOOLONG;
	if ((why = over_budget(body, len, &line)) != NULL)
		return fe_add(errs, line, "body", FE_TOO_MANY, why) < 0 ? C2C_ENOMEM : C2C_EINVAL;
	if ((pc = xmlNewParserCtxt()) == NULL)
		return C2C_ENOMEM;
	xmlSetStructuredErrorFunc(&c, collect_error_cb);
	/* NONET: no network; neither NOENT nor DTDLOAD nor DTDATTR: nothing is substituted
	 * or fetched.  NOERROR/NOWARNING: messages go to collect_error only. */
	*doc = xmlCtxtReadMemory(pc, body, (int)len, "body", NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeParserCtxt(pc);
	if (c.nomem) {
		xmlFreeDoc(*doc);
		*doc = NULL;
		return C2C_ENOMEM;
	}
	if (*doc == NULL) {
		if (!fe_any(errs) && fe_add(errs, 0, "body", FE_XML, NULL) < 0)
			return C2C_ENOMEM;
		return C2C_EINVAL;
	}
	if ((*doc)->intSubset != NULL || (*doc)->extSubset != NULL) {
		xmlFreeDoc(*doc);
		*doc = NULL;
		return fe_add(errs, 1, "body", FE_XML, "a DTD (<!DOCTYPE ...>) is not accepted") < 0 ?
		    C2C_ENOMEM : C2C_EINVAL;
	}
	if ((vc = xmlRelaxNGNewValidCtxt(x->schema)) == NULL) {
		xmlFreeDoc(*doc);
		*doc = NULL;
		return C2C_ENOMEM;
	}
	c.code = FE_SCHEMA;
	xmlRelaxNGSetValidStructuredErrors(vc, collect_error_cb, &c);
	valid = xmlRelaxNGValidateDoc(vc, *doc);
	xmlRelaxNGFreeValidCtxt(vc);
	if (valid != 0 || c.nomem) {
		xmlFreeDoc(*doc);
		*doc = NULL;
		if (c.nomem)
			return C2C_ENOMEM;
		if (!fe_any(errs) && fe_add(errs, 0, "body", FE_SCHEMA, NULL) < 0)
			return C2C_ENOMEM;
		return C2C_EINVAL;
	}
	return C2C_OK;
}
