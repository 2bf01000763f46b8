/* chart_bars.c: horizontal bar charts (chart.h), negative values to the left of zero. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "chart.h"
#include "chart_svg.h"

enum c2c_err
chart_bars(xmlNodePtr parent, const struct chart_spec *spec, const char *const *labels,
           const double *values, size_t n)
{
	struct svg_ctx c = { NULL, 0, 0, 0 };
	struct chart_ticks t;
	double lo = 0, hi = 0, top, bottom, left, right, plot_w, plot_h, band, thick, span, x0;
	size_t i, points = 0;
	int w, h, k, max_ticks, width;
	xmlNodePtr ax, g, nd;
	enum c2c_err rc;
	char tick[64], val[64];

	if ((rc = svg_check_common(parent, spec)) != C2C_OK)
		return rc;
	if (!svg_array_ok(labels, n, CHART_MAX_POINTS) || !svg_array_ok(values, n, CHART_MAX_POINTS))
		return C2C_EINVAL;
	for (i = 0; i < n; i++) {
		if (labels[i] == NULL || !svg_valid_value(values[i]))
			return C2C_EINVAL;
		if (isnan(values[i]))
			continue;
		lo = fmin(lo, values[i]);
		hi = fmax(hi, values[i]);
		points++;
	}
	top = 8;
	bottom = spec->unit != NULL ? 44 : 28;
	w = spec->width ? spec->width : 640;
	if (spec->height)
		h = spec->height;
	else   /* a readable row per bar */
		h = (int)fmin(fmax(top + bottom + 22.0 * (double)n, 100), 8000);
	svg_begin(&c, parent, spec, w, h);
	if (points == 0) {
		svg_no_data(&c, spec);
		return svg_finish(&c, parent);
	}

	/* Margins: labels left (at most 40%), values right (at most 25%). */
	left = 0;
	for (i = 0; i < n; i++)
		left = fmax(left, svg_text_width(labels[i]));
	left = fmin(fmax(left + 12, 24), w * 0.4);
	right = 0;
	for (i = 0; i < n; i++) {
		if (isnan(values[i]))
			continue;
		svg_fmt_value(val, sizeof(val), values[i]);
		right = fmax(right, svg_text_width(val) + 10);
	}
	plot_h = h - top - bottom;
	band = plot_h / (double)n;
	thick = band * 0.7;
	/* first a guess of the plot's width for the tick count, then the last tick label */
	plot_w = w - left - fmin(fmax(right, 12), w * 0.25);
	max_ticks = (int)(plot_w / 70) + 1;
	max_ticks = max_ticks < 3 ? 3 : max_ticks > 8 ? 8 : max_ticks;
	if ((rc = chart_ticks(lo, hi, max_ticks, &t)) != C2C_OK) {
		xmlFreeNode(c.svg);
		return rc;
	}
	svg_fmt_tick(tick, sizeof(tick), &t, t.count - 1);
	right = fmin(fmax(fmax(right, svg_text_width(tick) / 2.0 + 4), 12), w * 0.25);
	plot_w = w - left - right;
	span = t.last - t.first;
#define X(v) (left + ((v) - t.first) / span * plot_w)
	x0 = X(0.0);

	ax = svg_el(&c, c.svg, "g");
	svg_at(&c, ax, "class", "axis x");
	for (k = 0; k < t.count; k++) {
		double v = t.first + k * t.step, x = X(v);
		int zero = fabs(v) < t.step / 2;
		svg_line_el(&c, ax, zero ? "grid zero" : "grid", x, top, x, top + plot_h,
		    zero ? ZERO_STROKE : GRID_STROKE);
		svg_fmt_tick(tick, sizeof(tick), &t, k);
		svg_text_at(&c, ax, "tick", x, top + plot_h + 16, "middle", tick, 0);
	}
	if (spec->unit != NULL)
		svg_text_at(&c, ax, "unit", left + plot_w, h - 6, "end", spec->unit, (int)(w * 0.8));

	/* Rows: every k-th label (and value) when the bars are thinner than a line of text;
	 * each bar's tooltip still names it. */
	k = (int)ceil(LINE_H / band);
	k = k < 1 ? 1 : k;
	g = svg_el(&c, c.svg, "g");
	svg_at(&c, g, "class", "bars");
	for (i = 0; i < n && !c.failed; i++) {
		double v = values[i], y = top + band * (double)i, mid = y + band / 2 + 4;
		struct buf tip = BUF_INIT;

		if (isnan(v))
			snprintf(val, sizeof(val), "\xe2\x80\x93");   /* en dash: in any language */
		else
			svg_fmt_value(val, sizeof(val), v);
		if (buf_printf(&tip, "%s: %s", labels[i], val) < 0)
			c.failed = 1;
		if (!isnan(v)) {
			double xv = X(v);
			nd = svg_el(&c, g, "rect");
			svg_at(&c, nd, "class", "bar");
			svg_at_num(&c, nd, "x", fmin(x0, xv));
			svg_at_num(&c, nd, "y", y + (band - thick) / 2);
			svg_at_num(&c, nd, "width", fabs(xv - x0));
			svg_at_num(&c, nd, "height", thick);
			svg_at(&c, nd, "fill", BAR_FILL);
			svg_el_text(&c, nd, "title", tip.data);
		}
		buf_free(&tip);
		if (i % (size_t)k != 0)
			continue;
		width = (int)left - 10;
		svg_text_at(&c, g, "category", left - 6, mid, "end", labels[i], width);
		/* a negative bar's value goes right of zero, away from the category labels */
		svg_text_at(&c, g, "value", !isnan(v) && v > 0 ? X(v) + 4 : x0 + 4, mid, "start",
		    val, 0);
	}
#undef X
	return svg_finish(&c, parent);
}
