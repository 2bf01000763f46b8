/* import_plan.c: the plan of an import run (import_plan.h): the stored events indexed by
 * key, each item of the feed matched to one, new, changed or as stored. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import_plan.h"

const char *const import_status_text[3] = { "confirmed", "tentative", "cancelled" };

/* A hash table from a key to a row of the stored events (open addressing). */
struct index {
	size_t *slot;    /* row + 1; 0 is empty */
	size_t  mask;
};

static uint64_t
hash2(const char *a, const char *b)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	const char *s;

	for (s = a; s != NULL && *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	h = (h ^ 0x1f) * 0x100000001b3ULL;
	for (s = b; s != NULL && *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

static int
index_init(struct index *ix, size_t n)
{
	size_t cap = 16;

	while (cap < 2 * n + 2)
		cap *= 2;
	ix->mask = cap - 1;
	return (ix->slot = calloc(cap, sizeof(*ix->slot))) != NULL ? 0 : -1;
}

/* Rows are found by the two cells ca and cb of the stored events. */
static void
index_add(struct index *ix, const struct db_rows *r, size_t row, int ca, int cb)
{
	size_t i = (size_t)hash2(nz(db_cell(r, row, ca)), nz(db_cell(r, row, cb))) & ix->mask;

	while (ix->slot[i] != 0)
		i = (i + 1) & ix->mask;
	ix->slot[i] = row + 1;
}

/* The row whose cells ca, cb are a, b and that is not taken; -1 if none. */
static long
index_find(const struct index *ix, const struct db_rows *r, const char *a, const char *b,
    int ca, int cb, const unsigned char *taken)
{
	size_t i = (size_t)hash2(a, b) & ix->mask;

	for (; ix->slot[i] != 0; i = (i + 1) & ix->mask) {
		size_t row = ix->slot[i] - 1;
		if (!taken[row] && strcmp(nz(db_cell(r, row, ca)), a) == 0 &&
		    strcmp(nz(db_cell(r, row, cb)), b) == 0)
			return (long)row;
	}
	return -1;
}

/* 1 when the stored row says what the item says (the UID aside). */
static int
fields_equal(const struct db_rows *r, size_t row, const struct ics_item *it)
{
	char seq[16];

	snprintf(seq, sizeof(seq), "%d", it->sequence);
	return strcmp(nz(db_cell(r, row, C_TITLE)), nz(it->title)) == 0 &&
	    strcmp(nz(db_cell(r, row, C_DESC)), nz(it->description)) == 0 &&
	    strcmp(nz(db_cell(r, row, C_START)), it->start) == 0 &&
	    strcmp(nz(db_cell(r, row, C_END)), it->end) == 0 &&
	    strcmp(nz(db_cell(r, row, C_TZID)), it->tzid) == 0 &&
	    strcmp(nz(db_cell(r, row, C_ALLDAY)), it->all_day ? "1" : "0") == 0 &&
	    strcmp(nz(db_cell(r, row, C_LOCATION)), nz(it->location)) == 0 &&
	    strcmp(nz(db_cell(r, row, C_URL)), nz(it->url)) == 0 &&
	    strcmp(nz(db_cell(r, row, C_ORGANISER)), nz(it->organiser)) == 0 &&
	    strcmp(nz(db_cell(r, row, C_CATEGORIES)), nz(it->categories)) == 0 &&
	    strcmp(nz(db_cell(r, row, C_STATUS)), import_status_text[it->status]) == 0 &&
	    strcmp(nz(db_cell(r, row, C_SEQUENCE)), seq) == 0 &&
	    strcmp(nz(db_cell(r, row, C_REMOVED)), "0") == 0;
}

/* The kind of an event from its categories: the first that names one. */
const char *
import_kind_of(const char *categories)
{
	static const char *const kinds[] = { "workshop", "conference", "forum", "meeting",
		"ceremony", "seminar", "summit" };
	const char *c = categories;
	size_t i;

	while (c != NULL && *c != '\0') {
		size_t n = strcspn(c, ",");
		while (n > 0 && c[0] == ' ')
			c++, n--;
		for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
			if (strlen(kinds[i]) == n && strncasecmp(c, kinds[i], n) == 0)
				return kinds[i];
		c += n;
		if (*c == ',')
			c++;
	}
	return "other";
}

/* Matches items to stored rows: by UID and recurrence id, or, for a source that makes
 * up new UIDs on every fetch, by title and start. */
int
import_plan_make(const struct ics_calendar *cal, const struct db_rows *r, int was_unstable,
    struct plan *pl, struct buf *warnings)
{
	struct index by_uid = { NULL, 0 }, by_content = { NULL, 0 };
	unsigned char *seen_key;
	size_t i, uid_hits = 0, content_hits = 0, current = 0;
	int rc = -1;

	memset(pl, 0, sizeof(*pl));
	pl->act = calloc(cal->n + 1, sizeof(*pl->act));
	pl->row = calloc(cal->n + 1, sizeof(*pl->row));
	pl->taken = calloc(r->nrows + 1, 1);
	seen_key = calloc(r->nrows + 1, 1);
	if (pl->act == NULL || pl->row == NULL || pl->taken == NULL || seen_key == NULL ||
	    index_init(&by_uid, r->nrows) < 0 || index_init(&by_content, r->nrows) < 0)
		goto out;
	for (i = 0; i < r->nrows; i++) {
		index_add(&by_uid, r, i, C_UID, C_RID);
		if (strcmp(nz(db_cell(r, i, C_REMOVED)), "0") == 0) {
			index_add(&by_content, r, i, C_TITLE, C_START);
			current++;
		}
	}
	/* UIDs that never match while contents do: the feed makes up UIDs. */
	for (i = 0; i < cal->n; i++) {
		const struct ics_item *it = &cal->items[i];
		uid_hits += index_find(&by_uid, r, it->uid, it->recurrence_id, C_UID, C_RID, seen_key) >= 0;
		content_hits += index_find(&by_content, r, it->title, it->start, C_TITLE, C_START,
		    seen_key) >= 0;
	}
	pl->unstable = was_unstable;
	if (current >= 2 && cal->n >= 2 && uid_hits == 0 && content_hits * 2 >= cal->n)
		pl->unstable = 1;
	else if (uid_hits * 2 > cal->n)
		pl->unstable = 0;

	memset(seen_key, 0, r->nrows + 1);
	for (i = 0; i < cal->n; i++) {
		const struct ics_item *it = &cal->items[i];
		long row = -1;

		if (pl->unstable)
			row = index_find(&by_content, r, it->title, it->start, C_TITLE, C_START, pl->taken);
		if (row < 0)
			row = index_find(&by_uid, r, it->uid, it->recurrence_id, C_UID, C_RID, pl->taken);
		pl->row[i] = row;
		if (row >= 0) {
			pl->taken[row] = 1;
			if (fields_equal(r, (size_t)row, it)) {
				pl->act[i] = A_SAME;
				pl->same++;
			} else {
				pl->act[i] = A_UPDATE;
				pl->updated++;
			}
		} else {
			pl->act[i] = A_ADD;
			pl->added++;
		}
	}
	/* Two items with one key would both be added and break the unique key: keep the
	 * first of each. */
	{
		struct index added_ix = { NULL, 0 };
		if (index_init(&added_ix, cal->n) < 0)
			goto out;
		for (i = 0; i < cal->n; i++) {
			const struct ics_item *it = &cal->items[i];
			size_t h;
			int dup = 0;
			if (pl->act[i] != A_ADD)
				continue;
			h = (size_t)hash2(it->uid, it->recurrence_id) & added_ix.mask;
			for (; added_ix.slot[h] != 0; h = (h + 1) & added_ix.mask) {
				const struct ics_item *o = &cal->items[added_ix.slot[h] - 1];
				if (strcmp(o->uid, it->uid) == 0 && strcmp(o->recurrence_id, it->recurrence_id) == 0) {
					dup = 1;
					break;
				}
			}
			if (dup) {
				pl->act[i] = A_SKIP;
				pl->added--;
				pl->skipped++;
				if (warnings != NULL)
					buf_printf(warnings, "event %.80s %s appears twice: the first kept\n",
					    it->uid, it->recurrence_id);
			} else
				added_ix.slot[h] = i + 1;
		}
		free(added_ix.slot);
	}
	for (i = 0; i < r->nrows; i++)
		if (!pl->taken[i] && strcmp(nz(db_cell(r, i, C_REMOVED)), "0") == 0)
			pl->removed++;
	rc = 0;
out:
	free(by_uid.slot);
	free(by_content.slot);
	free(seen_key);
	return rc;
}

void
import_plan_free(struct plan *pl)
{
	free(pl->act);
	free(pl->row);
	free(pl->taken);
}

void
import_plan_print(FILE *f, const struct ics_calendar *cal, const struct db_rows *r, const struct plan *pl)
{
	size_t i;

	for (i = 0; i < cal->n; i++) {
		const struct ics_item *it = &cal->items[i];
		if (pl->act[i] == A_ADD || pl->act[i] == A_UPDATE)
			fprintf(f, "%c %s  %s%s%s  %s\n", pl->act[i] == A_ADD ? '+' : '~', it->start,
			    it->uid, it->recurrence_id[0] ? " " : "", it->recurrence_id, it->title);
	}
	for (i = 0; i < r->nrows; i++)
		if (!pl->taken[i] && strcmp(nz(db_cell(r, i, C_REMOVED)), "0") == 0)
			fprintf(f, "- %s  %s%s%s  %s\n", nz(db_cell(r, i, C_START)),
			    nz(db_cell(r, i, C_UID)), *nz(db_cell(r, i, C_RID)) ? " " : "",
			    nz(db_cell(r, i, C_RID)), nz(db_cell(r, i, C_TITLE)));
}
