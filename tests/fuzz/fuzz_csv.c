/* fuzz_csv.c: a CSV upload of POST /kpi-values (text/csv, RFC 4180), lib/kpi_input.c.
 * The parser takes (bytes, length) and must never read past them: no terminator given. */
#include "fuzz.h"
#include "kpi_input.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct field_errors errs = { 0 };
	struct kpi_batch b = { 0 };
	size_t i;

	if (size > 1024 * 1024)
		return -1;
	if (kpi_csv_parse((const char *)data, size, &b, &errs) == C2C_OK)
		for (i = 0; i < b.n; i++)   /* what the write handler does next */
			kpi_entry_finish(&b.v[i], &errs);
	kpi_batch_free(&b);
	fe_free(&errs);
	return 0;
}
