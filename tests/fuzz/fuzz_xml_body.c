/* fuzz_xml_body.c: an XML body of POST /kpi-values, as c2c.fcgi handles it: parsed and
 * validated by lib/xmlin.c (no DTD, no entities, no network), then read into entries by
 * kpi_xml_entries, each field checked (lib/kpi_input.c). */
#include <stdio.h>
#include <stdlib.h>

#include <libxml/tree.h>

#include "fuzz.h"
#include "kpi_input.h"
#include "xml.h"
#include "xmlin.h"

static struct xmlin *schema;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char err[300];

	(void)argc;
	(void)argv;
	xml_init();
	schema = xmlin_load(C2C_SRCDIR "/docs/schema/c2c.rng", err, sizeof(err));
	if (schema == NULL) {
		fprintf(stderr, "fuzz_xml_body: %s\n", err);
		abort();
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct field_errors errs = { 0 };
	struct kpi_batch b = { 0 };
	xmlDocPtr doc = NULL;

	/* c2c.fcgi refuses bodies beyond max_body_kb (default 1 MiB) before parsing. */
	if (size > 1024 * 1024)
		return -1;
	if (xmlin_parse(schema, (const char *)data, size, &doc, &errs) == C2C_OK) {
		(void)kpi_xml_entries(doc, &b, &errs);
		xmlFreeDoc(doc);
	}
	kpi_batch_free(&b);
	fe_free(&errs);
	return 0;
}
