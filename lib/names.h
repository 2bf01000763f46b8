/* names.h: the names of an enum's values.  A vocabulary is one list (an X-macro) in its
 * header that makes both the enum and the array of its names, so that a value cannot be
 * added without its name nor a name drift from its value; then the bounded lookup of a
 * value's name and the reverse lookup for parsing.  Header only. */
#ifndef C2C_NAMES_H
#define C2C_NAMES_H

#include <stddef.h>
#include <string.h>

/* The list is a macro of one argument X, a row X(ID, "name") per value in the enum's order
 * (the order is the values' numbers: append, never reorder):
 *     #define REPLICA_STATES(X) X(REPLICA_UNKNOWN, "unknown") X(REPLICA_READY, "ready") ...
 *     enum replica_state { REPLICA_STATES(ENUM_VALUE) REPLICA__MAX };
 * and in the .c file, the names indexed by the enum:
 *     NAMES_TABLE(state_names, REPLICA_STATES);
 * A list whose rows carry more columns expands them with macros of its own (lib/err.h). */
#define ENUM_VALUE(id, name) id,
#define ENUM_NAME(id, name)  [id] = name,
#define NAMES_TABLE(table, list) static const char *const table[] = { list(ENUM_NAME) }

/* Elements in array a (an array, not a pointer). */
#define NAMES_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* For a table written by hand (not from a list): at file scope after the array, the build
 * fails unless table has exactly max entries, so that a value added at the end of the enum
 * without its name does not compile.  The table must be declared without a size ([]), or
 * the check says nothing. */
#define NAMES_COVER(table, max) \
	_Static_assert(NAMES_COUNT(table) == (max), #table "[] must cover its enum")

/* table[v]; dflt when v is outside [0, n) or has no name (a gap in the initializers). */
static inline const char *
names_get(const char *const *table, size_t n, long v, const char *dflt)
{
	return v >= 0 && (size_t)v < n && table[v] != NULL ? table[v] : dflt;
}

/* The index of name in table[0..n), or -1 (name NULL or not there). */
static inline int
names_find(const char *const *table, size_t n, const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < n; i++)
		if (table[i] != NULL && strcmp(table[i], name) == 0)
			return (int)i;
	return -1;
}

#define NAME_OF(table, v, dflt) names_get((table), NAMES_COUNT(table), (long)(v), (dflt))
#define NAME_FIND(table, name)  names_find((table), NAMES_COUNT(table), (name))

#endif
