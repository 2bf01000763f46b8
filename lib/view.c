/* view.c: XSLT views, compiled once per worker. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "labels.h"
#include "view.h"

/* The namespace of l:label(), as layout.xsl declares it. */
#define LABELS_NS "urn:c2c:labels"

struct views {
	size_t n;
	struct {
		char              name[64];
		xsltStylesheetPtr style;
	} s[VIEWS_MAX];
	/* The label table of layout.xsl (lib/labels.h), read once, for l:label() (label_fn).
	 * NULL when the views have no label table: the stylesheets then look it up
	 * themselves.  Every page's labels used to be found with key() in document(''),
	 * which made libxslt parse layout.xsl and index its labels again for every page. */
	struct labels *labels;
};

static char views_root[PATH_MAX];

/* The one way XML reaches the disk: files under the views directory (stylesheets and
 * their imports).  No network, no other file: request bodies never load entities. */
static xmlParserInputPtr
views_entity_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	char real[PATH_MAX];
	size_t n = strlen(views_root);

	(void)id;
	if (url == NULL || views_root[0] == '\0')
		return NULL;
	if (strncmp(url, "file://", 7) == 0)
		url += 7;
	if (url[0] != '/' || realpath(url, real) == NULL ||
	    strncmp(real, views_root, n) != 0 || real[n] != '/')
		return NULL;
	return xmlNewInputFromFile(ctxt, real);
}

void
views_init(const char *dir)
{
	xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();

	if (realpath(dir, views_root) == NULL)
		views_root[0] = '\0';
	xmlSetExternalEntityLoader(views_entity_loader);
	if (sec != NULL) {
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
		xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
		xsltSetDefaultSecurityPrefs(sec);
	}
}

struct views *
views_load(const char *dir, const char *const *names, char *err, size_t errlen)
{
	struct views *v = calloc(1, sizeof(*v));
	char path[PATH_MAX];

	if (v == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	for (; *names != NULL; names++) {
		char real[PATH_MAX];
		if (v->n == VIEWS_MAX || strlen(*names) >= sizeof(v->s[0].name)) {
			snprintf(err, errlen, "too many views");
			goto fail;
		}
		snprintf(path, sizeof(path), "%s/%s.xsl", dir, *names);
		/* Parse through the loader's path so that imports resolve under views_root. */
		if (realpath(path, real) == NULL) {
			snprintf(err, errlen, "%s: cannot open stylesheet", path);
			goto fail;
		}
		if ((v->s[v->n].style = xsltParseStylesheetFile(BAD_CAST real)) == NULL) {
			snprintf(err, errlen, "%s: stylesheet does not compile", path);
			goto fail;
		}
		snprintf(v->s[v->n].name, sizeof(v->s[0].name), "%s", *names);
		v->n++;
	}
	v->labels = labels_open(dir);
	return v;
fail:
	views_free(v);
	return NULL;
}

/* l:label(key, lang): the label of key in lang, as layout.xsl's template "label-from-table"
 * makes it: the English of "English|Chinese", or the Chinese for lang "zh"; for a key without
 * a label (a code added to the data later) the key readably: "pkind.sister_city" gives
 * "sister city", a key without a dot itself. */
static void
label_fn(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr tctxt;
	const struct views *v;
	xmlChar *key, *lang, *out = NULL, *p;
	const xmlChar *pair = NULL, *bar;

	if (nargs != 2) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	lang = xmlXPathPopString(ctxt);
	key = xmlXPathPopString(ctxt);
	if (key == NULL || lang == NULL) {
		xmlFree(key);
		xmlFree(lang);
		xmlXPathSetError(ctxt, XPATH_MEMORY_ERROR);
		return;
	}
	if ((tctxt = xsltXPathGetTransformContext(ctxt)) != NULL && (v = tctxt->_private) != NULL &&
	    v->labels != NULL)
		pair = BAD_CAST labels_pair(v->labels, (const char *)key);
	if (pair != NULL && *pair != '\0') {
		bar = xmlStrchr(pair, '|');
		if (bar == NULL)   /* substring-before and -after of a string without '|' */
			out = xmlStrdup(BAD_CAST "");
		else if (xmlStrEqual(lang, BAD_CAST "zh"))
			out = xmlStrdup(bar + 1);
		else
			out = xmlStrndup(pair, (int)(bar - pair));
	} else if ((p = (xmlChar *)xmlStrchr(key, '.')) != NULL) {
		if ((out = xmlStrdup(p + 1)) != NULL)
			for (p = out; *p != '\0'; p++)
				if (*p == '_')
					*p = ' ';
	} else {
		out = xmlStrdup(key);
	}
	xmlFree(key);
	xmlFree(lang);
	if (out == NULL) {
		xmlXPathSetError(ctxt, XPATH_MEMORY_ERROR);
		return;
	}
	valuePush(ctxt, xmlXPathWrapString(out));
}

void
views_free(struct views *v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < v->n; i++)
		xsltFreeStylesheet(v->s[i].style);
	labels_close(v->labels);
	free(v);
}

enum c2c_err
view_render(struct views *v, const char *name, xmlDocPtr doc, struct buf *out)
{
	xsltStylesheetPtr style = NULL;
	xsltTransformContextPtr ctxt;
	xmlDocPtr res;
	xmlChar *text = NULL;
	int len = 0;
	size_t i;
	enum c2c_err rc = C2C_OK;

	for (i = 0; i < v->n; i++)
		if (strcmp(v->s[i].name, name) == 0)
			style = v->s[i].style;
	if (style == NULL)
		return C2C_ENOTACCEPT;
	if ((ctxt = xsltNewTransformContext(style, doc)) == NULL)
		return C2C_ENOMEM;
	ctxt->_private = v;
	if (v->labels != NULL)
		xsltRegisterExtFunction(ctxt, BAD_CAST "label", BAD_CAST LABELS_NS, label_fn);
	res = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, ctxt);
	xsltFreeTransformContext(ctxt);
	if (res == NULL)
		return C2C_EXML;
	if (xsltSaveResultToString(&text, &len, res, style) < 0)
		rc = C2C_EXML;
	else if (text != NULL && buf_append(out, text, (size_t)len) < 0)
		rc = C2C_ENOMEM;
	xmlFree(text);
	xmlFreeDoc(res);
	return rc;
}
