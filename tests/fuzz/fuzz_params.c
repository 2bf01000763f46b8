/* fuzz_params.c: the query string (lib/param.c): params_parse with every parameter
 * accepted and with a mask taken from the input (so that "known but refused" is reached
 * too), plus the helpers it leans on: param_decode and the opaque cursors. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "param.h"

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
	struct params p;
	char err[256], *q, *d, *c;
	const char *bad;
	unsigned mask = 0;
	size_t dlen;

	if (size > 2 * PARAM_QUERY_MAX)
		return -1;
	/* QUERY_STRING is a C string from the web server: a NUL ends it. */
	q = fuzz_strndup(data, size);
	(void)params_parse(q, (1u << P__MAX) - 1, &p, err, sizeof(err), &bad);
	params_free(&p);
	if (size >= 4)
		memcpy(&mask, data, sizeof(mask));
	(void)params_parse(q, mask, &p, err, sizeof(err), &bad);
	params_free(&p);
	/* The cursor round trip must hold for whatever a decoded cursor holds. */
	if ((c = cursor_decode(q)) != NULL) {
		char *again = cursor_encode(c);
		char *back = again ? cursor_decode(again) : NULL;

		if (again != NULL && (back == NULL || strcmp(back, c) != 0))
			abort();
		free(back);
		free(again);
		free(c);
	}
	/* param_decode takes a length: no terminator behind it. */
	if ((d = param_decode((const char *)data, size, 1, &dlen)) != NULL) {
		if (dlen > size)
			abort();
		free(d);
	}
	free(q);
	return 0;
}
