/* url.c: checks of the web addresses users give, and their public part (url.h). */
#include <string.h>
#include <strings.h>

#include "url.h"
#include "utf8.h"

/* Length of "http://" or "https://" at the start of s (any case), else 0. */
static size_t
scheme_len(const char *s)
{
	if (strncasecmp(s, "http://", 7) == 0)
		return 7;
	if (strncasecmp(s, "https://", 8) == 0)
		return 8;
	return 0;
}

enum url_verdict
url_check(const char *s, size_t max)
{
	size_t n = strlen(s), sl = scheme_len(s), auth;
	const unsigned char *p;

	if (n > max || sl == 0 || !utf8_valid(s, n))
		return URL_BAD;
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p <= ' ' || *p == 0x7f || *p == '"' || *p == '<' || *p == '>' || *p == '\\')
			return URL_BAD;
	auth = strcspn(s + sl, "/?#");
	if (auth == 0)
		return URL_BAD;   /* no host */
	if (memchr(s + sl, '@', auth) != NULL)
		return URL_CREDENTIALS;
	return URL_OK;
}
