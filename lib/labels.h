/* labels.h: the label table of the views (views_dir/layout.xsl, <l:l k="key">English|Chinese
 * </l:l>), for the stylesheets' l:label() (lib/view.c) and for the text C writes itself:
 * form errors, Atom feeds, e-mails, match explanations.  One file a deployer overrides.
 *
 * A table is read once and never changes after: lookups are plain reads, safe from any
 * number of threads at once.  The process's table (labels_init) is loaded before the
 * threads start and lives until labels_end.
 *
 * Missing text: a key the table lacks, a pair without '|', or no table at all gives the
 * key itself ("fe.required").  Not a built-in English: the text has one home (the
 * table), a missing key shows plainly on the page instead of passing for a translation,
 * and tests/integration/t70_labels.sh checks that every key C uses is in the shipped
 * table.  A label with values ("{1} accepted {2}'s expression of interest") substitutes
 * them by position; see label_fmt for what happens to a replacement that names a value
 * the caller does not give. */
#ifndef C2C_LABELS_H
#define C2C_LABELS_H

#include "buf.h"

struct labels;

/* Reads dir/layout.xsl.  NULL when it is missing, is not XML, has no label table, or
 * memory runs out.  The caller owns the result (labels_close).  The first of a key wins,
 * as xsl:key gave it. */
struct labels *labels_open(const char *dir);
void labels_close(struct labels *l);
/* The raw "English|Chinese" of key, or NULL.  Valid while l is. */
const char *labels_pair(const struct labels *l, const char *key);
/* The English (zh 0) or Chinese (zh 1) half of key, or NULL when the key is missing or
 * its pair has no '|'.  Valid while l is. */
const char *labels_get(const struct labels *l, const char *key, int zh);

/* The keys of ref that l lacks (a deployer's copy of layout.xsl against the one shipped):
 * fn(key, arg) for each, in no particular order; their number.  Either table may be NULL
 * (none lacking). */
size_t labels_missing(const struct labels *ref, const struct labels *l,
    void (*fn)(const char *key, void *arg), void *arg);

/* The process's table: once, before threads (c2c.fcgi, c2cctl, the unit tests).  0, or
 * -1 with a warning logged when dir has no table (every label is then its key).  A
 * second call replaces the table (no thread may be using it). */
int labels_init(const char *dir);
void labels_end(void);
/* For a program that writes text before it reads its configuration for good (c2cctl
 * checks a command's arguments first): the table of the views_dir that the configuration
 * file cfgpath (NULL: $C2C_CONF) names, or of the default views_dir, quietly (the
 * configuration's own errors are reported when it is read for good, and labels_init then
 * loads the table again).  0, or -1 when there is none. */
int labels_preload(const char *cfgpath);

/* The text of key in Chinese (zh 1) or English, from the process's table, or the key
 * itself.  Never NULL; valid until labels_end. */
const char *label_text(const char *key, int zh);
/* The same, or NULL when the key is missing (for a caller with a fallback of its own). */
const char *label_find(const char *key, int zh);
/* 1 for "zh", "zh-CN", "zh_TW"...: the languages whose labels are the Chinese half. */
int label_zh(const char *lang);

/* Appends the text of key with its placeholders {1}..{9} replaced by args[0..n) (n at
 * most 9).  The values are copied as they are, never read as a format; a '{' not
 * followed by a digit and '}' is text.  A text may leave values out (a language may not
 * need them) or use one twice; a text that names a value beyond n (a deployer's
 * replacement that does not fit this call) is not used: the key and the
 * values, separated by spaces, are written instead, as for a missing key, so that no
 * value is lost.  0, or -1 when out of memory. */
int label_fmt_n(struct buf *out, const char *key, int zh, const char *const *args, size_t n);
/* label_fmt(out, key, zh, "a", "b"): the values as const char * (NULL reads as ""). */
#define label_fmt(out, key, zh, ...) \
	label_fmt_n((out), (key), (zh), (const char *const[]){ __VA_ARGS__ }, \
	    sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *))

#endif
