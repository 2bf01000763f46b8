/* chart_cycle.c: the cycle of the city-to-city cooperation narrative as SVG (guide.h):
 * the eight steps in a ring, clockwise from the top, and the four loops as arcs outside
 * it over the steps each runs through, each with its own dash pattern and number (a
 * legend below names them).  The current step is marked by a thick double outline and
 * the word "current" under its name; the current loop by a thick arc and "(current)" in
 * the legend: nothing is said by colour alone.  The <title> and <desc> say it all in
 * words for screen readers. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "chart_svg.h"
#include "guide.h"
#include "labels.h"

#define W 520
#define RING_H 500
#define CX 260.0
#define CY 250.0
#define RING_R 150.0
#define NODE_R 40.0
#define LOOP_R0 200.0
#define LOOP_DR 12.0
#define LEGEND_LINE 20

static const char *const loop_dash[4] = { "10 4", "4 3", "1 3", "none" };

static double
angle(int step)   /* step 1..8, radians, 1 at the top, clockwise */
{
	return (-90.0 + (step - 1) * 45.0) * M_PI / 180.0;
}

/* The steps of mask as "3-8" or "1, 4" for the description. */
static void
steps_text(unsigned mask, struct buf *b)
{
	int first = 0, n, any = 0;

	for (n = 1; n <= 9; n++) {
		int in = n <= 8 && (mask & 1u << (n - 1));
		if (in && first == 0)
			first = n;
		else if (!in && first != 0) {
			buf_printf(b, any ? ", %d" : "%d", first);
			if (n - 1 > first)
				buf_printf(b, "-%d", n - 1);
			any = 1;
			first = 0;
		}
	}
}

/* An arc at radius r over the steps of mask (first to last set bit, clockwise). */
static void
loop_arc(struct svg_ctx *c, xmlNodePtr g, unsigned mask, double r, int thick, const char *dash)
{
	int first = 0, last = 0, n;
	double a0, a1;
	char d[160];
	xmlNodePtr p;

	for (n = 1; n <= 8; n++)
		if (mask & 1u << (n - 1)) {
			if (first == 0)
				first = n;
			last = n;
		}
	if (first == 0)
		return;
	a0 = angle(first) - 0.25;
	a1 = angle(last) + 0.25;
	snprintf(d, sizeof(d), "M%.1f %.1f A%.1f %.1f 0 %d 1 %.1f %.1f", CX + r * cos(a0), CY + r * sin(a0),
	    r, r, a1 - a0 > M_PI ? 1 : 0, CX + r * cos(a1), CY + r * sin(a1));
	p = svg_el(c, g, "path");
	svg_at(c, p, "d", d);
	svg_at(c, p, "fill", "none");
	svg_at(c, p, "stroke", TEXT_FILL);
	svg_at_int(c, p, "stroke-width", thick ? 4 : 2);
	if (strcmp(dash, "none") != 0)
		svg_at(c, p, "stroke-dasharray", dash);
}

