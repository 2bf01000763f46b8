/* chart_timeline.c: the timeline of agreements from signature to expiry (chart.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "chart.h"
#include "chart_svg.h"
#include "kpi.h"
#include "labels.h"

#define DAY_MIN (-719162L)   /* 0001-01-01 */
#define DAY_MAX 2932896L     /* 9999-12-31 */

static int
day_ok(long d)
{
	return d >= DAY_MIN && d <= DAY_MAX;
}

static int
year_of(long d)
{
	int y, m, dd;
	struct kpi_date k = { (int32_t)d };

	return kpi_date_to_ymd(k, &y, &m, &dd) == C2C_OK ? y : 1970;
}

static long
jan1(int y)
{
	struct kpi_date k;

	return kpi_date_from_ymd(y, 1, 1, &k) == C2C_OK ? (long)k.day : 0;
}

/* A diamond centred on (x, y). */
static void
diamond(struct svg_ctx *c, xmlNodePtr g, const char *cls, double x, double y, double r)
{
	struct buf d = BUF_INIT;
	xmlNodePtr n;

	svg_path_point(c, &d, "M", x, y - r);
	svg_path_point(c, &d, " L", x + r, y);
	svg_path_point(c, &d, " L", x, y + r);
	svg_path_point(c, &d, " L", x - r, y);
	svg_path_close(c, &d);
	n = svg_el(c, g, "path");
	svg_at(c, n, "class", cls);
	svg_at(c, n, "d", d.data != NULL ? d.data : "");
	svg_at(c, n, "fill", "#ffffff");
	svg_at(c, n, "stroke", TEXT_FILL);
	svg_at(c, n, "stroke-width", "1.5");
	buf_free(&d);
}

enum c2c_err
chart_timeline(xmlNodePtr parent, const struct chart_spec *spec, const struct chart_span *spans,
               size_t n, long today)
{
	static const int steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000 };
	struct svg_ctx c = { NULL, 0, 0, 0 };
	double top = 28, row = 26, left = 0, right = 16, plot_w, plot_h, x0;
	long lo = 0, hi = 0, a, b;
	int w, h, y0, y1, step = 1, y, zh;
	size_t i, k;
	xmlNodePtr ax, g, nd;
	enum c2c_err rc;
	char yl[16];

	if ((rc = svg_check_common(parent, spec)) != C2C_OK)
		return rc;
	if (!svg_array_ok(spans, n, CHART_MAX_POINTS) || (today != CHART_NO_DAY && !day_ok(today)))
		return C2C_EINVAL;
	for (i = 0; i < n; i++) {
		const struct chart_span *s = &spans[i];
		if (s->label == NULL || !day_ok(s->start) || (s->end != CHART_NO_DAY &&
		    (!day_ok(s->end) || s->end < s->start)) || (s->mark != CHART_NO_DAY && !day_ok(s->mark)))
			return C2C_EINVAL;
		lo = i == 0 ? s->start : (s->start < lo ? s->start : lo);
		hi = i == 0 ? s->start : (s->start > hi ? s->start : hi);
		if (s->end != CHART_NO_DAY && s->end > hi)
			hi = s->end;
		if (s->mark != CHART_NO_DAY && s->mark > hi)
			hi = s->mark;
	}
	if (n > 0 && today != CHART_NO_DAY && today > hi)
		hi = today;
	w = spec->width ? spec->width : 640;
	h = spec->height ? spec->height : (int)fmin(fmax(top + 18 + row * (double)n, 100), 8000);
	zh = spec->lang != NULL && strncmp(spec->lang, "zh", 2) == 0;
	svg_begin(&c, parent, spec, w, h);
	if (n == 0) {
		svg_no_data(&c, spec);
		return svg_finish(&c, parent);
	}

	/* Whole years, and a tick step giving at most 8 of them. */
	y0 = year_of(lo);
	y1 = year_of(hi) + 1;
	for (k = 0; k < sizeof(steps) / sizeof(steps[0]); k++) {
		step = steps[k];
		if ((y1 - y0) / step <= 8)
			break;
	}
	y0 = y0 / step * step;
	if (y1 % step != 0)
		y1 = y1 / step * step + step;
	if (y1 > 9999)
		y1 = 9999;
	a = jan1(y0);
	b = jan1(y1);
	if (b <= a)
		b = a + 366;
	for (i = 0; i < n; i++)
		left = fmax(left, svg_text_width(spans[i].label));
	left = fmin(fmax(left + 12, 24), w * 0.4);
	plot_w = w - left - right;
	plot_h = row * (double)n;
