/* xml.h: building c2c's XML documents with the libxml2 tree API (escaping is libxml2's). */
#ifndef C2C_XML_H
#define C2C_XML_H

#include <libxml/tree.h>

#include "buf.h"
#include "err.h"

/* Our namespace: every element of every c2c document is in it. */
#define C2C_NS "urn:c2c:xml:1"

/* Once per process, before threads: initialises libxml2 and forbids network access
 * and external entity loading. */
void xml_init(void);

/* A new document whose root element `name` is in C2C_NS.  Returns NULL when out of memory;
 * the caller owns the document (xmlFreeDoc). */
xmlDocPtr xml_doc_new(const char *name, xmlNodePtr *root);

/* Appends <name>text</name>.  Text that is not valid XML character data (bad UTF-8,
 * control characters) is replaced by U+FFFD characters rather than corrupting the output.
 * A NULL text adds nothing and returns NULL; otherwise NULL means out of memory. */
xmlNodePtr xml_add_text(xmlNodePtr parent, const char *name, const char *text);
/* Same, with the byte length given (text need not be NUL-terminated). */
xmlNodePtr xml_add_textn(xmlNodePtr parent, const char *name, const char *text, size_t len);
/* Appends an empty element <name/>. */
xmlNodePtr xml_add(xmlNodePtr parent, const char *name);
/* Sets an attribute, sanitised as xml_add_text; NULL value sets nothing.  0 or -1. */
int xml_set_attr(xmlNodePtr node, const char *name, const char *value);
int xml_set_attr_int(xmlNodePtr node, const char *name, long long value);
/* Sets xml:lang. */
int xml_set_lang(xmlNodePtr node, const char *lang);

/* Serialises doc as UTF-8 XML with declaration into out (appended). */
enum c2c_err xml_serialize(xmlDocPtr doc, struct buf *out);
/* The element node of doc serialised alone, unindented, without declaration: a malloc'd
 * string the caller frees, NULL when out of memory.  The one way the audit log's
 * pictures and the feed's kept entries are written. */
char *xml_node_string(xmlDocPtr doc, xmlNodePtr node);

#endif