enum c2c_err
chart_cycle(xmlNodePtr parent, const char *lang, int current, int loop,
    const char *const names[8], const char *const loop_names[4], const unsigned loop_steps[4])
{
	int zh = lang != NULL && strcmp(lang, "zh") == 0, i, nloops = 0;
	struct chart_spec spec = { 0 };
	struct svg_ctx c = { NULL, 0, 0, 0 };
	struct buf desc = BUF_INIT;
	xmlNodePtr g, n;
	char num[16];
	enum c2c_err rc;

	for (i = 0; i < 4; i++)
		nloops += loop_names[i] != NULL;
	buf_puts(&desc, label_text("chart.cycle.intro", zh));
	for (i = 0; i < 8; i++) {
		snprintf(num, sizeof(num), "%d", i + 1);
		label_fmt(&desc, i ? "chart.cycle.step.next" : "chart.cycle.step", zh, num,
		    names[i] ? names[i] : "?");
	}
	buf_puts(&desc, label_text("chart.cycle.steps.end", zh));
	if (current >= 1 && current <= 8) {
		snprintf(num, sizeof(num), "%d", current);
		label_fmt(&desc, "chart.cycle.current-step", zh, num,
		    names[current - 1] ? names[current - 1] : "?");
	}
	buf_puts(&desc, label_text("chart.cycle.loops", zh));
	for (i = 0; i < 4; i++) {
		if (loop_names[i] == NULL)
			continue;
		snprintf(num, sizeof(num), "%d", i + 1);
		label_fmt(&desc, i ? "chart.cycle.loop.next" : "chart.cycle.loop", zh, num, loop_names[i]);
		if (loop_steps[i] == 0)
			buf_puts(&desc, label_text("chart.cycle.no-steps", zh));
		else {
			buf_puts(&desc, label_text("chart.cycle.steps", zh));
			steps_text(loop_steps[i], &desc);
		}
		buf_puts(&desc, label_text("chart.cycle.loop.end", zh));
		if (i + 1 == loop)
			buf_puts(&desc, label_text("chart.cycle.current-loop", zh));
	}
	buf_puts(&desc, label_text("chart.cycle.end", zh));
	if (desc.data == NULL)
		return C2C_ENOMEM;
	spec.id_prefix = "cycle";
	spec.title = label_text("chart.cycle.title", zh);
	spec.description = desc.data;
	spec.lang = zh ? "zh" : "en";
	svg_begin(&c, parent, &spec, W, RING_H + nloops * LEGEND_LINE + 10);
	/* Loops first, under the steps. */
	g = svg_el(&c, c.svg, "g");
	svg_at(&c, g, "class", "cycle-loops");
	for (i = 0; i < 4; i++) {
		double r = LOOP_R0 + i * LOOP_DR;
		int first;
		if (loop_names[i] == NULL || loop_steps[i] == 0)
			continue;
		loop_arc(&c, g, loop_steps[i], r, i + 1 == loop, loop_dash[i]);
		for (first = 1; first <= 8 && !(loop_steps[i] & 1u << (first - 1)); first++)
			;
		snprintf(num, sizeof(num), "%d", i + 1);
		svg_text_at(&c, g, "loop-num", CX + r * cos(angle(first) - 0.3),
		    CY + r * sin(angle(first) - 0.3) + 4, "middle", num, 0);
	}
	/* The ring and its steps. */
	n = svg_el(&c, c.svg, "circle");
	svg_at_num(&c, n, "cx", CX);
	svg_at_num(&c, n, "cy", CY);
	svg_at_num(&c, n, "r", RING_R);
	svg_at(&c, n, "fill", "none");
	svg_at(&c, n, "stroke", GRID_STROKE);
	svg_at_int(&c, n, "stroke-width", 2);
	for (i = 1; i <= 8; i++) {
		double x = CX + RING_R * cos(angle(i)), y = CY + RING_R * sin(angle(i));
		int cur = i == current;
		struct buf tip = BUF_INIT;
		xmlNodePtr s = svg_el(&c, c.svg, "g");
		svg_at(&c, s, "class", cur ? "cycle-step cycle-current" : "cycle-step");
		snprintf(num, sizeof(num), "%d", i);
		label_fmt(&tip, "chart.cycle.step.tip", zh, num, names[i - 1] ? names[i - 1] : "?",
		    cur ? label_text("chart.cycle.current", zh) : "");
		svg_el_text(&c, s, "title", tip.data != NULL ? tip.data : "");
		buf_free(&tip);
		if (cur) {   /* a second, outer outline: the mark does not depend on colour */
			n = svg_el(&c, s, "circle");
			svg_at_num(&c, n, "cx", x);
			svg_at_num(&c, n, "cy", y);
			svg_at_num(&c, n, "r", NODE_R + 6);
			svg_at(&c, n, "fill", "none");
			svg_at(&c, n, "stroke", TEXT_FILL);
			svg_at_int(&c, n, "stroke-width", 2);
		}
		n = svg_el(&c, s, "circle");
		svg_at_num(&c, n, "cx", x);
		svg_at_num(&c, n, "cy", y);
		svg_at_num(&c, n, "r", NODE_R);
		svg_at(&c, n, "fill", cur ? "#e8f1f8" : "#ffffff");
		svg_at(&c, n, "stroke", TEXT_FILL);
		svg_at_int(&c, n, "stroke-width", cur ? 4 : 1);
		snprintf(num, sizeof(num), "%d", i);
		n = svg_text_at(&c, s, "step-num", x, y - 8, "middle", num, 0);
		svg_at(&c, n, "font-weight", "bold");
		svg_text_at(&c, s, "step-name", x, y + 8, "middle", names[i - 1] ? names[i - 1] : "?",
		    (int)(2 * NODE_R) - 6);
		if (cur) {
			n = svg_text_at(&c, s, "step-current", x, y + 22, "middle", label_text("gd.current", zh),
			    0);
			svg_at_int(&c, n, "font-size", 10);
			svg_at(&c, n, "font-weight", "bold");
		}
	}
	/* The legend: each loop's number, dash and name. */
	g = svg_el(&c, c.svg, "g");
	svg_at(&c, g, "class", "cycle-legend");
	for (i = 0, nloops = 0; i < 4; i++) {
		double y = RING_H + nloops * LEGEND_LINE;
		struct buf label = BUF_INIT;
		if (loop_names[i] == NULL)
			continue;
		nloops++;
		n = svg_line_el(&c, g, "legend-line", 20, y - 4, 60, y - 4, TEXT_FILL);
		if (loop_steps[i] == 0)
			svg_at(&c, n, "stroke-opacity", "0");
		else if (strcmp(loop_dash[i], "none") != 0)
			svg_at(&c, n, "stroke-dasharray", loop_dash[i]);
		svg_at_int(&c, n, "stroke-width", i + 1 == loop ? 4 : 2);
		buf_printf(&label, "%d %s%s%s", i + 1, loop_names[i],
		    loop_steps[i] == 0 ? label_text("chart.cycle.no-steps.short", zh) : "",
		    i + 1 == loop ? label_text("chart.cycle.current", zh) : "");
		svg_text_at(&c, g, "legend-text", 70, y, "start", label.data != NULL ? label.data : "", W - 80);
		buf_free(&label);
	}
	rc = svg_finish(&c, parent);
	buf_free(&desc);
	return rc;
}
