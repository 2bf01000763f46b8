/* chart.c: line and bar charts as SVG trees (libxml2), readable without colour or script. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "chart.h"
#include "kpi.h"
#include "xml.h"

/* Text is never measured (no fonts on the server): widths are estimates at font-size 12,
 * generous so that labels laid out with them do not collide. */
#define FONT_SIZE  12
#define CHAR_W     7    /* an ASCII character */
#define WIDE_W     12   /* any other character: CJK is full-width */
#define LINE_H     14   /* least distance between two label baselines */
#define LABEL_MAX  120  /* category labels are cut to this width (with "…") */

/* Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), yellow
 * left out for its contrast on white.  Colour only adds to shape and dash. */
static const char *const colours[CHART_MAX_SERIES] = {
	"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#6A3D9A",
};
static const char *const dashes[CHART_MAX_SERIES] = {
	"none", "8 4", "3 3", "12 3 3 3", "16 5", "6 3 2 3 2 3", "12 3 3 3 3 3", "5 8",
};
enum shape { CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN, CROSS, PLUS, RING };
static const char *const shape_class[CHART_MAX_SERIES] = {
	"marker m-circle", "marker m-square", "marker m-triangle", "marker m-diamond",
	"marker m-triangle-down", "marker m-cross", "marker m-plus", "marker m-ring",
};
#define TARGET_DASH "1 4"
#define TEXT_FILL   "#1a1a1a"
#define GRID_STROKE "#d0d0d0"
#define ZERO_STROKE "#606060"
#define BAR_FILL    "#0072B2"

/* One chart being built.  Allocation failures are sticky in failed, so that the drawing
 * code reads straight and is checked once at the end. */
struct ctx {
	xmlNodePtr svg;     /* owned by ctx until attached */
	int        failed;
	int        w, h;
};

/* Writes v with exactly dec (0..12) decimals into out, independently of the locale
 * (LC_NUMERIC could make printf write a decimal comma); never "-0". */
static void
fmt_fixed(char *out, size_t cap, double v, int dec)
{
	long long p = 1, q, a;
	int i;

	if (!isfinite(v))   /* never expected: layouts are clamped; keep the output valid */
		v = 0;
	for (i = 0; i < dec; i++)
		p *= 10;
	q = llround(v * (double)p);
	a = q < 0 ? -q : q;
	/* By hand rather than snprintf: a dashboard writes some 10,000 coordinates, and
	 * printf's parsing was a seventh of building one (perf). */
	{
		char tmp[48];
		size_t n = 0, k = 0;
		long long ip = a / p, fp = a % p;

		for (i = 0; i < dec; i++, fp /= 10)
			tmp[n++] = (char)('0' + fp % 10);
		if (dec > 0)
			tmp[n++] = '.';
		do {
			tmp[n++] = (char)('0' + ip % 10);
			ip /= 10;
		} while (ip > 0 && n < sizeof(tmp) - 1);
		if (q < 0)
			tmp[n++] = '-';
		if (cap == 0)
			return;
		while (n > 0 && k + 1 < cap)
			out[k++] = tmp[--n];
		out[k] = '\0';
	}
}

/* Coordinates: one decimal is finer than any screen needs and keeps output stable. */
static void
fmt_coord(char *out, size_t cap, double v)
{
	fmt_fixed(out, cap, v, 1);
}

static const char *const si_suffix[] = { "", "k", "M", "G", "T", "P", "E" };

/* The SI divisor exponent (multiple of 3, 0..18) for numbers up to maxabs: plain up to 9999
 * so that "2500" stays "2500", then k, M... */
static int
si_exponent(double maxabs)
{
	int e;

	if (!(maxabs >= 1e4))
		return 0;
	e = (int)floor(log10(maxabs));
	e -= e % 3;
	return e > 18 ? 18 : e;
}

/* A value for reading (bar ends, tooltips): SI suffix by its own size, the fewest decimals
 * (up to 3, or 6 below 1) that show it within a billionth. */
static void
fmt_value(char *out, size_t cap, double v)
{
	int e = si_exponent(fabs(v)), d, maxd;
	double s = v / pow(10, e), p = 1;
	char num[48];

	maxd = fabs(s) < 1 ? 6 : 3;
	for (d = 0; d < maxd; d++, p *= 10)
		if (fabs(s - (double)llround(s * p) / p) <= 1e-9 * fmax(1, fabs(s)))
			break;
	fmt_fixed(num, sizeof(num), s, d);
	snprintf(out, cap, "%s%s", strcmp(num, "0") == 0 ? "0" : num,
	    strcmp(num, "0") == 0 ? "" : si_suffix[e / 3]);
}

