/* words.c: walking and searching the words of a separated list (words.h). */
#include <string.h>

#include "words.h"

const char *
words_next(const char **s, const char *seps, size_t *n)
{
	const char *w;

	*n = 0;
	if (*s == NULL || *(w = *s + strspn(*s, seps)) == '\0')
		return NULL;
	*n = strcspn(w, seps);
	*s = w + *n;
	return w;
}

int
words_has(const char *list, const char *seps, const char *word, size_t n)
{
	const char *w;
	size_t l;

	while ((w = words_next(&list, seps, &l)) != NULL)
		if (l == n && strncmp(w, word, n) == 0)
			return 1;
	return 0;
}
