/* fuzz_cfg.c: the configuration file parser (lib/cfg.c).  A deployer's file is not an
 * attacker's, but a typo must give "FILE:LINE: reason", never a crash or a write past a
 * fixed-size field. */
#include "cfg.h"
#include "fuzz.h"

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
	struct c2c_cfg cfg;
	char err[512];

	if (size > 1 << 20)   /* cfg_load's own cap */
		return -1;
	cfg_defaults(&cfg);
	(void)cfg_parse(&cfg, "fuzz.conf", (const char *)data, size, err, sizeof(err));
	return 0;
}
