/* main.c: runs every unit-test suite of libc2c in one SRunner.
 * CK_FORK decides fork mode (default: fork); CK_RUN_SUITE / CK_RUN_CASE select tests. */
#include <stdlib.h>

#include <libxml/parser.h>

#include "labels.h"
#include "suites.h"
#include "xml.h"

int
main(void)
{
	SRunner *sr;
	int failed;

	xml_init();
	labels_init("conf/xslt");   /* labels: the text C writes (run from the top directory) */
	sr = srunner_create(buf_suite());
	srunner_add_suite(sr, auth_suite());
	srunner_add_suite(sr, cache_suite());
	srunner_add_suite(sr, cfg_suite());
	srunner_add_suite(sr, chart_suite());
	srunner_add_suite(sr, edit_suite());
	srunner_add_suite(sr, err_suite());
	srunner_add_suite(sr, fetch_suite());
	srunner_add_suite(sr, http_suite());
	srunner_add_suite(sr, ics_suite());
	srunner_add_suite(sr, ics_parse_suite());
	srunner_add_suite(sr, importer_suite());
	srunner_add_suite(sr, kpi_suite());
	srunner_add_suite(sr, kpi_input_suite());
	srunner_add_suite(sr, link_suite());
	srunner_add_suite(sr, url_suite());
	srunner_add_suite(sr, match_suite());
	srunner_add_suite(sr, migrate_suite());
	srunner_add_suite(sr, param_suite());
	srunner_add_suite(sr, route_suite());
	srunner_add_suite(sr, rowxml_suite());
	srunner_add_suite(sr, source_health_suite());
	srunner_add_suite(sr, sqlsplit_suite());
	srunner_add_suite(sr, utf8_suite());
	srunner_add_suite(sr, xml_suite());
	srunner_add_suite(sr, tz_suite());
	srunner_add_suite(sr, map_suite());
	srunner_add_suite(sr, replica_suite());
	/* matching evaluation (issue 19) */
	srunner_add_suite(sr, match_eval_suite());
	/* Expressions of interest (issue 19). */
	srunner_add_suite(sr, mail_suite());
	/* The guide and the step tracker (issue 18). */
	srunner_add_suite(sr, guide_suite());
	/* Self-assessment (issue 19). */
	srunner_add_suite(sr, selfassess_suite());
	/* Reviews and practices (issue 18). */
	srunner_add_suite(sr, review_alerts_suite());
	/* cleanup (issue 17): c2cctl's sources checked by the web's rules */
	srunner_add_suite(sr, source_admin_suite());
	/* libdup-a (issue 17): lib/words.c and lib/names.h */
	srunner_add_suite(sr, words_suite());
	/* libdup-b (issue 17): the shared array growth */
	srunner_add_suite(sr, grow_suite());
	/* labels (issue 17): the label table for the text C writes */
	srunner_add_suite(sr, labels_suite());
	/* charts (issue 17): the charts' and dashboards' text from the label table */
	srunner_add_suite(sr, chart_labels_suite());

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	xmlCleanupParser();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
