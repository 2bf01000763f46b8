/* chart.c: what the charts and the map share (chart_svg.h): number formats, ticks, and
 * the SVG scaffolding (the <svg> with its title and description, failure-sticky element
 * helpers, markers).  The charts: chart_line.c, chart_bars.c, chart_timeline.c, map.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "chart.h"
#include "chart_svg.h"
#include "labels.h"
#include "xml.h"

/* Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), yellow
 * left out for its contrast on white.  Colour only adds to shape and dash. */
const char *const svg_colours[CHART_MAX_SERIES] = {
	"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#6A3D9A",
};
const char *const svg_dashes[CHART_MAX_SERIES] = {
	"none", "8 4", "3 3", "12 3 3 3", "16 5", "6 3 2 3 2 3", "12 3 3 3 3 3", "5 8",
};
const char *const svg_shape_class[CHART_MAX_SERIES] = {
	"marker m-circle", "marker m-square", "marker m-triangle", "marker m-diamond",
	"marker m-triangle-down", "marker m-cross", "marker m-plus", "marker m-ring",
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
void
svg_fmt_value(char *out, size_t cap, double v)
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
void
svg_fmt_tick(char *out, size_t cap, const struct chart_ticks *t, int i)
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
int
svg_text_width(const char *s)
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

	if (svg_text_width(s) <= maxw)
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

xmlNodePtr
svg_el(struct svg_ctx *c, xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	if (c->failed || parent == NULL)
		return NULL;
	if ((n = xml_add(parent, name)) == NULL)
		c->failed = 1;
	return n;
}

xmlNodePtr
svg_el_text(struct svg_ctx *c, xmlNodePtr parent, const char *name, const char *text)
{
	xmlNodePtr n;

	if (c->failed || parent == NULL)
		return NULL;
	if ((n = xml_add_text(parent, name, text)) == NULL)
		c->failed = 1;
	return n;
}

void
svg_at(struct svg_ctx *c, xmlNodePtr n, const char *name, const char *value)
{
	if (!c->failed && n != NULL && xml_set_attr(n, name, value) < 0)
		c->failed = 1;
}

void
svg_at_num(struct svg_ctx *c, xmlNodePtr n, const char *name, double v)
{
	char s[48];

	fmt_coord(s, sizeof(s), v);
	svg_at(c, n, name, s);
}

void
svg_at_int(struct svg_ctx *c, xmlNodePtr n, const char *name, long long v)
{
	if (!c->failed && n != NULL && xml_set_attr_int(n, name, v) < 0)
		c->failed = 1;
}

/* <text class=cls x y text-anchor>text</text>; text is cut to maxw when maxw > 0. */
xmlNodePtr
svg_text_at(struct svg_ctx *c, xmlNodePtr parent, const char *cls, double x, double y,
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
	n = svg_el_text(c, parent, "text", text);
	free(cut);
	svg_at(c, n, "class", cls);
	svg_at_num(c, n, "x", x);
	svg_at_num(c, n, "y", y);
	svg_at(c, n, "text-anchor", anchor);
	return n;
}

xmlNodePtr
svg_line_el(struct svg_ctx *c, xmlNodePtr parent, const char *cls, double x1, double y1,
        double x2, double y2, const char *stroke)
{
	xmlNodePtr n = svg_el(c, parent, "line");

	svg_at(c, n, "class", cls);
	svg_at_num(c, n, "x1", x1);
	svg_at_num(c, n, "y1", y1);
	svg_at_num(c, n, "x2", x2);
	svg_at_num(c, n, "y2", y2);
	svg_at(c, n, "stroke", stroke);
	svg_at(c, n, "stroke-width", "1");
	return n;
}

/* Appends "<cmd>x y" to a path's data. */
void
svg_path_point(struct svg_ctx *c, struct buf *d, const char *cmd, double x, double y)
{
	char xs[48], ys[48];

	fmt_coord(xs, sizeof(xs), x);
	fmt_coord(ys, sizeof(ys), y);
	if (!c->failed && (buf_puts(d, cmd) < 0 || buf_puts(d, xs) < 0 || buf_puts(d, " ") < 0 ||
	    buf_puts(d, ys) < 0))
		c->failed = 1;
}

void
svg_path_close(struct svg_ctx *c, struct buf *d)
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

int
svg_valid_value(double v)
{
	return isnan(v) || (isfinite(v) && fabs(v) <= CHART_MAX_ABS);
}

int
svg_array_ok(const void *a, size_t n, size_t max)
{
	return n <= max && (n == 0 || a != NULL);
}

enum c2c_err
svg_check_common(xmlNodePtr parent, const struct chart_spec *spec)
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
void
svg_begin(struct svg_ctx *c, xmlNodePtr parent, const struct chart_spec *spec, int w, int h)
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
	svg_at(c, c->svg, "role", "img");
	svg_at(c, c->svg, "viewBox", vb);
	svg_at_int(c, c->svg, "width", w);
	svg_at_int(c, c->svg, "height", h);
	snprintf(id, sizeof(id), "%s-title", spec->id_prefix);
	svg_at(c, c->svg, "aria-labelledby", id);
	svg_at(c, c->svg, "aria-label", spec->title);
	if (spec->description != NULL) {
		snprintf(id, sizeof(id), "%s-desc", spec->id_prefix);
		svg_at(c, c->svg, "aria-describedby", id);
	}
	svg_at(c, c->svg, "font-family", "sans-serif");
	svg_at_int(c, c->svg, "font-size", FONT_SIZE);
	svg_at(c, c->svg, "fill", TEXT_FILL);
	if (spec->lang != NULL && !c->failed)
		xml_set_lang(c->svg, spec->lang);
	/* <title> first: SVG's accessible name and the tooltip of the whole chart. */
	snprintf(id, sizeof(id), "%s-title", spec->id_prefix);
	n = svg_el_text(c, c->svg, "title", spec->title);
	svg_at(c, n, "id", id);
	if (spec->description != NULL) {
		snprintf(id, sizeof(id), "%s-desc", spec->id_prefix);
		n = svg_el_text(c, c->svg, "desc", spec->description);
		svg_at(c, n, "id", id);
	}
}