enum c2c_err
chart_ticks(double lo, double hi, int max_ticks, struct chart_ticks *t)
{
	static const double nice[] = { 1, 2, 2.5, 5 };
	double raw, maxabs;
	int k, j, e;

	if (t == NULL || !isfinite(lo) || !isfinite(hi) || lo > hi ||
	    fabs(lo) > CHART_MAX_ABS || fabs(hi) > CHART_MAX_ABS ||
	    max_ticks < 3 || max_ticks > CHART_MAX_TICKS)
		return C2C_EINVAL;
	lo = fmin(0, lo);
	hi = fmax(0, hi);
	if (hi - lo < 1e-9) {   /* nothing to scale: keep every step and decimal count bounded */
		lo = 0;
		hi = 1;
	}
	raw = (hi - lo) / (max_ticks - 1);
	/* Start one decade low: 1 x 10^k <= raw, and climb to the first step that fits.  It
	 * ends: once step >= max(-lo, hi) there are at most 3 ticks. */
	for (k = (int)floor(log10(raw)); ; k++) {
		for (j = 0; j < 4; j++) {
			/* 10^-k is exact for the k we meet; 10^k would not be. */
			double step = k < 0 ? nice[j] / pow(10, -k) : nice[j] * pow(10, k);
			/* The tolerance stops 0.3 / 0.1 = 3.0000000000000004 adding a tick. */
			double kl = floor(lo / step + 1e-9), kh = ceil(hi / step - 1e-9);

			if (kh - kl + 1 <= max_ticks) {
				t->step = step;
				t->first = kl * step;
				t->last = kh * step;
				t->count = (int)(kh - kl) + 1;
				maxabs = fmax(fabs(t->first), fabs(t->last));
				e = si_exponent(maxabs);
				t->divisor = pow(10, e);
				t->decimals = e - k + (j == 2);
				if (t->decimals < 0)
					t->decimals = 0;
				if (t->decimals > 12)
					t->decimals = 12;
				snprintf(t->suffix, sizeof(t->suffix), "%s", si_suffix[e / 3]);
				return C2C_OK;
			}
		}
	}
}

/* The label of tick i: "0" for zero, else fixed decimals and the suffix. */
static void
fmt_tick(char *out, size_t cap, const struct chart_ticks *t, int i)
{
	char num[48];
	double v = t->first + i * t->step;

	fmt_fixed(num, sizeof(num), v / t->divisor, t->decimals);
	if (fabs(v) < t->step / 2)
		snprintf(out, cap, "0");
	else
		snprintf(out, cap, "%s%s", num, t->suffix);
}

/* Estimated rendered width of UTF-8 text (see CHAR_W). */
static int
text_width(const char *s)
{
	int w = 0;

	for (; *s; s++) {
		unsigned char b = (unsigned char)*s;
		if (b < 0x80)
			w += CHAR_W;
		else if ((b & 0xC0) != 0x80)
			w += WIDE_W;
	}
	return w;
}

/* s cut at a character boundary, with "…", to an estimated width of at most maxw.
 * Returns a malloc'd copy (the caller frees) or NULL when out of memory. */
static char *
fit(const char *s, int maxw)
{
	size_t i, cut = 0;
	int w = 0;
	char *out;

	if (text_width(s) <= maxw)
		return strdup(s);
	for (i = 0; s[i]; i++) {
		unsigned char b = (unsigned char)s[i];
		if ((b & 0xC0) == 0x80)
			continue;
		w += b < 0x80 ? CHAR_W : WIDE_W;
		if (w + WIDE_W > maxw)
			break;
		/* this character fits: the cut may go after it */
		cut = i + 1;
		while ((s[cut] & 0xC0) == 0x80)
			cut++;
	}
	if ((out = malloc(cut + 4)) == NULL)
		return NULL;
	memcpy(out, s, cut);
	memcpy(out + cut, "\xe2\x80\xa6", 4);
	return out;
}

/* --- tree building; every helper is a no-op once c->failed ------------------------------ */

static xmlNodePtr
el(struct ctx *c, xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	if (c->failed || parent == NULL)
		return NULL;
	if ((n = xml_add(parent, name)) == NULL)
		c->failed = 1;
	return n;
}

static xmlNodePtr
el_text(struct ctx *c, xmlNodePtr parent, const char *name, const char *text)
{
	xmlNodePtr n;

	if (c->failed || parent == NULL)
		return NULL;
	if ((n = xml_add_text(parent, name, text)) == NULL)
		c->failed = 1;
	return n;
}

static void
at(struct ctx *c, xmlNodePtr n, const char *name, const char *value)
{
	if (!c->failed && n != NULL && xml_set_attr(n, name, value) < 0)
		c->failed = 1;
}

