/* util.c: helpers shared by the XML tests. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "buf.h"
#include "suites.h"
#include "xml.h"

char *
t_serialize(xmlDocPtr doc)
{
	struct buf b = BUF_INIT;

	ck_assert_int_eq(xml_serialize(doc, &b), C2C_OK);
	ck_assert_ptr_nonnull(b.data);
	ck_assert_uint_eq(strlen(b.data), b.len);
	return b.data;
}

xmlDocPtr
t_reparse(const char *s)
{
	return xmlReadMemory(s, (int)strlen(s), "test.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

static xmlXPathObjectPtr
eval(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr o;

	ck_assert_ptr_nonnull(ctx);
	ck_assert_int_eq(xmlXPathRegisterNs(ctx, BAD_CAST "c", BAD_CAST C2C_NS), 0);
	o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	xmlXPathFreeContext(ctx);
	ck_assert_msg(o != NULL, "bad XPath expression %s", expr);
	return o;
}

char *
t_xpath_str(xmlDocPtr doc, const char *expr)
{
	xmlXPathObjectPtr o = eval(doc, expr);
	xmlChar *s = xmlXPathCastToString(o);
	char *copy;

	xmlXPathFreeObject(o);
	ck_assert_ptr_nonnull(s);
	copy = strdup((const char *)s);
	xmlFree(s);
	ck_assert_ptr_nonnull(copy);
	return copy;
}

double
t_xpath_num(xmlDocPtr doc, const char *expr)
{
	xmlXPathObjectPtr o = eval(doc, expr);
	double d = xmlXPathCastToNumber(o);

	xmlXPathFreeObject(o);
	return d;
}
