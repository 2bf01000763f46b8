/* view.h: HTML views of c2c's XML documents, rendered by XSLT stylesheets that a deployer
 * may replace (views_dir/<page>.xsl).  A struct views is used by one thread at a time. */
#ifndef C2C_VIEW_H
#define C2C_VIEW_H

#include <libxml/tree.h>

#include "buf.h"
#include "err.h"

struct views;

/* The most stylesheets one struct views holds. */
#define VIEWS_MAX 64

/* Compiles views_dir/<name>.xsl for each name of the NULL-terminated list (at most
 * VIEWS_MAX).  On failure returns NULL with the reason in err. */
struct views *views_load(const char *dir, const char *const *names, char *err, size_t errlen);
void views_free(struct views *v);

/* Once per process, before threads: sets XSLT security (no writes, no network) and lets
 * the XML parser read stylesheets under dir, and only there. */
void views_init(const char *dir);

/* Renders doc with the stylesheet `name` and appends the result to out. */
enum c2c_err view_render(struct views *v, const char *name, xmlDocPtr doc, struct buf *out);

#endif