static void
at_num(struct ctx *c, xmlNodePtr n, const char *name, double v)
{
	char s[48];

	fmt_coord(s, sizeof(s), v);
	at(c, n, name, s);
}

static void
at_int(struct ctx *c, xmlNodePtr n, const char *name, long long v)
{
	if (!c->failed && n != NULL && xml_set_attr_int(n, name, v) < 0)
		c->failed = 1;
}

/* <text class=cls x y text-anchor>text</text>; text is cut to maxw when maxw > 0. */
static xmlNodePtr
text_at(struct ctx *c, xmlNodePtr parent, const char *cls, double x, double y,
        const char *anchor, const char *text, int maxw)
{
	char *cut = NULL;
	xmlNodePtr n;

	if (c->failed)
		return NULL;
	if (maxw > 0 && (text = cut = fit(text, maxw)) == NULL) {
		c->failed = 1;
		return NULL;
	}
	n = el_text(c, parent, "text", text);
	free(cut);
	at(c, n, "class", cls);
	at_num(c, n, "x", x);
	at_num(c, n, "y", y);
	at(c, n, "text-anchor", anchor);
	return n;
}

static xmlNodePtr
line_el(struct ctx *c, xmlNodePtr parent, const char *cls, double x1, double y1,
        double x2, double y2, const char *stroke)
{
	xmlNodePtr n = el(c, parent, "line");

	at(c, n, "class", cls);
	at_num(c, n, "x1", x1);
	at_num(c, n, "y1", y1);
	at_num(c, n, "x2", x2);
	at_num(c, n, "y2", y2);
	at(c, n, "stroke", stroke);
	at(c, n, "stroke-width", "1");
	return n;
}

/* Appends "<cmd>x y" to a path's data. */
static void
path_point(struct ctx *c, struct buf *d, const char *cmd, double x, double y)
{
	char xs[48], ys[48];

	fmt_coord(xs, sizeof(xs), x);
	fmt_coord(ys, sizeof(ys), y);
	if (!c->failed && (buf_puts(d, cmd) < 0 || buf_puts(d, xs) < 0 || buf_puts(d, " ") < 0 ||
	    buf_puts(d, ys) < 0))
		c->failed = 1;
}

static void
path_close(struct ctx *c, struct buf *d)
{
	if (!c->failed && buf_puts(d, " Z") < 0)
		c->failed = 1;
}

