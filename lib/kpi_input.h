/* kpi_input.h: KPI values as clients send them, parsed and checked field by field before
 * anything touches the database.  Three forms, one set of fields and one set of rules:
 *   CSV (text/csv, RFC 4180, a header row naming the columns), for bulk uploads;
 *   XML (<kpi-entries> or <kpi-entry>, docs/schema/c2c.rng), for partner systems;
 *   an HTML form (application/x-www-form-urlencoded), for people.
 * Fields: kpi, partnership | city, start, end, value and/or score, comment, source,
 * confidence, supersedes (the id of the value this one corrects), internal.
 * The parsers are pure (bytes in, entries and field errors out): no I/O, so they can be
 * fuzzed and unit-tested alone. */
#ifndef C2C_KPI_INPUT_H
#define C2C_KPI_INPUT_H

#include <stddef.h>

#include <libxml/tree.h>

#include "write.h"

#define KPI_COMMENT_MAX 2000   /* bytes */
#define KPI_SOURCE_MAX  300    /* bytes (the column holds 300 characters) */
#define KPI_ENTRIES_MAX 5000   /* per request */

/* One value to store.  comment and source are owned (malloc'd) or NULL. */
struct kpi_entry {
	int       line;                /* of its CSV record or XML element; 0 for a form */
	char      kpi[65];
	long long partnership;         /* 0: none */
	char      city[65];
	char      start[11], end[11];  /* YYYY-MM-DD */
	char      value[24];           /* canonical decimal text, "" when none */
	int       score;               /* 1..5, 0 when none */
	char     *comment, *source;
	char      confidence[8];       /* low | medium | high */
	long long supersedes;          /* 0: a new value, not a correction */
	int       internal;
	unsigned  seen;                /* bit per field: repeated fields are refused */
};

/* Entries, owned: kpi_batch_free releases them and their strings. */
struct kpi_batch {
	struct kpi_entry *v;
	size_t            n, cap;
};
void kpi_batch_free(struct kpi_batch *b);

/* Adds an empty entry at line; NULL when out of memory or at KPI_ENTRIES_MAX. */
struct kpi_entry *kpi_batch_add(struct kpi_batch *b, int line);

/* Sets field `name` of e from val[0..len) (not NUL-terminated; empty means absent).
 * A bad value is recorded in errs against e->line.  Returns -1 for a field name that
 * does not exist (nothing recorded), -2 when out of memory, else 0. */
int kpi_entry_set(struct kpi_entry *e, const char *name, const char *val, size_t len,
    struct field_errors *errs);
/* The checks across fields, once every field is set: the required ones, one owner,
 * a value or a score, the period's order.  Defaults confidence to medium. */
void kpi_entry_finish(struct kpi_entry *e, struct field_errors *errs);

/* CSV.  A UTF-8 BOM is skipped; lines end in CRLF or LF; the first record names the
 * columns (any order, each once).  Every bad record is reported with its line.  Returns
 * C2C_OK (see errs for problems) or C2C_ENOMEM. */
enum c2c_err kpi_csv_parse(const char *body, size_t len, struct kpi_batch *out,
    struct field_errors *errs);

/* An urlencoded form of one entry; the field "csrf" is copied to csrf (csrf_max bytes,
 * "" when absent or too long) and "lang" is ignored; every other field must be known. */
enum c2c_err kpi_form_parse(const char *body, size_t len, struct kpi_batch *out,
    struct field_errors *errs, char *csrf, size_t csrf_max);

/* The entries of a document that xmlin_parse accepted (root <kpi-entries> or
 * <kpi-entry>).  Returns C2C_OK (see errs) or C2C_ENOMEM. */
enum c2c_err kpi_xml_entries(xmlDocPtr doc, struct kpi_batch *out, struct field_errors *errs);

/* 1 when s is a real date YYYY-MM-DD with a year from 1900 to 2999. */
int kpi_input_date_valid(const char *s);

#endif
