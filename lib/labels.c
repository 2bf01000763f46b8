/* labels.c: the label table of layout.xsl, read once (labels.h). */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cfg.h"
#include "labels.h"
#include "log.h"

/* The namespace of the table's elements: <l:l k="key">English|Chinese</l:l>. */
#define LABELS_NS "urn:c2c:labels"
#define ARGS_MAX 9

/* One label: the pair as written, and its halves (NULL: no '|').  All owned by the
 * entry. */
struct entry {
	xmlChar *pair;
	char    *half[2];
};

struct labels {
	xmlHashTablePtr h;   /* key -> struct entry */
};

static struct labels *global;

static void
entry_free(void *payload, const xmlChar *name)
{
	struct entry *e = payload;

	(void)name;
	if (e == NULL)
		return;
	xmlFree(e->pair);
	free(e->half[0]);
	free(e->half[1]);
	free(e);
}

/* The set of placeholders {1}..{9} a text names, as bits 1..9. */
static unsigned
placeholders(const char *s)
{
	unsigned set = 0;

	for (; *s != '\0'; s++)
		if (s[0] == '{' && s[1] >= '1' && s[1] <= '9' && s[2] == '}')
			set |= 1u << (s[1] - '0');
	return set;
}

/* An entry for pair (taken over), or NULL when out of memory. */
static struct entry *
entry_new(xmlChar *pair)
{
	struct entry *e = calloc(1, sizeof(*e));
	const char *p = (const char *)pair, *bar = strchr(p, '|');

	if (e == NULL) {
		xmlFree(pair);
		return NULL;
	}
	e->pair = pair;
	if (bar == NULL)
		return e;
	if ((e->half[0] = strndup(p, (size_t)(bar - p))) == NULL ||
	    (e->half[1] = strdup(bar + 1)) == NULL) {
		entry_free(e, NULL);
		return NULL;
	}
	return e;
}

struct labels *
labels_open(const char *dir)
{
	char path[PATH_MAX], real[PATH_MAX];
	struct labels *l;
	xmlDocPtr doc;
	xmlNodePtr n;

	int fd;

	if (dir == NULL || (size_t)snprintf(path, sizeof(path), "%s/layout.xsl", dir) >= sizeof(path) ||
	    realpath(path, real) == NULL || (fd = open(real, O_RDONLY | O_CLOEXEC)) < 0)
		return NULL;
	/* Read from the descriptor: the parser's entity loader (xml_init, views_init) may
	 * refuse files, and this one file is all the table needs (no DTD, no network). */
	doc = xmlReadFd(fd, real, NULL, XML_PARSE_NONET);
	close(fd);
	if (doc == NULL)
		return NULL;
	if ((l = calloc(1, sizeof(*l))) == NULL || (l->h = xmlHashCreate(1024)) == NULL) {
		free(l);
		xmlFreeDoc(doc);
		return NULL;
	}
	/* The table is a flat list under one element: walk the tree depth-first. */
	for (n = xmlDocGetRootElement(doc); n != NULL; ) {
		if (n->type == XML_ELEMENT_NODE && n->ns != NULL &&
		    xmlStrEqual(n->ns->href, BAD_CAST LABELS_NS) && xmlStrEqual(n->name, BAD_CAST "l")) {
			xmlChar *k = xmlGetProp(n, BAD_CAST "k"), *text = xmlNodeGetContent(n);
			struct entry *e;
			/* The first of a key wins, as key() gave it. */
			if (k != NULL && text != NULL && xmlHashLookup(l->h, k) == NULL) {
				e = entry_new(text);
				text = NULL;   /* entry_new took it over */
				if (e != NULL &&
				    xmlHashAddEntry(l->h, k, e) != 0)
					entry_free(e, NULL);
			}
			xmlFree(text);
			xmlFree(k);
		} else if (n->children != NULL && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL)
			n = n->parent != (xmlNodePtr)doc ? n->parent : NULL;
		if (n != NULL)
			n = n->next;
	}
	xmlFreeDoc(doc);
	if (xmlHashSize(l->h) == 0) {
		labels_close(l);
		return NULL;
	}
	return l;
}

