/* map.h: a schematic SVG map of Europe and China with cities and the lines between
 * partners, drawn on the server with libxml2 (no script, no tiles, no external file). */
#ifndef C2C_MAP_H
#define C2C_MAP_H

#include <stddef.h>

#include <libxml/tree.h>

#include "chart.h"
#include "err.h"

#define MAP_MAX_CITIES 5000
#define MAP_MAX_LINES  20000

/* A city on the map.  Strings borrowed for the call. */
struct map_city {
	const char *name;     /* required: its <title> (tooltip) and, when labelled, its label */
	double      lat, lon; /* degrees; cities outside the map's frame are left out */
	int         china;    /* 1: drawn as a square, 0: as a circle (shape, not only colour) */
	int         label;    /* 1: write its name beside it (the caller picks a few) */
};

/* A line between cities a and b (indices), e.g. a partnership. */
struct map_line {
	size_t      a, b;
	const char *title;    /* NULL or the tooltip of the line ("Leeds – Hangzhou") */
};

/* Appends to parent an <svg role="img"> (as chart.h's: title, desc, ids from
 * spec->id_prefix, xml:lang, presentation attributes only) of the frame 12°W–136°E,
 * 18°N–62°N in an equirectangular projection with a 10° graticule, the lines drawn as
 * arcs under the cities, each city a circle (Europe) or square (China) with its name as
 * <title>.  region_labels[0] and [1] (NULL: none) are written over Europe and China.
 * spec->width 0 = 960; height follows from the frame.  Ownership as chart_line:
 * parent unchanged on error.  C2C_EINVAL on a bad spec, NULL name, non-finite or
 * out-of-range coordinates, a line to a city index >= n, or too many cities or lines;
 * C2C_ENOMEM. */
enum c2c_err map_draw(xmlNodePtr parent, const struct chart_spec *spec,
    const struct map_city *cities, size_t n, const struct map_line *lines, size_t nl,
    const char *const region_labels[2]);

#endif
