/* audit.c: rows of audit_log, and items as XML for them. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "audit.h"
#include "rowxml.h"
#include "xml.h"

enum c2c_err
audit_write(struct db *db, const char *actor, const char *action, const char *entity,
    long long id, const char *before, const char *after)
{
	static const char sql[] =
	    "INSERT INTO audit_log (actor, action, entity, entity_id, before_xml, after_xml) "
	    "VALUES (?, ?, ?, ?, ?, ?)";
	struct db_param p[] = { DBP_S(actor), DBP_S(action), DBP_S(entity), DBP_I(id),
		DBP_S(before), DBP_S(after) };

	if (strcmp(action, "create") != 0 && strcmp(action, "update") != 0 &&
	    strcmp(action, "delete") != 0)
		return C2C_EINVAL;
	return db_exec(db, sql, sizeof(sql) - 1, p, sizeof(p) / sizeof(p[0]), NULL);
}

enum c2c_err
audit_row_xml(struct db *db, const char *sql, long long id, const char *elem, char **out)
{
	struct db_param p[] = { DBP_I(id) };
	struct db_rows r;
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	xmlBufferPtr xb = NULL;
	enum c2c_err rc;

	*out = NULL;
	if ((rc = db_query(db, sql, p, 1, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0)
		goto done;
	rc = C2C_ENOMEM;
	if ((doc = xml_doc_new(elem, &root)) == NULL || xml_fill_row(root, &r, 0) < 0 ||
	    (xb = xmlBufferCreate()) == NULL || xmlNodeDump(xb, doc, root, 0, 0) < 0 ||
	    (*out = strdup((const char *)xmlBufferContent(xb))) == NULL)
		goto done;
	rc = C2C_OK;
done:
	if (xb != NULL)
		xmlBufferFree(xb);
	xmlFreeDoc(doc);
	db_rows_free(&r);
	return rc;
}