/* Attaches the finished <svg> to parent, or frees it: parent changes only on success. */
enum c2c_err
svg_finish(struct svg_ctx *c, xmlNodePtr parent)
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

void
svg_no_data(struct svg_ctx *c, const struct chart_spec *spec)
{
	const char *msg = spec->no_data;

	if (msg == NULL)
		msg = label_text("chart.no-data", spec->lang != NULL && strncmp(spec->lang, "zh", 2) == 0);
	svg_text_at(c, c->svg, "no-data", c->w / 2.0, c->h / 2.0, "middle", msg, 0);
}

/* A marker of shape s, radius r, at (x, y), with a tooltip. */
void
svg_marker(struct svg_ctx *c, xmlNodePtr g, size_t s, double x, double y, double r,
       const char *colour, const char *tip)
{
	struct buf d = BUF_INIT;
	xmlNodePtr n;

	n = svg_el(c, g, s == CIRCLE || s == RING ? "circle" : s == SQUARE ? "rect" : "path");
	svg_at(c, n, "class", svg_shape_class[s]);
	switch ((enum shape)s) {
	case CIRCLE:
	case RING:
		svg_at_num(c, n, "cx", x);
		svg_at_num(c, n, "cy", y);
		svg_at_num(c, n, "r", s == RING ? r * 0.9 : r);
		break;
	case SQUARE:
		svg_at_num(c, n, "x", x - r * 0.9);
		svg_at_num(c, n, "y", y - r * 0.9);
		svg_at_num(c, n, "width", r * 1.8);
		svg_at_num(c, n, "height", r * 1.8);
		break;
	case TRIANGLE:
	case TRIANGLE_DOWN: {
		double k = s == TRIANGLE ? 1 : -1;
		svg_path_point(c, &d, "M", x, y - k * r * 1.2);
		svg_path_point(c, &d, " L", x + r * 1.1, y + k * r * 0.8);
		svg_path_point(c, &d, " L", x - r * 1.1, y + k * r * 0.8);
		svg_path_close(c, &d);
		break;
	}
	case DIAMOND:
		svg_path_point(c, &d, "M", x, y - r * 1.3);
		svg_path_point(c, &d, " L", x + r * 1.3, y);
		svg_path_point(c, &d, " L", x, y + r * 1.3);
		svg_path_point(c, &d, " L", x - r * 1.3, y);
		svg_path_close(c, &d);
		break;
	case CROSS:
		svg_path_point(c, &d, "M", x - r, y - r);
		svg_path_point(c, &d, " L", x + r, y + r);
		svg_path_point(c, &d, " M", x + r, y - r);
		svg_path_point(c, &d, " L", x - r, y + r);
		break;
	case PLUS:
		svg_path_point(c, &d, "M", x - r * 1.2, y);
		svg_path_point(c, &d, " L", x + r * 1.2, y);
		svg_path_point(c, &d, " M", x, y - r * 1.2);
		svg_path_point(c, &d, " L", x, y + r * 1.2);
		break;
	}
	if (d.data != NULL)
		svg_at(c, n, "d", d.data);
	buf_free(&d);
	if (s == CROSS || s == PLUS || s == RING) {   /* open shapes: drawn by their outline */
		svg_at(c, n, "fill", s == RING ? "#ffffff" : "none");
		svg_at(c, n, "stroke", colour);
		svg_at(c, n, "stroke-width", "2");
	} else {
		svg_at(c, n, "fill", colour);
	}
	svg_el_text(c, n, "title", tip);
}
