/* xml.c: document building helpers over libxml2's tree API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlsave.h>

#include "utf8.h"
#include "xml.h"

/* Refuses every external entity and DTD: c2c never needs one. */
static xmlParserInputPtr
no_external_entities(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

void
xml_init(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(no_external_entities);
}

xmlDocPtr
xml_doc_new(const char *name, xmlNodePtr *root)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr r;
	xmlNsPtr ns;

	if (doc == NULL)
		return NULL;
	if ((r = xmlNewDocNode(doc, NULL, BAD_CAST name, NULL)) == NULL ||
	    (ns = xmlNewNs(r, BAD_CAST C2C_NS, NULL)) == NULL) {
		xmlFreeNode(r);
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlSetNs(r, ns);
	xmlDocSetRootElement(doc, r);
	*root = r;
	return doc;
}

/* A copy of text[0..len) that is valid XML character data: each invalid byte or
 * forbidden character becomes U+FFFD.  Caller frees. */
static char *
xml_clean(const char *text, size_t len)
{
	char *out;
	size_t i, o = 0;

	if (utf8_valid_text(text, len)) {
		if ((out = malloc(len + 1)) == NULL)
			return NULL;
		memcpy(out, text, len);
		out[len] = '\0';
		return out;
	}
	if ((out = malloc(len * 3 + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; ) {
		size_t n;
		for (n = 1; n <= 4 && i + n <= len; n++)
			if (utf8_valid_text(text + i, n))
				break;
		if (n <= 4 && i + n <= len) {
			memcpy(out + o, text + i, n);
			o += n;
			i += n;
		} else {
			memcpy(out + o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		}
	}
	out[o] = '\0';
	return out;
}

xmlNodePtr
xml_add_textn(xmlNodePtr parent, const char *name, const char *text, size_t len)
{
	xmlNodePtr n;
	char *clean;

	if (text == NULL)
		return NULL;
	/* The usual case, valid text ending at len: no copy. */
	if (text[len] == '\0' && utf8_valid_text(text, len))
		return xmlNewTextChild(parent, parent->ns, BAD_CAST name, BAD_CAST text);
	if ((clean = xml_clean(text, len)) == NULL)
		return NULL;
	/* xmlNewTextChild escapes its content; xmlNewChild would parse entities in it. */
	n = xmlNewTextChild(parent, parent->ns, BAD_CAST name, BAD_CAST clean);
	free(clean);
	return n;
}

xmlNodePtr
xml_add_text(xmlNodePtr parent, const char *name, const char *text)
{
	return text ? xml_add_textn(parent, name, text, strlen(text)) : NULL;
}

xmlNodePtr
xml_add(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, parent->ns, BAD_CAST name, NULL);
}

int
xml_set_attr(xmlNodePtr node, const char *name, const char *value)
{
	char *clean;
	xmlAttrPtr a;

	if (value == NULL)
		return 0;
	if (utf8_valid_text(value, strlen(value)))   /* the usual case: no copy */
		return xmlSetProp(node, BAD_CAST name, BAD_CAST value) ? 0 : -1;
	if ((clean = xml_clean(value, strlen(value))) == NULL)
		return -1;
	a = xmlSetProp(node, BAD_CAST name, BAD_CAST clean);
	free(clean);
	return a ? 0 : -1;
}

int
xml_set_attr_int(xmlNodePtr node, const char *name, long long value)
{
	char s[32];

	snprintf(s, sizeof(s), "%lld", value);
	return xmlSetProp(node, BAD_CAST name, BAD_CAST s) ? 0 : -1;
}

int
xml_set_lang(xmlNodePtr node, const char *lang)
{
	return xmlNodeSetLang(node, BAD_CAST lang), 0;
}

enum c2c_err
xml_serialize(xmlDocPtr doc, struct buf *out)
{
	xmlBufferPtr xb = xmlBufferCreate();
	xmlSaveCtxtPtr ctx;
	enum c2c_err rc = C2C_OK;

	if (xb == NULL)
		return C2C_ENOMEM;
	if ((ctx = xmlSaveToBuffer(xb, "UTF-8", XML_SAVE_FORMAT)) == NULL) {
		xmlBufferFree(xb);
		return C2C_ENOMEM;
	}
	if (xmlSaveDoc(ctx, doc) < 0)
		rc = C2C_EXML;
	if (xmlSaveClose(ctx) < 0)
		rc = C2C_EXML;
	if (rc == C2C_OK && buf_append(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb)) < 0)
		rc = C2C_ENOMEM;
	xmlBufferFree(xb);
	return rc;
}

char *
xml_node_string(xmlDocPtr doc, xmlNodePtr node)
{
	xmlBufferPtr xb = xmlBufferCreate();
	char *out = NULL;

	if (xb != NULL && xmlNodeDump(xb, doc, node, 0, 0) >= 0)
		out = strdup((const char *)xmlBufferContent(xb));
	if (xb != NULL)
		xmlBufferFree(xb);
	return out;
}