/* The checks every chart shares. */
static int
valid_id_prefix(const char *p)
{
	size_t i;

	if (p == NULL || !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_'))
		return 0;
	for (i = 1; p[i]; i++)
		if (i >= 64 || !((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= 'a' && p[i] <= 'z') ||
		    (p[i] >= '0' && p[i] <= '9') || p[i] == '_' || p[i] == '.' || p[i] == '-'))
			return 0;
	return 1;
}

static int
valid_value(double v)
{
	return isnan(v) || (isfinite(v) && fabs(v) <= CHART_MAX_ABS);
}

static enum c2c_err
check_common(xmlNodePtr parent, const struct chart_spec *spec)
{
	if (parent == NULL || spec == NULL || spec->title == NULL || spec->title[0] == '\0' ||
	    !valid_id_prefix(spec->id_prefix))
		return C2C_EINVAL;
	if (parent->type == XML_DOCUMENT_NODE) {
		if (xmlDocGetRootElement((xmlDocPtr)parent) != NULL)
			return C2C_EINVAL;
	} else if (parent->type != XML_ELEMENT_NODE) {
		return C2C_EINVAL;
	}
	if (spec->width != 0 && (spec->width < 200 || spec->width > 4000))
		return C2C_EINVAL;
	if (spec->height != 0 && (spec->height < 100 || spec->height > 8000))
		return C2C_EINVAL;
	return C2C_OK;
}

/* Starts the <svg> (detached, in parent's document) with its accessible name and
 * description.  The ids come from the caller's prefix, so that two charts on a page, or
 * a chart and the page, never share one. */
static void
begin(struct ctx *c, xmlNodePtr parent, const struct chart_spec *spec, int w, int h)
{
	xmlDocPtr doc = parent->type == XML_DOCUMENT_NODE ? (xmlDocPtr)parent : parent->doc;
	char id[80], vb[64];
	xmlNsPtr ns;
	xmlNodePtr n;

	c->w = w;
	c->h = h;
	if ((c->svg = xmlNewDocNode(doc, NULL, BAD_CAST "svg", NULL)) == NULL ||
	    (ns = xmlNewNs(c->svg, BAD_CAST CHART_SVG_NS, NULL)) == NULL) {
		c->failed = 1;
		return;
	}
	xmlSetNs(c->svg, ns);
	snprintf(vb, sizeof(vb), "0 0 %d %d", w, h);
	at(c, c->svg, "role", "img");
	at(c, c->svg, "viewBox", vb);
	at_int(c, c->svg, "width", w);
	at_int(c, c->svg, "height", h);
	snprintf(id, sizeof(id), "%s-title", spec->id_prefix);
	at(c, c->svg, "aria-labelledby", id);
	at(c, c->svg, "aria-label", spec->title);
	if (spec->description != NULL) {
		snprintf(id, sizeof(id), "%s-desc", spec->id_prefix);
		at(c, c->svg, "aria-describedby", id);
	}
	at(c, c->svg, "font-family", "sans-serif");
	at_int(c, c->svg, "font-size", FONT_SIZE);
	at(c, c->svg, "fill", TEXT_FILL);
	if (spec->lang != NULL && !c->failed)
		xml_set_lang(c->svg, spec->lang);
	/* <title> first: SVG's accessible name and the tooltip of the whole chart. */
	snprintf(id, sizeof(id), "%s-title", spec->id_prefix);
	n = el_text(c, c->svg, "title", spec->title);
	at(c, n, "id", id);
	if (spec->description != NULL) {
		snprintf(id, sizeof(id), "%s-desc", spec->id_prefix);
		n = el_text(c, c->svg, "desc", spec->description);
		at(c, n, "id", id);
	}
}

/* Attaches the finished <svg> to parent, or frees it: parent changes only on success. */
static enum c2c_err
finish(struct ctx *c, xmlNodePtr parent)
{
	if (c->failed) {
		xmlFreeNode(c->svg);
		return C2C_ENOMEM;
	}
	if (parent->type == XML_DOCUMENT_NODE)
		xmlDocSetRootElement((xmlDocPtr)parent, c->svg);
	else if (xmlAddChild(parent, c->svg) == NULL) {
		xmlFreeNode(c->svg);
		return C2C_ENOMEM;
	}
	return C2C_OK;
}

static void
no_data(struct ctx *c, const struct chart_spec *spec)
{
	const char *msg = spec->no_data;

	if (msg == NULL)
		msg = spec->lang != NULL && strncmp(spec->lang, "zh", 2) == 0 ? "无数据" : "No data";
	text_at(c, c->svg, "no-data", c->w / 2.0, c->h / 2.0, "middle", msg, 0);
}

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

/* A marker of shape s, radius r, at (x, y), with a tooltip. */
static void
marker(struct ctx *c, xmlNodePtr g, size_t s, double x, double y, double r,
       const char *colour, const char *tip)
{
	struct buf d = BUF_INIT;
	xmlNodePtr n;

	n = el(c, g, s == CIRCLE || s == RING ? "circle" : s == SQUARE ? "rect" : "path");
	at(c, n, "class", shape_class[s]);
	switch ((enum shape)s) {
	case CIRCLE:
	case RING:
		at_num(c, n, "cx", x);
		at_num(c, n, "cy", y);
		at_num(c, n, "r", s == RING ? r * 0.9 : r);
		break;
	case SQUARE:
		at_num(c, n, "x", x - r * 0.9);
		at_num(c, n, "y", y - r * 0.9);
		at_num(c, n, "width", r * 1.8);
		at_num(c, n, "height", r * 1.8);
		break;
	case TRIANGLE:
	case TRIANGLE_DOWN: {
		double k = s == TRIANGLE ? 1 : -1;
		path_point(c, &d, "M", x, y - k * r * 1.2);
		path_point(c, &d, " L", x + r * 1.1, y + k * r * 0.8);
		path_point(c, &d, " L", x - r * 1.1, y + k * r * 0.8);
		path_close(c, &d);
		break;
	}
	case DIAMOND:
		path_point(c, &d, "M", x, y - r * 1.3);
		path_point(c, &d, " L", x + r * 1.3, y);
		path_point(c, &d, " L", x, y + r * 1.3);
		path_point(c, &d, " L", x - r * 1.3, y);
		path_close(c, &d);
		break;
	case CROSS:
		path_point(c, &d, "M", x - r, y - r);
		path_point(c, &d, " L", x + r, y + r);
		path_point(c, &d, " M", x + r, y - r);
		path_point(c, &d, " L", x - r, y + r);
		break;
	case PLUS:
		path_point(c, &d, "M", x - r * 1.2, y);
		path_point(c, &d, " L", x + r * 1.2, y);
		path_point(c, &d, " M", x, y - r * 1.2);
		path_point(c, &d, " L", x, y + r * 1.2);
		break;
	}
	if (d.data != NULL)
		at(c, n, "d", d.data);
	buf_free(&d);
	if (s == CROSS || s == PLUS || s == RING) {   /* open shapes: drawn by their outline */
		at(c, n, "fill", s == RING ? "#ffffff" : "none");
		at(c, n, "stroke", colour);
		at(c, n, "stroke-width", "2");
	} else {
		at(c, n, "fill", colour);
	}
	el_text(c, n, "title", tip);
}

enum c2c_err
chart_line(xmlNodePtr parent, const struct chart_spec *spec, const char *const *labels,
           size_t n, const struct chart_series *series, size_t nseries)
{
	struct ctx c = { NULL, 0, 0, 0 };
	struct chart_ticks t;
	double lo = 0, hi = 0, slot, r, top, bottom, left, right, plot_w, plot_h, span;
	double label_y[CHART_MAX_SERIES], target_y[CHART_MAX_SERIES];
	long last[CHART_MAX_SERIES];
	size_t i, s, points = 0;
	int w, h, width, max_ticks, k, maxw;
	xmlNodePtr ax, g, nd;
	enum c2c_err rc;
	char tick[64];

	if ((rc = check_common(parent, spec)) != C2C_OK)
		return rc;
	if (n > CHART_MAX_POINTS || nseries > CHART_MAX_SERIES || (n > 0 && labels == NULL) ||
	    (nseries > 0 && series == NULL))
		return C2C_EINVAL;
	for (i = 0; i < n; i++)
		if (labels[i] == NULL)
			return C2C_EINVAL;
	for (s = 0; s < nseries; s++) {
		if (series[s].name == NULL || (n > 0 && series[s].values == NULL) ||
		    !valid_value(series[s].target))
			return C2C_EINVAL;
		last[s] = -1;
		for (i = 0; i < n; i++) {
			double v = series[s].values[i];
			if (!valid_value(v))
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
	begin(&c, parent, spec, w, h);
	if (points == 0) {
		no_data(&c, spec);
		return finish(&c, parent);
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
		fmt_tick(tick, sizeof(tick), &t, k);
		left = fmax(left, text_width(tick));
	}
	left = fmin(fmax(left + 12, 32), w * 0.3);
	right = 0;
	for (s = 0; s < nseries; s++)
		if (last[s] >= 0)
			right = fmax(right, text_width(series[s].name) + 14);
	maxw = 0;
	for (i = 0; i < n; i++) {
		width = text_width(labels[i]);
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
	ax = el(&c, c.svg, "g");
	at(&c, ax, "class", "axis y");
	for (k = 0; k < t.count; k++) {
		double v = t.first + k * t.step, y = Y(v);
		int zero = fabs(v) < t.step / 2;
		line_el(&c, ax, zero ? "grid zero" : "grid", left, y, left + plot_w, y,
		    zero ? ZERO_STROKE : GRID_STROKE);
		fmt_tick(tick, sizeof(tick), &t, k);
		text_at(&c, ax, "tick", left - 6, y + 4, "end", tick, 0);
	}
	if (spec->unit != NULL)
		text_at(&c, ax, "unit", 4, 16, "start", spec->unit, (int)(w * 0.8));

	/* Category axis: every k-th label, counted back from the newest, so none overlap. */
	ax = el(&c, c.svg, "g");
	at(&c, ax, "class", "axis x");
	k = (int)ceil((maxw + 8) / slot);
	k = k < 1 ? 1 : k;
	for (i = 0; i < n; i++) {
		double x = X(i), half;
		if ((n - 1 - i) % (size_t)k != 0)
			continue;
		width = text_width(labels[i]);
		half = (width > LABEL_MAX ? LABEL_MAX : width) / 2.0;
		x = fmin(fmax(x, half + 2), w - half - 2);
		text_at(&c, ax, "xlabel", x, top + plot_h + 18, "middle", labels[i], LABEL_MAX);
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

		g = el(&c, c.svg, "g");
		at(&c, g, "class", "series");
		el_text(&c, g, "title", se->name);
		if (!isnan(se->target)) {
			double y = Y(se->target);
			nd = line_el(&c, g, "target", left, y, left + plot_w, y, colours[s]);
			at(&c, nd, "stroke-dasharray", TARGET_DASH);
			text_at(&c, g, "target-label", left + 4, target_y[s], "start",
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
			path_point(&c, &d, pen ? " L" : d.len ? " M" : "M", X(i), Y(se->values[i]));
			pen = 1;
		}
		nd = el(&c, g, "path");
		at(&c, nd, "class", "line");
		at(&c, nd, "d", d.data);
		buf_free(&d);
		at(&c, nd, "fill", "none");
		at(&c, nd, "stroke", colours[s]);
		at(&c, nd, "stroke-width", "2");
		at(&c, nd, "stroke-linejoin", "round");
		at(&c, nd, "stroke-dasharray", dashes[s]);
		for (i = 0; i < n; i++) {
			struct buf tip = BUF_INIT;
			char val[64];
			if (isnan(se->values[i]))
				continue;
			fmt_value(val, sizeof(val), se->values[i]);
			if (buf_printf(&tip, "%s, %s: %s", se->name, labels[i], val) < 0)
				c.failed = 1;
			marker(&c, g, s, X(i), Y(se->values[i]), r, colours[s], tip.data);
			buf_free(&tip);
		}
		text_at(&c, g, "label", X(last[s]) + 8, label_y[s], "start", se->name,
		    (int)fmax(w - X(last[s]) - 10, WIDE_W));
	}
#undef X
#undef Y
	return finish(&c, parent);
}

enum c2c_err
chart_bars(xmlNodePtr parent, const struct chart_spec *spec, const char *const *labels,
           const double *values, size_t n)
{
	struct ctx c = { NULL, 0, 0, 0 };
	struct chart_ticks t;
	double lo = 0, hi = 0, top, bottom, left, right, plot_w, plot_h, band, thick, span, x0;
	size_t i, points = 0;
	int w, h, k, max_ticks, width;
	xmlNodePtr ax, g, nd;
	enum c2c_err rc;
	char tick[64], val[64];

	if ((rc = check_common(parent, spec)) != C2C_OK)
		return rc;
	if (n > CHART_MAX_POINTS || (n > 0 && (labels == NULL || values == NULL)))
		return C2C_EINVAL;
	for (i = 0; i < n; i++) {
		if (labels[i] == NULL || !valid_value(values[i]))
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
	begin(&c, parent, spec, w, h);
	if (points == 0) {
		no_data(&c, spec);
		return finish(&c, parent);
	}

	/* Margins: labels left (at most 40%), values right (at most 25%). */
	left = 0;
	for (i = 0; i < n; i++)
		left = fmax(left, text_width(labels[i]));
	left = fmin(fmax(left + 12, 24), w * 0.4);
	right = 0;
	for (i = 0; i < n; i++) {
		if (isnan(values[i]))
			continue;
		fmt_value(val, sizeof(val), values[i]);
		right = fmax(right, text_width(val) + 10);
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
	fmt_tick(tick, sizeof(tick), &t, t.count - 1);
	right = fmin(fmax(fmax(right, text_width(tick) / 2.0 + 4), 12), w * 0.25);
	plot_w = w - left - right;
	span = t.last - t.first;
#define X(v) (left + ((v) - t.first) / span * plot_w)
	x0 = X(0.0);

	ax = el(&c, c.svg, "g");
	at(&c, ax, "class", "axis x");
	for (k = 0; k < t.count; k++) {
		double v = t.first + k * t.step, x = X(v);
		int zero = fabs(v) < t.step / 2;
		line_el(&c, ax, zero ? "grid zero" : "grid", x, top, x, top + plot_h,
		    zero ? ZERO_STROKE : GRID_STROKE);
		fmt_tick(tick, sizeof(tick), &t, k);
		text_at(&c, ax, "tick", x, top + plot_h + 16, "middle", tick, 0);
	}
	if (spec->unit != NULL)
		text_at(&c, ax, "unit", left + plot_w, h - 6, "end", spec->unit, (int)(w * 0.8));

	/* Rows: every k-th label (and value) when the bars are thinner than a line of text;
	 * each bar's tooltip still names it. */
	k = (int)ceil(LINE_H / band);
	k = k < 1 ? 1 : k;
	g = el(&c, c.svg, "g");
	at(&c, g, "class", "bars");
	for (i = 0; i < n && !c.failed; i++) {
		double v = values[i], y = top + band * (double)i, mid = y + band / 2 + 4;
		struct buf tip = BUF_INIT;

		if (isnan(v))
			snprintf(val, sizeof(val), "\xe2\x80\x93");   /* en dash: in any language */
		else
			fmt_value(val, sizeof(val), v);
		if (buf_printf(&tip, "%s: %s", labels[i], val) < 0)
			c.failed = 1;
		if (!isnan(v)) {
			double xv = X(v);
			nd = el(&c, g, "rect");
			at(&c, nd, "class", "bar");
			at_num(&c, nd, "x", fmin(x0, xv));
			at_num(&c, nd, "y", y + (band - thick) / 2);
			at_num(&c, nd, "width", fabs(xv - x0));
			at_num(&c, nd, "height", thick);
			at(&c, nd, "fill", BAR_FILL);
			el_text(&c, nd, "title", tip.data);
		}
		buf_free(&tip);
		if (i % (size_t)k != 0)
			continue;
		width = (int)left - 10;
		text_at(&c, g, "category", left - 6, mid, "end", labels[i], width);
		/* a negative bar's value goes right of zero, away from the category labels */
		text_at(&c, g, "value", !isnan(v) && v > 0 ? X(v) + 4 : x0 + 4, mid, "start",
		    val, 0);
	}
#undef X
	return finish(&c, parent);
}

/* --- the map of Europe and China (map.h) -------------------------------------------------
 * Here rather than in a file of its own because it shares the SVG scaffolding (begin,
 * finish, the failure-sticky helpers) with the charts. */

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
	struct ctx c = { NULL, 0, 0, 0 };
	double k, pad = 8;
	int w, h, d;
	size_t i;
	xmlNodePtr g, nd;
	enum c2c_err rc;
	char lab[32];

	if ((rc = check_common(parent, spec)) != C2C_OK)
		return rc;
	if (n > MAP_MAX_CITIES || nl > MAP_MAX_LINES || (n > 0 && cities == NULL) ||
	    (nl > 0 && lines == NULL))
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
	begin(&c, parent, spec, w, h);
	nd = el(&c, c.svg, "rect");
	at(&c, nd, "class", "sea");
	at_num(&c, nd, "x", 0);
	at_num(&c, nd, "y", 0);
	at_int(&c, nd, "width", w);
	at_int(&c, nd, "height", h);
	at(&c, nd, "fill", "#f4f7fa");

	/* Graticule: every 10 degrees, labelled along the top and the left. */
	g = el(&c, c.svg, "g");
	at(&c, g, "class", "graticule");
	for (d = -10; d <= 130; d += 10) {
		line_el(&c, g, "grid", MX(d), MY(MAP_LAT1), MX(d), MY(MAP_LAT0), GRID_STROKE);
		snprintf(lab, sizeof(lab), "%d\xc2\xb0%s", d < 0 ? -d : d, d < 0 ? "W" : d > 0 ? "E" : "");
		text_at(&c, g, "tick", MX(d) + 2, MY(MAP_LAT1) + 12, "start", lab, 0);
	}
	for (d = 20; d <= 60; d += 10) {
		line_el(&c, g, "grid", MX(MAP_LON0), MY(d), MX(MAP_LON1), MY(d), GRID_STROKE);
		snprintf(lab, sizeof(lab), "%d\xc2\xb0N", d);
		text_at(&c, g, "tick", MX(MAP_LON0) + 2, MY(d) - 3, "start", lab, 0);
	}
	if (region_labels != NULL) {
		if (region_labels[0] != NULL)
			text_at(&c, g, "region", MX(10), MY(60), "middle", region_labels[0], 0);
		if (region_labels[1] != NULL)
			text_at(&c, g, "region", MX(105), MY(54), "middle", region_labels[1], 0);
	}

	/* Lines first, so that the cities stay on top: arcs bowing north, like a flight. */
	g = el(&c, c.svg, "g");
	at(&c, g, "class", "links");
	at(&c, g, "fill", "none");
	at(&c, g, "stroke", "#0072B2");
	at(&c, g, "stroke-opacity", "0.45");
	at(&c, g, "stroke-width", "1.2");
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
		path_point(&c, &dd, "M", x1, y1);
		path_point(&c, &dd, " Q", mx, my);
		path_point(&c, &dd, " ", x2, y2);
		nd = el(&c, g, "path");
		at(&c, nd, "class", "link");
		at(&c, nd, "d", dd.data);
		buf_free(&dd);
		if (lines[i].title != NULL)
			el_text(&c, nd, "title", lines[i].title);
	}

	g = el(&c, c.svg, "g");
	at(&c, g, "class", "cities");
	for (i = 0; i < n && !c.failed; i++) {
		const struct map_city *ci = &cities[i];
		double x, y;
		if (!INSIDE(ci))
			continue;
		x = MX(ci->lon);
		y = MY(ci->lat);
		marker(&c, g, ci->china ? SQUARE : CIRCLE, x, y, 3.2, ci->china ? "#D55E00" : "#0072B2",
		    ci->name);
		if (ci->label)
			text_at(&c, g, "label", x + 5, y - 4, "start", ci->name, 160);
	}
#undef MX
#undef MY
#undef INSIDE
	return finish(&c, parent);
}

/* --- timeline (agreements from signature to expiry) ------------------------------------- */

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
diamond(struct ctx *c, xmlNodePtr g, const char *cls, double x, double y, double r)
{
	struct buf d = BUF_INIT;
	xmlNodePtr n;

	path_point(c, &d, "M", x, y - r);
	path_point(c, &d, " L", x + r, y);
	path_point(c, &d, " L", x, y + r);
	path_point(c, &d, " L", x - r, y);
	path_close(c, &d);
	n = el(c, g, "path");
	at(c, n, "class", cls);
	at(c, n, "d", d.data != NULL ? d.data : "");
	at(c, n, "fill", "#ffffff");
	at(c, n, "stroke", TEXT_FILL);
	at(c, n, "stroke-width", "1.5");
	buf_free(&d);
}

enum c2c_err
chart_timeline(xmlNodePtr parent, const struct chart_spec *spec, const struct chart_span *spans,
               size_t n, long today)
{
	static const int steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000 };
	struct ctx c = { NULL, 0, 0, 0 };
	double top = 28, row = 26, left = 0, right = 16, plot_w, plot_h, x0;
	long lo = 0, hi = 0, a, b;
	int w, h, y0, y1, step = 1, y, zh;
	size_t i, k;
	xmlNodePtr ax, g, nd;
	enum c2c_err rc;
	char yl[16];

	if ((rc = check_common(parent, spec)) != C2C_OK)
		return rc;
	if (n > CHART_MAX_POINTS || (n > 0 && spans == NULL) || (today != CHART_NO_DAY && !day_ok(today)))
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
	begin(&c, parent, spec, w, h);
	if (n == 0) {
		no_data(&c, spec);
		return finish(&c, parent);
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
		left = fmax(left, text_width(spans[i].label));
	left = fmin(fmax(left + 12, 24), w * 0.4);
	plot_w = w - left - right;
	plot_h = row * (double)n;
#define X(d) (left + (double)((d) - a) / (double)(b - a) * plot_w)
	x0 = X(a);

	ax = el(&c, c.svg, "g");
	at(&c, ax, "class", "axis x");
	for (y = y0; y <= y1 && !c.failed; y += step) {
		double x = X(jan1(y));
		line_el(&c, ax, "grid", x, top - 4, x, top + plot_h, GRID_STROKE);
		snprintf(yl, sizeof(yl), "%d", y);
		text_at(&c, ax, "tick", x, top - 10, "middle", yl, 0);
	}

	g = el(&c, c.svg, "g");
	at(&c, g, "class", "spans");
	for (i = 0; i < n && !c.failed; i++) {
		const struct chart_span *s = &spans[i];
		double ytop = top + row * (double)i, mid = ytop + row / 2, xs = X(s->start);
		double xe = s->end != CHART_NO_DAY ? X(s->end + 1) : x0 + plot_w;
		xmlNodePtr r = el(&c, g, "g");

		at(&c, r, "class", "row");
		el_text(&c, r, "title", s->tip != NULL ? s->tip : s->label);
		text_at(&c, r, "category", left - 6, mid + 4, "end", s->label, (int)left - 10);
		nd = el(&c, r, "rect");
		at(&c, nd, "class", s->end != CHART_NO_DAY ? "span" : "span open");
		at_num(&c, nd, "x", xs);
		at_num(&c, nd, "y", ytop + row * 0.25);
		at_num(&c, nd, "width", fmax(xe - xs, 1));
		at_num(&c, nd, "height", row * 0.5);
		if (s->end != CHART_NO_DAY) {
			at(&c, nd, "fill", BAR_FILL);
		} else {
			/* open-ended: an outline, dashed, so that it reads without colour */
			at(&c, nd, "fill", "none");
			at(&c, nd, "stroke", BAR_FILL);
			at(&c, nd, "stroke-width", "1.5");
			at(&c, nd, "stroke-dasharray", "4 3");
		}
		line_el(&c, r, "start", xs, ytop + 3, xs, ytop + row - 3, TEXT_FILL);
		if (s->mark != CHART_NO_DAY) {
			double xm = X(s->mark);
			diamond(&c, r, s->mark_soon ? "mark soon" : "mark", xm, mid, 6);
			if (s->mark_soon) {
				nd = text_at(&c, r, "mark soon", xm + 8, mid + 4, "start", "!", 0);
				at(&c, nd, "font-weight", "bold");
			}
		}
	}
	if (today != CHART_NO_DAY && today >= a && today <= b) {
		double xt = X(today);
		nd = line_el(&c, c.svg, "today", xt, top - 4, xt, top + plot_h, TEXT_FILL);
		at(&c, nd, "stroke-dasharray", "2 2");
		text_at(&c, c.svg, "today", xt, top + plot_h + 10, "middle", zh ? "今天" : "today", 0);
	}
#undef X
	return finish(&c, parent);
}
