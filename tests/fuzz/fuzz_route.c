/* fuzz_route.c: the router (lib/route.c).  The input is "METHOD\nPATH\nACCEPT" (missing
 * parts are empty), as c2c.fcgi takes them from REQUEST_METHOD, the decoded path and the
 * Accept header; the matched page and arguments must stay within their buffers. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "http.h"
#include "route.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct route_match m;
	char *s, *method, *path, *accept, *nl;
	char allow[128];

	if (size > 16384)
		return -1;
	s = fuzz_strndup(data, size);
	method = s;
	path = accept = s + size;   /* the terminator: "" */
	if ((nl = strchr(method, '\n')) != NULL) {
		*nl = '\0';
		path = nl + 1;
		if ((nl = strchr(path, '\n')) != NULL) {
			*nl = '\0';
			accept = nl + 1;
		}
	}
	memset(&m, 0, sizeof(m));
	if (route_find(method, path, accept, &m) == C2C_OK) {
		if (m.page >= PAGE__MAX || m.repr >= REPR__MAX || strlen(m.arg) > ROUTE_ARG_MAX)
			abort();
		(void)page_name(m.page);
		(void)repr_content_type(m.repr);
	}
	(void)route_find(method, path, NULL, &m);
	method_allow_header(m.allow, allow, sizeof(allow));
	(void)method_parse(method);
	free(s);
	return 0;
}
