/* words.h: the words of a list separated by any of a set of characters ("health
 * education", "a, b"): walking them and finding one.  No allocation, no copies. */
#ifndef C2C_WORDS_H
#define C2C_WORDS_H

#include <stddef.h>

/* The next word of *s, after any separators (any character of seps): its start, its
 * length in *n, and *s moved past it.  NULL (and *n 0) when only separators are left or
 * *s is NULL. */
const char *words_next(const char **s, const char *seps, size_t *n);

/* 1 when the n bytes at word are one of the words of list (NULL: no words), else 0. */
int words_has(const char *list, const char *seps, const char *word, size_t n);

#endif