void
labels_close(struct labels *l)
{
	if (l == NULL)
		return;
	xmlHashFree(l->h, entry_free);
	free(l);
}

struct missing {
	const struct labels *l;
	void (*fn)(const char *key, void *arg);
	void *arg;
	size_t n;
};

static void
missing_one(void *payload, void *data, const xmlChar *key)
{
	struct missing *m = data;

	(void)payload;
	if (xmlHashLookup(m->l->h, key) == NULL) {
		m->n++;
		if (m->fn != NULL)
			m->fn((const char *)key, m->arg);
	}
}

size_t
labels_missing(const struct labels *ref, const struct labels *l,
    void (*fn)(const char *key, void *arg), void *arg)
{
	struct missing m = { l, fn, arg, 0 };

	if (ref == NULL || l == NULL)
		return 0;
	xmlHashScan(ref->h, missing_one, &m);
	return m.n;
}

const char *
labels_pair(const struct labels *l, const char *key)
{
	const struct entry *e;

	if (l == NULL || key == NULL || (e = xmlHashLookup(l->h, BAD_CAST key)) == NULL)
		return NULL;
	return (const char *)e->pair;
}

const char *
labels_get(const struct labels *l, const char *key, int zh)
{
	const struct entry *e;

	if (l == NULL || key == NULL || (e = xmlHashLookup(l->h, BAD_CAST key)) == NULL)
		return NULL;
	return e->half[zh ? 1 : 0];
}

int
labels_init(const char *dir)
{
	struct labels *l = labels_open(dir);

	labels_end();
	global = l;
	if (l == NULL) {
		log_warn("labels: no label table in %s/layout.xsl: texts show their keys",
		    dir != NULL ? dir : "(none)");
		return -1;
	}
	return 0;
}

int
labels_preload(const char *cfgpath)
{
	struct c2c_cfg *cfg = malloc(sizeof(*cfg));   /* large: not on the stack */
	char err[256];

	if (cfg == NULL)
		return -1;
	cfg_defaults(cfg);
	if (cfgpath == NULL)
		cfgpath = getenv("C2C_CONF");
	if (cfgpath != NULL && *cfgpath != '\0' && cfg_load(cfg, cfgpath, err, sizeof(err)) != C2C_OK)
		cfg_defaults(cfg);
	labels_end();
	global = labels_open(cfg->views_dir);
	free(cfg);
	return global != NULL ? 0 : -1;
}

void
labels_end(void)
{
	labels_close(global);
	global = NULL;
}

const char *
label_text(const char *key, int zh)
{
	const char *s = labels_get(global, key, zh);

	return s != NULL ? s : key;
}

const char *
label_find(const char *key, int zh)
{
	return labels_get(global, key, zh);
}

int
label_zh(const char *lang)
{
	return lang != NULL && strncmp(lang, "zh", 2) == 0 &&
	    (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

int
label_fmt_n(struct buf *out, const char *key, int zh, const char *const *args, size_t n)
{
	const char *t = labels_get(global, key, zh), *s, *run;
	size_t i;

	if (n > ARGS_MAX || (t != NULL && (placeholders(t) >> 1) >> n != 0))
		t = NULL;   /* names a value this call does not have */
	if (t == NULL) {
		if (buf_puts(out, key) < 0)
			return -1;
		for (i = 0; i < n; i++)
			if (buf_puts(out, " ") < 0 || buf_puts(out, args[i] ? args[i] : "") < 0)
				return -1;
		return 0;
	}
	for (s = run = t; *s != '\0'; s++) {
		if (s[0] != '{' || s[1] < '1' || s[1] > '9' || s[2] != '}')
			continue;
		if (buf_append(out, run, (size_t)(s - run)) < 0)
			return -1;
		i = (size_t)(s[1] - '1');
		if (args[i] != NULL && buf_puts(out, args[i]) < 0)
			return -1;
		s += 2;
		run = s + 1;
	}
	return buf_append(out, run, (size_t)(s - run));
}
