/* chart_line.c: line charts of KPI series against their targets (chart.h), labels at the
 * line ends spread so that they never overlap. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "chart.h"
#include "chart_svg.h"

/* Spreads label baselines y[0..n) (in any order) at least LINE_H apart within [lo, hi],
 * moving each as little as the sweep allows.  Deterministic: ties keep index order. */
static void
spread(double *y, size_t n, double lo, double hi)
{
	size_t order[CHART_MAX_SERIES], i, j;

	for (i = 0; i < n; i++) {   /* insertion sort: stable and n <= CHART_MAX_SERIES */
		for (j = i; j > 0 && y[order[j - 1]] > y[i]; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	for (i = 0; i < n; i++) {
		if (y[order[i]] < lo)
			y[order[i]] = lo;
		if (i > 0 && y[order[i]] < y[order[i - 1]] + LINE_H)
			y[order[i]] = y[order[i - 1]] + LINE_H;
	}
	for (i = n; i-- > 0; ) {
		if (y[order[i]] > hi)
			y[order[i]] = hi;
		if (i + 1 < n && y[order[i]] > y[order[i + 1]] - LINE_H)
			y[order[i]] = y[order[i + 1]] - LINE_H;
	}
}

enum c2c_err
chart_line(xmlNodePtr parent, const struct chart_spec *spec, const char *const *labels,
           size_t n, const struct chart_series *series, size_t nseries)
{
	struct svg_ctx c = { NULL, 0, 0, 0 };
	struct chart_ticks t;
	double lo = 0, hi = 0, slot, r, top, bottom, left, right, plot_w, plot_h, span;
	double label_y[CHART_MAX_SERIES], target_y[CHART_MAX_SERIES];
	long last[CHART_MAX_SERIES];
	size_t i, s, points = 0;
	int w, h, width, max_ticks, k, maxw;
	xmlNodePtr ax, g, nd;
	enum c2c_err rc;
	char tick[64];

	if ((rc = svg_check_common(parent, spec)) != C2C_OK)
		return rc;
	if (!svg_array_ok(labels, n, CHART_MAX_POINTS) ||
	    !svg_array_ok(series, nseries, CHART_MAX_SERIES))
		return C2C_EINVAL;
	for (i = 0; i < n; i++)
		if (labels[i] == NULL)
			return C2C_EINVAL;
	for (s = 0; s < nseries; s++) {
		if (series[s].name == NULL || (n > 0 && series[s].values == NULL) ||
		    !svg_valid_value(series[s].target))
			return C2C_EINVAL;
		last[s] = -1;
		for (i = 0; i < n; i++) {
			double v = series[s].values[i];
			if (!svg_valid_value(v))
				return C2C_EINVAL;
			if (isnan(v))
				continue;
			lo = fmin(lo, v);
			hi = fmax(hi, v);
			last[s] = (long)i;
			points++;
		}
	}
	w = spec->width ? spec->width : 640;
	h = spec->height ? spec->height : 360;
	svg_begin(&c, parent, spec, w, h);
	if (points == 0) {
		svg_no_data(&c, spec);
		return svg_finish(&c, parent);
	}
	for (s = 0; s < nseries; s++)   /* a target is worth seeing: the axis includes it */
		if (!isnan(series[s].target)) {
			lo = fmin(lo, series[s].target);
			hi = fmax(hi, series[s].target);
		}

	/* Vertical layout first: the tick count depends on the plot's height. */
	top = spec->unit != NULL ? 30 : 14;
	bottom = 28;
	plot_h = h - top - bottom;
	max_ticks = (int)(plot_h / 40) + 1;
	max_ticks = max_ticks < 3 ? 3 : max_ticks > 8 ? 8 : max_ticks;
	if ((rc = chart_ticks(lo, hi, max_ticks, &t)) != C2C_OK) {
		xmlFreeNode(c.svg);
		return rc;
	}
	/* Margins from the estimated label widths, each at most 30% so the plot keeps 40%. */
	left = 0;
	for (k = 0; k < t.count; k++) {
		svg_fmt_tick(tick, sizeof(tick), &t, k);
		left = fmax(left, svg_text_width(tick));
	}
	left = fmin(fmax(left + 12, 32), w * 0.3);
	right = 0;
	for (s = 0; s < nseries; s++)
		if (last[s] >= 0)
			right = fmax(right, svg_text_width(series[s].name) + 14);
	maxw = 0;
	for (i = 0; i < n; i++) {
		width = svg_text_width(labels[i]);
		maxw = width > maxw ? width : maxw;
	}
	maxw = maxw > LABEL_MAX ? LABEL_MAX : maxw;
	/* the newest category's label is centred on the last column: keep it inside */
	right = fmin(fmax(fmax(right, maxw / 2.0 + 4), 12), w * 0.3);
	plot_w = w - left - right;
	slot = plot_w / (double)n;
	span = t.last - t.first;
#define X(i) (left + slot * ((double)(i) + 0.5))
#define Y(v) (top + (t.last - (v)) / span * plot_h)

	/* Value axis: grid line and label per tick, the zero line darker. */
	ax = svg_el(&c, c.svg, "g");
	svg_at(&c, ax, "class", "axis y");
	for (k = 0; k < t.count; k++) {
		double v = t.first + k * t.step, y = Y(v);
		int zero = fabs(v) < t.step / 2;
		svg_line_el(&c, ax, zero ? "grid zero" : "grid", left, y, left + plot_w, y,
		    zero ? ZERO_STROKE : GRID_STROKE);
		svg_fmt_tick(tick, sizeof(tick), &t, k);
		svg_text_at(&c, ax, "tick", left - 6, y + 4, "end", tick, 0);
	}
	if (spec->unit != NULL)
		svg_text_at(&c, ax, "unit", 4, 16, "start", spec->unit, (int)(w * 0.8));

	/* Category axis: every k-th label, counted back from the newest, so none overlap. */
	ax = svg_el(&c, c.svg, "g");
	svg_at(&c, ax, "class", "axis x");
	k = (int)ceil((maxw + 8) / slot);
	k = k < 1 ? 1 : k;
	for (i = 0; i < n; i++) {
		double x = X(i), half;
		if ((n - 1 - i) % (size_t)k != 0)
			continue;
		width = svg_text_width(labels[i]);
		half = (width > LABEL_MAX ? LABEL_MAX : width) / 2.0;
		x = fmin(fmax(x, half + 2), w - half - 2);
		svg_text_at(&c, ax, "xlabel", x, top + plot_h + 18, "middle", labels[i], LABEL_MAX);
	}

	/* Label positions: series names at their last point (right of it), target labels above
	 * their line at the left; each group spread so that no two overlap. */
	for (s = 0; s < nseries; s++) {
		label_y[s] = last[s] >= 0 ? Y(series[s].values[last[s]]) + 4 : 0;
		target_y[s] = isnan(series[s].target) ? 0 : Y(series[s].target) - 4;
	}
	{
		double ly[CHART_MAX_SERIES], ty[CHART_MAX_SERIES];
		size_t map_l[CHART_MAX_SERIES], map_t[CHART_MAX_SERIES], nl = 0, nt = 0, j;

		for (s = 0; s < nseries; s++) {
			if (last[s] >= 0) {
				map_l[nl] = s;
				ly[nl++] = label_y[s];
			}
			if (!isnan(series[s].target)) {
				map_t[nt] = s;
				ty[nt++] = target_y[s];
			}
		}
		spread(ly, nl, FONT_SIZE, h - 4);
		spread(ty, nt, FONT_SIZE, h - 4);
		for (j = 0; j < nl; j++)
			label_y[map_l[j]] = ly[j];
		for (j = 0; j < nt; j++)
			target_y[map_t[j]] = ty[j];
	}

	r = fmin(fmax(slot * 0.35, 2), 4.5);
	for (s = 0; s < nseries && !c.failed; s++) {
		const struct chart_series *se = &series[s];
		struct buf d = BUF_INIT;
		int pen = 0;   /* 1 while the previous value was drawn */

		g = svg_el(&c, c.svg, "g");
		svg_at(&c, g, "class", "series");
		svg_el_text(&c, g, "title", se->name);
		if (!isnan(se->target)) {
			double y = Y(se->target);
			nd = svg_line_el(&c, g, "target", left, y, left + plot_w, y, svg_colours[s]);
			svg_at(&c, nd, "stroke-dasharray", TARGET_DASH);
			svg_text_at(&c, g, "target-label", left + 4, target_y[s], "start",
			    se->target_label ? se->target_label : se->name, (int)(plot_w - 8));
		}
		if (last[s] < 0)
			continue;   /* nothing to draw: no line, no label */
		/* One path; a missing value lifts the pen, so a gap stays a gap. */
		for (i = 0; i < n; i++) {
			if (isnan(se->values[i])) {
				pen = 0;
				continue;
			}
			svg_path_point(&c, &d, pen ? " L" : d.len ? " M" : "M", X(i), Y(se->values[i]));
			pen = 1;
		}
		nd = svg_el(&c, g, "path");
		svg_at(&c, nd, "class", "line");
		svg_at(&c, nd, "d", d.data);
		buf_free(&d);
		svg_at(&c, nd, "fill", "none");
		svg_at(&c, nd, "stroke", svg_colours[s]);
		svg_at(&c, nd, "stroke-width", "2");
		svg_at(&c, nd, "stroke-linejoin", "round");
		svg_at(&c, nd, "stroke-dasharray", svg_dashes[s]);
		for (i = 0; i < n; i++) {
			struct buf tip = BUF_INIT;
			char val[64];
			if (isnan(se->values[i]))
				continue;
			svg_fmt_value(val, sizeof(val), se->values[i]);
			if (buf_printf(&tip, "%s, %s: %s", se->name, labels[i], val) < 0)
				c.failed = 1;
			svg_marker(&c, g, s, X(i), Y(se->values[i]), r, svg_colours[s], tip.data);
			buf_free(&tip);
		}
		svg_text_at(&c, g, "label", X(last[s]) + 8, label_y[s], "start", se->name,
		    (int)fmax(w - X(last[s]) - 10, WIDE_W));
	}
#undef X
#undef Y
	return svg_finish(&c, parent);
}
