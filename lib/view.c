/* view.c: XSLT views, compiled once per worker. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "view.h"

#define VIEWS_MAX 32   /* room for the pages other branches add */

struct views {
	size_t n;
	struct {
		char              name[64];
		xsltStylesheetPtr style;
	} s[VIEWS_MAX];
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
	return v;
fail:
	views_free(v);
	return NULL;
}

void
views_free(struct views *v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < v->n; i++)
		xsltFreeStylesheet(v->s[i].style);
	free(v);
}

enum c2c_err
view_render(struct views *v, const char *name, xmlDocPtr doc, struct buf *out)
{
	xsltStylesheetPtr style = NULL;
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
	if ((res = xsltApplyStylesheet(style, doc, NULL)) == NULL)
		return C2C_EXML;
	if (xsltSaveResultToString(&text, &len, res, style) < 0)
		rc = C2C_EXML;
	else if (text != NULL && buf_append(out, text, (size_t)len) < 0)
		rc = C2C_ENOMEM;
	xmlFree(text);
	xmlFreeDoc(res);
	return rc;
}