#define X(d) (left + (double)((d) - a) / (double)(b - a) * plot_w)
	x0 = X(a);

	ax = svg_el(&c, c.svg, "g");
	svg_at(&c, ax, "class", "axis x");
	for (y = y0; y <= y1 && !c.failed; y += step) {
		double x = X(jan1(y));
		svg_line_el(&c, ax, "grid", x, top - 4, x, top + plot_h, GRID_STROKE);
		snprintf(yl, sizeof(yl), "%d", y);
		svg_text_at(&c, ax, "tick", x, top - 10, "middle", yl, 0);
	}

	g = svg_el(&c, c.svg, "g");
	svg_at(&c, g, "class", "spans");
	for (i = 0; i < n && !c.failed; i++) {
		const struct chart_span *s = &spans[i];
		double ytop = top + row * (double)i, mid = ytop + row / 2, xs = X(s->start);
		double xe = s->end != CHART_NO_DAY ? X(s->end + 1) : x0 + plot_w;
		xmlNodePtr r = svg_el(&c, g, "g");

		svg_at(&c, r, "class", "row");
		svg_el_text(&c, r, "title", s->tip != NULL ? s->tip : s->label);
		svg_text_at(&c, r, "category", left - 6, mid + 4, "end", s->label, (int)left - 10);
		nd = svg_el(&c, r, "rect");
		svg_at(&c, nd, "class", s->end != CHART_NO_DAY ? "span" : "span open");
		svg_at_num(&c, nd, "x", xs);
		svg_at_num(&c, nd, "y", ytop + row * 0.25);
		svg_at_num(&c, nd, "width", fmax(xe - xs, 1));
		svg_at_num(&c, nd, "height", row * 0.5);
		if (s->end != CHART_NO_DAY) {
			svg_at(&c, nd, "fill", BAR_FILL);
		} else {
			/* open-ended: an outline, dashed, so that it reads without colour */
			svg_at(&c, nd, "fill", "none");
			svg_at(&c, nd, "stroke", BAR_FILL);
			svg_at(&c, nd, "stroke-width", "1.5");
			svg_at(&c, nd, "stroke-dasharray", "4 3");
		}
		svg_line_el(&c, r, "start", xs, ytop + 3, xs, ytop + row - 3, TEXT_FILL);
		if (s->mark != CHART_NO_DAY) {
			double xm = X(s->mark);
			diamond(&c, r, s->mark_soon ? "mark soon" : "mark", xm, mid, 6);
			if (s->mark_soon) {
				nd = svg_text_at(&c, r, "mark soon", xm + 8, mid + 4, "start", "!", 0);
				svg_at(&c, nd, "font-weight", "bold");
			}
		}
	}
	if (today != CHART_NO_DAY && today >= a && today <= b) {
		double xt = X(today);
		nd = svg_line_el(&c, c.svg, "today", xt, top - 4, xt, top + plot_h, TEXT_FILL);
		svg_at(&c, nd, "stroke-dasharray", "2 2");
		svg_text_at(&c, c.svg, "today", xt, top + plot_h + 10, "middle", label_text("alert.today", zh), 0);
	}
#undef X
	return svg_finish(&c, parent);
}
