/* fuzz_headers.c: the request and response headers c2c reads: Accept (negotiation and
 * q-values), Accept-Language, If-None-Match, Authorization (bearer tokens), and, on the
 * import side, Retry-After and the import_allow_networks CIDR list. */
#include <stdlib.h>

#include "auth.h"
#include "fetch.h"
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
	struct fetch_net nets[16];
	char tok[AUTH_TOKEN_LEN + 1];
	size_t n;
	char *s;
	int r;

	if (size > 16384)
		return -1;
	s = fuzz_strndup(data, size);
	r = http_negotiate(s, (1u << REPR__MAX) - 1);
	if (r < -1 || r >= REPR__MAX)
		abort();
	r = http_media_q((const char *)data, size);
	if (r < 0 || r > 1000)
		abort();
	(void)http_lang(s);
	(void)http_etag_match(s, "\"v1-abc\"");
	if (auth_bearer(s, tok) == 1 && !auth_token_wellformed(tok))
		abort();
	(void)auth_token_wellformed(s);
	(void)fetch_parse_retry_after(s, 1767225600);
	(void)fetch_networks_parse(s, nets, sizeof(nets) / sizeof(nets[0]), &n);
	free(s);
	return 0;
}
