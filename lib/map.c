/* map.c: the schematic map of Europe and China (map.h), on the charts' scaffolding. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "chart.h"
#include "chart_svg.h"
#include "map.h"

#define MAP_LON0 (-12.0)
#define MAP_LON1 136.0
#define MAP_LAT0 18.0
#define MAP_LAT1 62.0
#define MAP_YSTRETCH 1.3   /* 1/cos(40°): keeps shapes near the middle latitudes true */

enum c2c_err
map_draw(xmlNodePtr parent, const struct chart_spec *spec, const struct map_city *cities,
    size_t n, const struct map_line *lines, size_t nl, const char *const region_labels[2])
{
	struct svg_ctx c = { NULL, 0, 0, 0 };
	double k, pad = 8;
	int w, h, d;
	size_t i;
	xmlNodePtr g, nd;
	enum c2c_err rc;
	char lab[32];

	if ((rc = svg_check_common(parent, spec)) != C2C_OK)
		return rc;
	if (!svg_array_ok(cities, n, MAP_MAX_CITIES) || !svg_array_ok(lines, nl, MAP_MAX_LINES))
		return C2C_EINVAL;
	for (i = 0; i < n; i++)
		if (cities[i].name == NULL || !isfinite(cities[i].lat) || !isfinite(cities[i].lon) ||
		    fabs(cities[i].lat) > 90 || fabs(cities[i].lon) > 180)
			return C2C_EINVAL;
	for (i = 0; i < nl; i++)
		if (lines[i].a >= n || lines[i].b >= n)
			return C2C_EINVAL;
	w = spec->width ? spec->width : 960;
	k = (w - 2 * pad) / (MAP_LON1 - MAP_LON0);
	h = (int)ceil((MAP_LAT1 - MAP_LAT0) * k * MAP_YSTRETCH + 2 * pad);
#define MX(lon) (pad + ((lon) - MAP_LON0) * k)
#define MY(lat) (pad + (MAP_LAT1 - (lat)) * k * MAP_YSTRETCH)
#define INSIDE(ci) ((ci)->lon >= MAP_LON0 && (ci)->lon <= MAP_LON1 && (ci)->lat >= MAP_LAT0 && \
	(ci)->lat <= MAP_LAT1)
	svg_begin(&c, parent, spec, w, h);
	nd = svg_el(&c, c.svg, "rect");
	svg_at(&c, nd, "class", "sea");
	svg_at_num(&c, nd, "x", 0);
	svg_at_num(&c, nd, "y", 0);
	svg_at_int(&c, nd, "width", w);
	svg_at_int(&c, nd, "height", h);
	svg_at(&c, nd, "fill", "#f4f7fa");

	/* Graticule: every 10 degrees, labelled along the top and the left. */
	g = svg_el(&c, c.svg, "g");
	svg_at(&c, g, "class", "graticule");
	for (d = -10; d <= 130; d += 10) {
		svg_line_el(&c, g, "grid", MX(d), MY(MAP_LAT1), MX(d), MY(MAP_LAT0), GRID_STROKE);
		snprintf(lab, sizeof(lab), "%d\xc2\xb0%s", d < 0 ? -d : d, d < 0 ? "W" : d > 0 ? "E" : "");
		svg_text_at(&c, g, "tick", MX(d) + 2, MY(MAP_LAT1) + 12, "start", lab, 0);
	}
	for (d = 20; d <= 60; d += 10) {
		svg_line_el(&c, g, "grid", MX(MAP_LON0), MY(d), MX(MAP_LON1), MY(d), GRID_STROKE);
		snprintf(lab, sizeof(lab), "%d\xc2\xb0N", d);
		svg_text_at(&c, g, "tick", MX(MAP_LON0) + 2, MY(d) - 3, "start", lab, 0);
	}
	if (region_labels != NULL) {
		if (region_labels[0] != NULL)
			svg_text_at(&c, g, "region", MX(10), MY(60), "middle", region_labels[0], 0);
		if (region_labels[1] != NULL)
			svg_text_at(&c, g, "region", MX(105), MY(54), "middle", region_labels[1], 0);
	}

	/* Lines first, so that the cities stay on top: arcs bowing north, like a flight. */
	g = svg_el(&c, c.svg, "g");
	svg_at(&c, g, "class", "links");
	svg_at(&c, g, "fill", "none");
	svg_at(&c, g, "stroke", "#0072B2");
	svg_at(&c, g, "stroke-opacity", "0.45");
	svg_at(&c, g, "stroke-width", "1.2");
	for (i = 0; i < nl && !c.failed; i++) {
		const struct map_city *a = &cities[lines[i].a], *b = &cities[lines[i].b];
		struct buf dd = BUF_INIT;
		double x1, y1, x2, y2, mx, my;
		if (!INSIDE(a) || !INSIDE(b))
			continue;
		x1 = MX(a->lon);
		y1 = MY(a->lat);
		x2 = MX(b->lon);
		y2 = MY(b->lat);
		mx = (x1 + x2) / 2;
		my = fmax((y1 + y2) / 2 - fabs(x2 - x1) * 0.18, 2);
		svg_path_point(&c, &dd, "M", x1, y1);
		svg_path_point(&c, &dd, " Q", mx, my);
		svg_path_point(&c, &dd, " ", x2, y2);
		nd = svg_el(&c, g, "path");
		svg_at(&c, nd, "class", "link");
		svg_at(&c, nd, "d", dd.data);
		buf_free(&dd);
		if (lines[i].title != NULL)
			svg_el_text(&c, nd, "title", lines[i].title);
	}

	g = svg_el(&c, c.svg, "g");
	svg_at(&c, g, "class", "cities");
	for (i = 0; i < n && !c.failed; i++) {
		const struct map_city *ci = &cities[i];
		double x, y;
		if (!INSIDE(ci))
			continue;
		x = MX(ci->lon);
		y = MY(ci->lat);
		svg_marker(&c, g, ci->china ? SQUARE : CIRCLE, x, y, 3.2, ci->china ? "#D55E00" : "#0072B2",
		    ci->name);
		if (ci->label)
			svg_text_at(&c, g, "label", x + 5, y - 4, "start", ci->name, 160);
	}
#undef MX
#undef MY
#undef INSIDE
	return svg_finish(&c, parent);
}
