/* chart_svg.h: inside the chart files only (chart.c, chart_line.c, chart_bars.c,
 * chart_timeline.c, map.c): the scaffolding they share.  Not part of libc2c's interface:
 * use chart.h and map.h. */
#ifndef C2C_CHART_SVG_H
#define C2C_CHART_SVG_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "chart.h"

/* Text is never measured (no fonts on the server): widths are estimates at font-size 12,
 * generous so that labels laid out with them do not collide. */
#define FONT_SIZE  12
#define CHAR_W     7    /* an ASCII character */
#define WIDE_W     12   /* any other character: CJK is full-width */
#define LINE_H     14   /* least distance between two label baselines */
#define LABEL_MAX  120  /* category labels are cut to this width (with "…") */

/* Okabe-Ito colours, dash patterns and marker shapes, one per series (chart.c). */
extern const char *const svg_colours[CHART_MAX_SERIES];
extern const char *const svg_dashes[CHART_MAX_SERIES];
extern const char *const svg_shape_class[CHART_MAX_SERIES];
enum shape { CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN, CROSS, PLUS, RING };
#define TARGET_DASH "1 4"
#define TEXT_FILL   "#1a1a1a"
#define GRID_STROKE "#d0d0d0"
#define ZERO_STROKE "#606060"
#define BAR_FILL    "#0072B2"

/* One chart being built.  Allocation failures are sticky in failed, so that the drawing
 * code reads straight and is checked once at the end. */
struct svg_ctx {
	xmlNodePtr svg;     /* owned by ctx until attached */
	int        failed;
	int        w, h;
};

/* Number formats, independent of the locale. */
/* v for reading: SI suffix by its own size, the fewest decimals that show it. */
void svg_fmt_value(char *out, size_t cap, double v);
/* The label of tick i: "0" for zero, else fixed decimals and the suffix. */
void svg_fmt_tick(char *out, size_t cap, const struct chart_ticks *t, int i);
/* Estimated rendered width of UTF-8 text (see CHAR_W). */
int svg_text_width(const char *s);

/* Tree building: every helper is a no-op once c->failed, which allocation failures set. */
xmlNodePtr svg_el(struct svg_ctx *c, xmlNodePtr parent, const char *name);
xmlNodePtr svg_el_text(struct svg_ctx *c, xmlNodePtr parent, const char *name, const char *text);
void svg_at(struct svg_ctx *c, xmlNodePtr n, const char *name, const char *value);
void svg_at_num(struct svg_ctx *c, xmlNodePtr n, const char *name, double v);
void svg_at_int(struct svg_ctx *c, xmlNodePtr n, const char *name, long long v);
/* <text class=cls x y text-anchor>text</text>; text is cut to maxw when maxw > 0. */
xmlNodePtr svg_text_at(struct svg_ctx *c, xmlNodePtr parent, const char *cls, double x, double y,
    const char *anchor, const char *text, int maxw);
xmlNodePtr svg_line_el(struct svg_ctx *c, xmlNodePtr parent, const char *cls, double x1, double y1,
    double x2, double y2, const char *stroke);
/* Appends "<cmd>x y" to a path's data; svg_path_close appends "Z". */
void svg_path_point(struct svg_ctx *c, struct buf *d, const char *cmd, double x, double y);
void svg_path_close(struct svg_ctx *c, struct buf *d);
/* A marker of shape s, radius r, at (x, y), with a tooltip. */
void svg_marker(struct svg_ctx *c, xmlNodePtr g, size_t s, double x, double y, double r,
    const char *colour, const char *tip);

/* 1 when v is NaN (no value) or finite within CHART_MAX_ABS. */
int svg_valid_value(double v);
/* The check every chart makes of each array it is given: at most max elements, and the
 * array present when there are any.  1 when so, else 0. */
int svg_array_ok(const void *a, size_t n, size_t max);
/* The checks every chart makes of its parent and spec: C2C_OK or C2C_EINVAL. */
enum c2c_err svg_check_common(xmlNodePtr parent, const struct chart_spec *spec);
/* Starts the <svg> (detached, in parent's document) with its accessible name and
 * description, w x h; svg_finish attaches it to parent or frees it (parent changes only
 * on success); svg_no_data writes the spec's "no data" text in the middle. */
void svg_begin(struct svg_ctx *c, xmlNodePtr parent, const struct chart_spec *spec, int w, int h);
enum c2c_err svg_finish(struct svg_ctx *c, xmlNodePtr parent);
void svg_no_data(struct svg_ctx *c, const struct chart_spec *spec);

#endif
