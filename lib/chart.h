/* chart.h: accessible, script-free SVG charts for the dashboards, built with libxml2. */
#ifndef C2C_CHART_H
#define C2C_CHART_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/tree.h>

#include "err.h"

#define CHART_SVG_NS "http://www.w3.org/2000/svg"

#define CHART_MAX_SERIES 8       /* as many as there are distinct marker shapes and dashes */
#define CHART_MAX_POINTS 1000    /* categories of a line chart, bars of a bar chart */
#define CHART_MAX_ABS    1e18    /* |value| and |target| above this are refused (C2C_EINVAL) */
#define CHART_MAX_TICKS  12

/* What every chart needs.  The caller owns all strings; nothing is kept after the call.
 * Strings are UTF-8; bytes that XML cannot carry become U+FFFD (as in xml.h). */
struct chart_spec {
	int         width;        /* user units (viewBox and width); 0 = 640; else 200..4000 */
	int         height;       /* 100..8000, or 0: 360 for lines, for bars 22 per bar plus
	                           * the axis (within 100..8000) */
	const char *id_prefix;    /* required: [A-Za-z_][A-Za-z0-9_.-]{0,63}, unique in the page;
	                           * the ids are <prefix>-title and <prefix>-desc */
	const char *title;        /* required, not empty: <title>, aria-label and aria-labelledby */
	const char *description;  /* NULL or <desc>, referenced by aria-describedby */
	const char *unit;         /* NULL or the value axis' unit ("EUR", "%", "partnerships") */
	const char *lang;         /* NULL or the xml:lang of the chart ("en", "zh") */
	const char *no_data;      /* NULL or the text shown when there is nothing to draw;
	                           * default "No data", "无数据" when lang starts with "zh" */
};

/* One line of a line chart.  values[i] belongs to category i; NaN is a missing value
 * (a gap in the line, no marker).  Infinities are refused.  A series without any value
 * draws nothing (its group holds only its <title>). */
struct chart_series {
	const char   *name;         /* required: the direct label at the last point */
	const double *values;       /* n values (n as given to chart_line) */
	double        target;       /* NaN = none; else drawn as a horizontal line */
	const char   *target_label; /* label of the target line; NULL = the series name */
};

/* Value-axis ticks: first + i * step for i in 0..count-1, step being 1, 2, 2.5 or 5 x 10^k. */
struct chart_ticks {
	double first, step, last;
	int    count;
	int    decimals;   /* decimals that show every tick exactly, after dividing by divisor */
	double divisor;    /* 1, 1e3, 1e6... : the tick labels' SI suffix (k, M, G, T, P, E) */
	char   suffix[4];
};

/* Ticks covering [min(0, lo), max(0, hi)] (a value axis always shows its zero): the
 * smallest nice step giving at most max_ticks (3..CHART_MAX_TICKS: a range across zero needs
 * three) ticks, so 87 with 6 ticks gives 0, 20 ... 100.  A range under 1e-9 (all values 0)
 * becomes [0, 1].  C2C_EINVAL when lo > hi, either is not finite or over CHART_MAX_ABS, or
 * max_ticks is out of range. */
enum c2c_err chart_ticks(double lo, double hi, int max_ticks, struct chart_ticks *t);

