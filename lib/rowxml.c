/* rowxml.c: result rows to XML by column alias. */
#include <string.h>

#include "rowxml.h"
#include "xml.h"

/* The child element named name[0..len) of node, created when absent. */
static xmlNodePtr
child_named(xmlNodePtr node, const char *name, size_t len)
{
	char el[64];
	xmlNodePtr c;

	if (len >= sizeof(el))
		return NULL;
	memcpy(el, name, len);
	el[len] = '\0';
	for (c = node->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, el) == 0)
			return c;
	return xml_add(node, el);
}

static int
add_value(xmlNodePtr node, const char *alias, const char *val)
{
	const char *slash = strchr(alias, '/'), *at;
	char el[64];
	xmlNodePtr n;

	if (slash != NULL) {
		if ((node = child_named(node, alias, (size_t)(slash - alias))) == NULL)
			return -1;
		alias = slash + 1;
	}
	if (alias[0] == '@')
		return xml_set_attr(node, alias + 1, val);
	if ((at = strchr(alias, '@')) != NULL && (size_t)(at - alias) < sizeof(el)) {
		memcpy(el, alias, (size_t)(at - alias));
		el[at - alias] = '\0';
		if ((n = xml_add_text(node, el, val)) == NULL)
			return -1;
		return xml_set_lang(n, at + 1);
	}
	return xml_add_text(node, alias, val) ? 0 : -1;
}

int
xml_fill_row(xmlNodePtr node, const struct db_rows *r, size_t row)
{
	size_t i;

	for (i = 0; i < r->ncols; i++) {
		const char *v = db_cell(r, row, i);
		if (r->names[i][0] == '_')   /* private: cursor keys and the like */
			continue;
		if (v != NULL && add_value(node, r->names[i], v) < 0)
			return -1;
	}
	return 0;
}

xmlNodePtr
xml_add_row(xmlNodePtr parent, const char *elem, const struct db_rows *r, size_t row)
{
	xmlNodePtr n = xml_add(parent, elem);

	if (n == NULL || xml_fill_row(n, r, row) < 0)
		return NULL;
	return n;
}
