/* h_schema.c: "/schema/c2c.rng", the RELAX NG schema that describes every XML document
 * c2c serves, read from schema_file. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "handlers.h"
#include "log.h"

enum c2c_err
validate_schema(struct c2c_req *req, struct validator *v)
{
	struct stat st;

	if (stat(req->w->cfg->schema_file, &st) < 0) {
		log_err("schema_file %s: %s", req->w->cfg->schema_file, strerror(errno));
		return C2C_ENOTFOUND;
	}
	v->tag = (unsigned long long)st.st_mtime ^ ((unsigned long long)st.st_size << 32);
	v->modified = (long long)st.st_mtime;
	return C2C_OK;
}

enum c2c_err
h_schema(struct c2c_req *req, struct buf *body, struct buf *headers)
{
	char chunk[8192];
	size_t n;
	FILE *f = fopen(req->w->cfg->schema_file, "r");

	(void)headers;
	if (f == NULL) {
		log_err("schema_file %s: %s", req->w->cfg->schema_file, strerror(errno));
		return C2C_ENOTFOUND;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (buf_append(body, chunk, n) < 0) {
			fclose(f);
			return C2C_ENOMEM;
		}
	fclose(f);
	return C2C_OK;
}
