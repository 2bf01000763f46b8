/* cache.c: an LRU map from request key to built response, guarded by one mutex. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"

#define NBUCKETS 1024

struct entry {
	struct entry       *hnext;          /* hash chain */
	struct entry       *prev, *next;    /* LRU list, most recent first */
	unsigned long long  version;
	size_t              size;           /* bytes accounted */
	char               *key;
	struct buf          body, headers;
};

struct cache {
	pthread_mutex_t     lock;
	size_t              max_bytes, bytes;
	struct entry       *buckets[NBUCKETS];
	struct entry       *head, *tail;
	struct cache_stats  st;
};

static unsigned
hash(const char *s)
{
	unsigned h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h % NBUCKETS;
}

struct cache *
cache_new(size_t max_bytes)
{
	struct cache *c = calloc(1, sizeof(*c));

	if (c == NULL)
		return NULL;
	pthread_mutex_init(&c->lock, NULL);
	c->max_bytes = max_bytes;
	return c;
}

static void
lru_unlink(struct cache *c, struct entry *e)
{
	if (e->prev) e->prev->next = e->next; else c->head = e->next;
	if (e->next) e->next->prev = e->prev; else c->tail = e->prev;
	e->prev = e->next = NULL;
}

static void
lru_push(struct cache *c, struct entry *e)
{
	e->next = c->head;
	e->prev = NULL;
	if (c->head)
		c->head->prev = e;
	c->head = e;
	if (c->tail == NULL)
		c->tail = e;
}

/* Removes e from the map and the list and frees it. */
static void
drop(struct cache *c, struct entry *e)
{
	struct entry **pp = &c->buckets[hash(e->key)];

	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	lru_unlink(c, e);
	c->bytes -= e->size;
	c->st.entries--;
	free(e->key);
	buf_free(&e->body);
	buf_free(&e->headers);
	free(e);
}

static struct entry *
find(struct cache *c, const char *key)
{
	struct entry *e;

	for (e = c->buckets[hash(key)]; e != NULL; e = e->hnext)
		if (strcmp(e->key, key) == 0)
			return e;
	return NULL;
}

void
cache_free(struct cache *c)
{
	if (c == NULL)
		return;
	while (c->head != NULL)
		drop(c, c->head);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

int
cache_get(struct cache *c, const char *key, unsigned long long version,
    struct buf *body, struct buf *headers)
{
	struct entry *e;
	int hit = 0;

	pthread_mutex_lock(&c->lock);
	if ((e = find(c, key)) != NULL && e->version != version) {
		drop(c, e);     /* from an older data version: never valid again */
		e = NULL;
	}
	if (e != NULL &&
	    (body == NULL || buf_append(body, e->body.data, e->body.len) == 0) &&
	    (headers == NULL || buf_append(headers, e->headers.data ? e->headers.data : "",
	    e->headers.len) == 0)) {
		lru_unlink(c, e);
		lru_push(c, e);
		hit = 1;
	}
	if (hit)
		c->st.hits++;
	else
		c->st.misses++;
	pthread_mutex_unlock(&c->lock);
	return hit;
}

void
cache_put(struct cache *c, const char *key, unsigned long long version,
    const struct buf *body, const struct buf *headers)
{
	size_t size = sizeof(struct entry) + strlen(key) + 1 + body->len + headers->len;
	struct entry *e;

	if (c->max_bytes == 0 || size > c->max_bytes / 8)
		return;
	/* Copy outside the lock: other workers go on meanwhile. */
	if ((e = calloc(1, sizeof(*e))) == NULL || (e->key = strdup(key)) == NULL ||
	    buf_append(&e->body, body->data, body->len) < 0 ||
	    buf_append(&e->headers, headers->data ? headers->data : "", headers->len) < 0) {
		if (e != NULL) {
			free(e->key);
			buf_free(&e->body);
			buf_free(&e->headers);
			free(e);
		}
		return;
	}
	e->version = version;
	e->size = size;

	pthread_mutex_lock(&c->lock);
	{
		struct entry *old = find(c, key);
		unsigned h = hash(key);
		if (old != NULL)
			drop(c, old);
		while (c->bytes + size > c->max_bytes && c->tail != NULL) {
			drop(c, c->tail);
			c->st.evictions++;
		}
		e->hnext = c->buckets[h];
		c->buckets[h] = e;
		lru_push(c, e);
		c->bytes += size;
		c->st.entries++;
		c->st.stores++;
	}
	pthread_mutex_unlock(&c->lock);
}

void
cache_stats(struct cache *c, struct cache_stats *out)
{
	pthread_mutex_lock(&c->lock);
	*out = c->st;
	out->bytes = c->bytes;
	pthread_mutex_unlock(&c->lock);
}
