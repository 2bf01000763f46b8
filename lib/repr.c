/* repr.c: the representations' suffixes and media types (repr.h). */
#include "repr.h"

static const struct {
	const char *suffix;
	const char *type;
} reprs[] = {
	[REPR_HTML] = { "", "text/html; charset=utf-8" },
	[REPR_XML]  = { ".xml", "application/xml; charset=utf-8" },
	[REPR_ATOM] = { ".atom", "application/atom+xml; charset=utf-8" },
	[REPR_ICS]  = { ".ics", "text/calendar; charset=utf-8" },
	[REPR_RNG]  = { ".rng", "application/xml; charset=utf-8" },
	[REPR_CSV]  = { ".csv", "text/csv; charset=utf-8; header=present" },
};
_Static_assert(sizeof(reprs) / sizeof(reprs[0]) == REPR__MAX, "reprs[] must cover enum repr");

const char *
repr_suffix(enum repr r)
{
	return (unsigned)r < REPR__MAX ? reprs[r].suffix : "";
}

const char *
repr_content_type(enum repr r)
{
	return (unsigned)r < REPR__MAX ? reprs[r].type : "application/octet-stream";
}
