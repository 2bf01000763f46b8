/* fuzz_form.c: the editing form's body (application/x-www-form-urlencoded, POST
 * /edit/kpi-values), lib/kpi_input.c, including its CSRF field.  c2c sets no cookie and
 * reads none (CSRF tokens travel in the form, docs/security.md), so this is the only
 * form-like parser of the write path. */
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
	char csrf[96];

	if (size > 1024 * 1024)
		return -1;
	if (kpi_form_parse((const char *)data, size, &b, &errs, csrf, sizeof(csrf)) == C2C_OK &&
	    b.n > 0)
		kpi_entry_finish(&b.v[0], &errs);
	kpi_batch_free(&b);
	fe_free(&errs);
	return 0;
}
