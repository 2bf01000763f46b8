/* suites.h: the Check suites of libc2c's unit tests (one per module) and shared helpers. */
#ifndef C2C_TEST_SUITES_H
#define C2C_TEST_SUITES_H

#include <check.h>
#include <stddef.h>

#include <libxml/tree.h>

Suite *auth_suite(void);
Suite *buf_suite(void);
Suite *cache_suite(void);
Suite *cfg_suite(void);
Suite *chart_suite(void);
Suite *edit_suite(void);
Suite *err_suite(void);
Suite *fetch_suite(void);
Suite *http_suite(void);
Suite *ics_suite(void);
Suite *ics_parse_suite(void);
Suite *importer_suite(void);
Suite *kpi_suite(void);
Suite *kpi_input_suite(void);
Suite *link_suite(void);
Suite *match_suite(void);
Suite *migrate_suite(void);
Suite *param_suite(void);
Suite *route_suite(void);
Suite *rowxml_suite(void);
Suite *source_health_suite(void);
Suite *sqlsplit_suite(void);
Suite *url_suite(void);
Suite *utf8_suite(void);
Suite *xml_suite(void);
Suite *tz_suite(void);
Suite *map_suite(void);
Suite *replica_suite(void);
/* matching evaluation (issue 19) */
Suite *match_eval_suite(void);
/* Expressions of interest (issue 19). */
Suite *mail_suite(void);
/* The guide and the step tracker (issue 18). */
Suite *guide_suite(void);
/* Self-assessment (issue 19). */
Suite *selfassess_suite(void);
/* Reviews and practices (issue 18). */
Suite *review_alerts_suite(void);
/* cleanup (issue 17) */
Suite *source_admin_suite(void);
/* libdup-a (issue 17) */
Suite *words_suite(void);
/* libdup-b (issue 17): the shared array growth */
Suite *grow_suite(void);
/* labels (issue 17): the label table for the text C writes */
Suite *labels_suite(void);
Suite *chart_labels_suite(void);

/* util.c: helpers for the XML tests. */

/* xml_serialize'd text of doc (malloc'd; the caller frees).  Fails the test on error. */
char *t_serialize(xmlDocPtr doc);
/* Parses s strictly (no network, no entities, no error output); NULL when not well-formed. */
xmlDocPtr t_reparse(const char *s);
/* The XPath string value of expr over doc, with prefix "c" bound to C2C_NS (malloc'd). */
char *t_xpath_str(xmlDocPtr doc, const char *expr);
/* The XPath number value of expr (for count()). */
double t_xpath_num(xmlDocPtr doc, const char *expr);

#endif