/* Appends to parent an <svg> (namespace CHART_SVG_NS, declared on it) drawing one line per
 * series over the n categories labels[0..n) (periods such as "2024-Q1", oldest first):
 * value axis with nice ticks and grid lines, category labels thinned to every k-th (the
 * newest always shown) so they do not overlap, each series with its own marker shape and
 * dash pattern and its name written at its last value (labels pushed apart, never on top of
 * each other), target lines dashed "1 4" with their label at the left.  Every marker has a
 * <title> "series, category: value" as a tooltip.  No series, n == 0 or only missing values
 * give an SVG that says spec->no_data.
 *
 * The SVG: role="img", viewBox, width, height, aria-labelledby (its <title>), aria-label,
 * aria-describedby (its <desc>, if any), xml:lang; presentation attributes only (no style,
 * script, event handler, link or external reference), so any CSP that allows inline SVG
 * allows it.  Hooks for the page's CSS, as class attributes: "axis y", "axis x", "grid",
 * "grid zero", "tick", "unit", "xlabel", "series", "line", "marker m-<shape>", "label",
 * "target", "target-label", "bars", "bar", "category", "value", "no-data".  Labels too
 * long for their room are cut with "…" (category labels at 120 units; series names at the
 * right margin); the full text stays in the <title> of the series, of its markers, or
 * of the bar.  Tick labels share one number of
 * decimals and an SI suffix from 10,000 on ("2.5k", "1.0T"); other values use the fewest
 * decimals (up to 3) that show them; minus is "-".
 *
 * parent is an element or, for a standalone SVG document, a document without a root
 * ((xmlNodePtr)doc).  The new <svg> is its last child, owned by parent's document.
 * Output depends on the arguments only (not on the locale): same input, same bytes.
 * Returns C2C_OK; C2C_EINVAL (bad spec, NULL label or name, more than CHART_MAX_SERIES
 * series or CHART_MAX_POINTS categories, infinite or too large values); C2C_ENOMEM.
 * On error parent is unchanged. */
enum c2c_err chart_line(xmlNodePtr parent, const struct chart_spec *spec,
                        const char *const *labels, size_t n,
                        const struct chart_series *series, size_t nseries);

/* Appends to parent an <svg> with one horizontal bar per label, top to bottom in the order
 * given, from zero (negative values to the left), the value written at the bar's end; a
 * missing value (NaN) shows its label with "–" and no bar.  Labels are thinned like the
 * line chart's when the bars are too thin for every one; each bar has a <title>
 * "label: value" so none is lost.  Parent, ownership, errors and the "no data" case as
 * chart_line. */
enum c2c_err chart_bars(xmlNodePtr parent, const struct chart_spec *spec,
                        const char *const *labels, const double *values, size_t n);

/* --- timeline ---------------------------------------------------------------------------
 * Days are counted from 1970-01-01 (as lib/kpi.h's struct kpi_date), within 0001..9999. */

#define CHART_NO_DAY ((long)INT32_MIN)

/* One row of a timeline: an agreement from signature to expiry. */
struct chart_span {
	const char *label;       /* required: the row's name, left of the bar */
	const char *tip;         /* NULL or the text of the row's <title> (default: label) */
	long        start;       /* required: the day it begins (signed) */
	long        end;         /* the last day (valid until), or CHART_NO_DAY: open-ended,
	                          * drawn to the axis' end as an outline without fill */
	long        mark;        /* CHART_NO_DAY or a day to mark with a diamond (a renewal) */
	int         mark_soon;   /* the mark is due soon: an "!" beside it too */
};

/* Appends to parent an <svg> with one horizontal row per span, top to bottom in the order
 * given, over a time axis of whole years (from the year of the earliest day to the end of
 * the year of the latest of ends, marks and today; ticks every 1, 2, 5, 10... years): a
 * bar from start to end (class "span"; open-ended: class "span open", no fill, dashed
 * outline), a short vertical stroke at the start ("start"), a diamond at the mark
 * ("mark"; with "!" when mark_soon, class "mark soon"), and a dashed vertical line at
 * today, labelled "today" ("今天" when lang starts with "zh"; class "today").  Every row
 * is a <g class="row"> whose <title> is its tip.  Shapes and dashes carry the meaning, so
 * the chart reads without colour.  today may be CHART_NO_DAY (no line).  Parent,
 * ownership, errors and the "no data" case (n == 0) as chart_line; C2C_EINVAL also for a
 * day out of range or an end before its start. */
enum c2c_err chart_timeline(xmlNodePtr parent, const struct chart_spec *spec,
                            const struct chart_span *spans, size_t n, long today);

#endif
