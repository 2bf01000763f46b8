/* cache.h: built response bodies, shared by the worker threads of one process.
 * Entries belong to a data version: a lookup under another version misses, so a write
 * (which bumps the version) invalidates everything at once.  Bounded in bytes; the least
 * recently used entries go first.  Thread-safe. */
#ifndef C2C_CACHE_H
#define C2C_CACHE_H

#include <stddef.h>

#include "buf.h"

struct cache;

/* max_bytes 0 makes a cache that stores nothing.  NULL when out of memory. */
struct cache *cache_new(size_t max_bytes);
void cache_free(struct cache *c);

/* On a hit, appends the stored body to body and the stored headers to headers
 * (either may be NULL) and returns 1; otherwise 0. */
int cache_get(struct cache *c, const char *key, unsigned long long version,
    struct buf *body, struct buf *headers);

/* Stores a copy of body and headers under key for version (replacing any older entry).
 * Silently does nothing when the entry is larger than an eighth of the cache or memory
 * runs out: the cache is an optimisation, never a failure. */
void cache_put(struct cache *c, const char *key, unsigned long long version,
    const struct buf *body, const struct buf *headers);

/* Counters for tests and benchmarks. */
struct cache_stats {
	unsigned long long hits, misses, stores, evictions;
	size_t entries, bytes;
};
void cache_stats(struct cache *c, struct cache_stats *out);

#endif
