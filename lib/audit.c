/* audit.c: rows of audit_log, and items as XML for them. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "audit.h"
#include "model.h"
#include "param.h"
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
	struct db_rows r;
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	enum c2c_err rc;

	*out = NULL;
	if ((rc = db_query_by_id(db, sql, id, &r)) != C2C_OK)
		return rc;
	if (r.nrows == 0)
		goto done;
	rc = C2C_ENOMEM;
	if ((doc = xml_doc_new(elem, &root)) == NULL || xml_fill_row(root, &r, 0) < 0 ||
	    (*out = xml_node_string(doc, root)) == NULL)
		goto done;
	rc = C2C_OK;
done:
	xmlFreeDoc(doc);
	db_rows_free(&r);
	return rc;
}

enum c2c_err
audit_after(struct db *db, const char *actor, const char *action, const char *sql,
    long long id, const char *entity, const char *before)
{
	char *after = NULL;
	enum c2c_err rc;

	if ((rc = audit_row_xml(db, sql, id, entity, &after)) == C2C_OK)
		rc = audit_write(db, actor, action, entity, id, before, after);
	free(after);
	return rc;
}

enum c2c_err
audit_list(struct db *db, const char *after, int limit, xmlNodePtr root, char **next)
{
	static const char sql[] =
	    "SELECT id AS `@id`, DATE_FORMAT(at, '%Y-%m-%dT%H:%i:%sZ') AS `@at`, actor AS `@actor`, "
	    "action AS `@action`, entity AS `@entity`, entity_id AS `@entity-id`, "
	    "before_xml AS `before`, after_xml AS `after` "
	    "FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?";
	long long from = 9223372036854775807LL;
	enum c2c_err rc;

	*next = NULL;
	if (after != NULL) {
		char *key = cursor_decode(after);
		if (key == NULL || strspn(key, "0123456789") != strlen(key) || strlen(key) > 18) {
			free(key);
			return C2C_EINVAL;
		}
		from = strtoll(key, NULL, 10);
		free(key);
	}
	{
		struct db_param p[] = { DBP_I(from), DBP_I(limit + 1) };
		rc = model_list(db, sql, p, 2, root, "entry", limit, "@id", NULL, next);
	}
	return rc;
}
