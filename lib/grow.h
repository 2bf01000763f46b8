/* grow.h: the doubling of a growable array (items, rows, names), written once. */
#ifndef C2C_GROW_H
#define C2C_GROW_H

#include <stddef.h>

/* Room for element n of the array v, which has room for *cap elements of size bytes:
 * v itself while n < *cap, else v reallocated to twice *cap (first when *cap is 0) with
 * *cap updated.  NULL when memory runs out or the size would overflow; v is then
 * unchanged and still the caller's to free.  The result replaces v. */
void *grow(void *v, size_t n, size_t *cap, size_t size, size_t first);

#endif
