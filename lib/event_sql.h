/* event_sql.h: the SQL of an event's columns that several pages write alike (e is the
 * events row), so that a city's page and its dashboard show an event the same way.
 * lib/model_event.c's EVENT_COLUMNS (the full event) has the same times. */
#ifndef C2C_EVENT_SQL_H
#define C2C_EVENT_SQL_H

/* start and end: the day of an all-day event, else the UTC time with a Z. */
#define EVENT_TIMES \
	"IF(e.all_day, DATE_FORMAT(e.starts_at, '%Y-%m-%d'), " \
	"   DATE_FORMAT(e.starts_at, '%Y-%m-%dT%H:%i:%sZ')) AS start, " \
	"IF(e.all_day, DATE_FORMAT(e.ends_at, '%Y-%m-%d'), " \
	"   DATE_FORMAT(e.ends_at, '%Y-%m-%dT%H:%i:%sZ')) AS end"

/* An event in brief: id, status, kind, all-day, title and its times. */
#define EVENT_BRIEF \
	"e.id AS `@id`, e.status AS `@status`, e.kind AS `@kind`, e.all_day AS `@all-day`, " \
	"e.title, " EVENT_TIMES

#endif
