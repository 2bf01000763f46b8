/* fuzz_ics.c: the iCalendar import path, from the bytes a calendar source serves to the
 * occurrences c2c would store (lib/ics_parse.c over libical).  The window is fixed, so
 * that a crash reproduces on any day; max_instances is small so that each input stays
 * fast (recurrences are capped per event anyway). */
#include <stdlib.h>

#include "fuzz.h"
#include "ics.h"
#include "ics_parse.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	ics_init();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ics_parse_opts o = {
		.window_from = 1577836800,    /* 2020-01-01T00:00:00Z */
		.window_to = 2051222400,      /* 2035-01-01T00:00:00Z */
		.max_instances = 100,
		.default_tzid = NULL,         /* X-WR-TIMEZONE or UTC: that path too */
	};
	struct ics_calendar cal = { 0 };
	char err[256];
	char *text;

	/* Calendars are capped by import_max_bytes; far smaller inputs reach every branch. */
	if (size > 256 * 1024)
		return -1;
	/* ics_parse reads text[len] == '\0' by contract (fetch.c terminates what it fetched). */
	text = fuzz_strndup(data, size);
	(void)ics_parse(text, size, &o, &cal, err, sizeof(err));
	ics_calendar_free(&cal);
	free(text);
	return 0;
}
