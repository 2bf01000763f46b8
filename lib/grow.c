/* grow.c: the doubling of a growable array. */
#include <stdint.h>
#include <stdlib.h>

#include "grow.h"

void *
grow(void *v, size_t n, size_t *cap, size_t size, size_t first)
{
	size_t c;

	if (n < *cap)
		return v;
	if (*cap > SIZE_MAX / 2)
		return NULL;
	c = *cap ? *cap * 2 : first;
	if (size == 0 || c == 0 || c > SIZE_MAX / size)
		return NULL;
	if ((v = realloc(v, c * size)) != NULL)
		*cap = c;
	return v;
}
