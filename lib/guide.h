/* guide.h: the report's guidelines and the step tracker (issue 18).
 *
 * The guide: the eight steps of the city-to-city cooperation narrative (narrative_steps),
 * each with its context, what it is, its numbered elements and what to expect
 * (guide_steps, guide_elements, guide_outcomes: sql/014, sql/seed/030), the report's city
 * examples, and the four loops with the steps each runs through (loops, loop_steps).
 *
 * The tracker: for a partnership, each element's state, note and evidence, the current
 * step and loop (partnerships.narrative_step, loop_id) with the history of its moves; for
 * a city alone, the elements of Aim and Commit, which precede any partner.  Writes go
 * through tracker_set and tracker_move: one transaction with the owner locked, the
 * editor's scope, If-Match against the owner's own tag, an audit row, and the owner's
 * updated_at moved (so updated_since and the tags see the change).
 * No FastCGI here. */
#ifndef C2C_GUIDE_H
#define C2C_GUIDE_H

#include <libxml/tree.h>

#include "auth.h"
#include "db.h"
#include "edit.h"
#include "write.h"

/* The steps a city's own tracker covers (Aim, Commit): 1..GUIDE_CITY_STEPS. */
#define GUIDE_CITY_STEPS 2
/* Budgets of what a writer sets: a note, and the history a page shows. */
#define TRACKER_NOTE_MAX 500
#define TRACKER_HISTORY_MAX 50
/* The agreements and activities a tracker page offers as evidence (its editing form). */
#define TRACKER_EVIDENCE_MAX 200

/* /guide: the steps (names, key question, elements, outcomes), the loops and the cycle
 * (its SVG in lang) under root. */
enum c2c_err guide_model(struct db *db, const char *lang, xmlNodePtr root);
/* /guide/steps/{n}: one step in full.  C2C_ENOTFOUND unless 1 <= n <= 8. */
enum c2c_err guide_step_model(struct db *db, long long n, xmlNodePtr root);

/* A partnership's tracker (C2C_ENOTFOUND when there is none, or it is deleted).  lang:
 * the language of the cycle's SVG.  evidence: for the editing page: who set each element
 * and moved the step (sign-in and token names, which the public pages leave out), and
 * the partnership's agreements and activities (the evidence the forms offer). */
enum c2c_err tracker_model_partnership(struct db *db, long long id, const char *lang,
    int evidence, xmlNodePtr root);
/* A city's tracker of Aim and Commit, by slug (no cycle: a city alone has no current
 * step; lang is for symmetry with the partnership's).  editing: who set each element. */
enum c2c_err tracker_model_city(struct db *db, const char *slug, const char *lang, int editing,
    xmlNodePtr root);

/* The cycle as SVG under parent: the eight steps in a ring, the four loops as arcs
 * outside it, current (1..8, or 0) marked by a thick outline and the word "current"
 * (never by colour alone).  loop: the current loop's id (0: none). */
enum c2c_err chart_cycle(xmlNodePtr parent, const char *lang, int current, int loop,
    const char *const names[8], const char *const loop_names[4], const unsigned loop_steps[4]);

/* The bodies of tracker writes (lib/edit.h's parsers and checks read them): setting an
 * element ("tracker-set": element, step, state, note, evidence-url, evidence-date,
 * evidence-agreement, evidence-activity), and moving the current step ("step-move":
 * to-step, loop, note). */
extern const struct edit_resource tracker_set_resource;
extern const struct edit_resource tracker_move_resource;

/* Sets an element of the tracker of partnership `partnership` or, when it is 0, of the
 * city with slug `city`.  v: checked by edit_check(tracker_set_resource).  On W_DONE tag
 * holds the owner's new tag (WRITE_TAG_MAX bytes).  Refusals in *st and errs. */
enum c2c_err tracker_set(struct db *db, const struct auth_user *u, long long partnership,
    const char *city, const struct edit_values *v, const char *if_match, char *tag,
    struct field_errors *errs, enum write_status *st);
/* Moves the partnership's current step (and loop), with a history row. */
enum c2c_err tracker_move(struct db *db, const struct auth_user *u, long long partnership,
    const struct edit_values *v, const char *if_match, char *tag, struct field_errors *errs,
    enum write_status *st);

#endif
