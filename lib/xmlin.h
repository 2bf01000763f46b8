/* xmlin.h: XML request bodies, parsed safely and validated against the input part of
 * c2c's RELAX NG schema (docs/schema/c2c.rng, define "input").
 * Safe means: no network (XML_PARSE_NONET), no entity substitution (XML_PARSE_NOENT is
 * never set), no external DTD (XML_PARSE_DTDLOAD is never set), and no DTD at all: a
 * body that declares one is refused, so that no entity, internal or external, can be
 * declared, let alone expanded ("billion laughs", XXE).  Size is capped by the caller
 * before any byte reaches the parser, and so are the attributes per element and the
 * elements of a body (xmlin_parse).  A struct xmlin is used by one thread at a time. */
#ifndef C2C_XMLIN_H
#define C2C_XMLIN_H

#include <stddef.h>

#include <libxml/tree.h>

#include "write.h"

struct xmlin;

/* Reads the schema file, keeps its definitions and makes "input" the start, then
 * compiles it.  NULL with the reason in err. */
struct xmlin *xmlin_load(const char *schema_path, char *err, size_t errlen);
void xmlin_free(struct xmlin *x);

/* Parses body[0..len) and validates it.  C2C_OK with *doc (the caller frees it with
 * xmlFreeDoc) when it is well-formed, has no DTD and is valid; else C2C_EINVAL with the
 * problems in errs (line and the parser's message; too-many for a body over the
 * budgets of attributes per element or elements), or C2C_ENOMEM. */
enum c2c_err xmlin_parse(struct xmlin *x, const char *body, size_t len, xmlDocPtr *doc,
    struct field_errors *errs);

#endif
