/* calendar_export.c: the iCalendar export of the filtered events (calendar_export.h). */
#include <stdlib.h>
#include <string.h>

#include "calendar_export.h"
#include "ics.h"
#include "log.h"
#include "model.h"

/* The calendar of the filtered events, every date.  An occurrence of an imported
 * recurring event is stored, and written, as an event of its own: its UID gets the
 * recurrence id, so that each is distinct to a calendar client. */
enum c2c_err
calendar_export(struct db *db, const struct params *p, const char *site_name, struct buf *body,
    int *more)
{
	static const char sql[] =
	    "SELECT IF(e.recurrence_id = '', e.uid, CONCAT(e.uid, '/', e.recurrence_id)), e.title, e.description, e.location, e.url, e.organiser, e.status, "
	    "e.sequence, DATE_FORMAT(e.updated_at, '%Y-%m-%d %H:%i:%s'), "
	    "DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s'), DATE_FORMAT(e.ends_at, '%Y-%m-%d %H:%i:%s'), "
	    "e.all_day, e.tzid, e.rrule, e.rdates, e.exdates, "
	    "(SELECT GROUP_CONCAT(a.name_en ORDER BY a.name_en SEPARATOR '\\n') FROM event_areas ea "
	    "  JOIN areas a ON a.id = ea.area_id WHERE ea.event_id = e.id) "
	    "FROM events e LEFT JOIN cities ci ON ci.id = e.city_id "
	    "WHERE e.removed_at IS NULL AND " EVENT_WHERE
	    "ORDER BY e.starts_at, e.id LIMIT " CALENDAR_LIMIT_SQL;
	char floor[EVENT_FLOOR_LEN];
	const char *floor_p = NULL;
	struct ics_event *ev = NULL;
	char **cats = NULL;   /* per event: the NULL-terminated names, in one allocation */
	struct db_rows r;
	enum c2c_err rc;
	size_t i;

	*more = 0;
	if ((rc = event_floor(db, p->v[P_FROM].str, floor, &floor_p)) != C2C_OK)
		return rc;
	{
		struct db_param a[] = { EVENT_FILTER_PARAMS(p, p->v[P_FROM].str, floor_p) };
		if ((rc = db_query(db, sql, a, sizeof(a) / sizeof(a[0]), &r)) != C2C_OK)
			return rc;
	}
	/* One row more than the limit tells that the calendar is cut: that row's cells are
	 * freed and the row no longer counted. */
	if (r.nrows > CALENDAR_LIMIT) {
		for (i = CALENDAR_LIMIT * r.ncols; i < r.nrows * r.ncols; i++) {
			free(r.cells[i]);
			r.cells[i] = NULL;
		}
		r.nrows = CALENDAR_LIMIT;
		*more = 1;
	}
	if (r.nrows > 0 && ((ev = calloc(r.nrows, sizeof(*ev))) == NULL ||
	    (cats = calloc(r.nrows, sizeof(*cats))) == NULL)) {
		rc = C2C_ENOMEM;
		goto out;
	}
	for (i = 0; i < r.nrows; i++) {
#define C(k) db_cell(&r, i, k)
		ev[i].uid = C(0);
		/* A calendar event needs a summary (RFC 5546): an empty title gets a word. */
		ev[i].summary = C(1)[0] != '\0' ? C(1) : "(untitled)";
		ev[i].description = C(2);
		ev[i].location = C(3);
		ev[i].url = C(4);
		ev[i].organiser = C(5);
		ev[i].status = C(6);
		ev[i].sequence = atoi(C(7));
		ev[i].dtstamp = C(8);
		ev[i].start = C(9);
		ev[i].end = C(10);
		ev[i].all_day = strcmp(C(11), "1") == 0;
		ev[i].tzid = C(12);
		ev[i].rrule = C(13);
		ev[i].rdates = C(14);
		ev[i].exdates = C(15);
		if (C(16) != NULL) {
			/* "a\nb" -> { "a", "b", NULL } in one block: pointers, then the text. */
			size_t n = 1, len = strlen(C(16));
			const char *s;
			char *text, **list;
			for (s = C(16); *s; s++)
				n += *s == '\n';
			if ((cats[i] = malloc((n + 1) * sizeof(char *) + len + 1)) == NULL) {
				rc = C2C_ENOMEM;
				goto out;
			}
			list = (char **)(void *)cats[i];
			text = (char *)(list + n + 1);
			memcpy(text, C(16), len + 1);
			for (n = 0, list[n++] = text; *text; text++)
				if (*text == '\n') {
					*text = '\0';
					list[n++] = text + 1;
				}
			list[n] = NULL;
			ev[i].categories = (const char *const *)list;
		}
#undef C
	}
	rc = ics_write(body, site_name, ev, r.nrows);
	if (rc == C2C_EINVAL) {
		/* One stored event the export cannot write (data from before a fix, or written
		 * outside c2c) must not take the whole calendar down: leave it out, say which. */
		struct buf one = BUF_INIT;
		size_t k = 0;
		for (i = 0; i < r.nrows; i++) {
			buf_reset(&one);
			if (ics_write(&one, NULL, &ev[i], 1) == C2C_OK)
				ev[k++] = ev[i];
			else
				log_warn("events.ics: event %s left out: a field the export cannot write",
				    ev[i].uid != NULL ? ev[i].uid : "?");
		}
		buf_free(&one);
		rc = ics_write(body, site_name, ev, k);
	}
out:
	for (i = 0; cats != NULL && i < r.nrows; i++)
		free(cats[i]);
	free(cats);
	free(ev);
	db_rows_free(&r);
	return rc;
}
