/* test_migrate.c: migration file names (migrate_name_valid); migrate_run needs a database and
 * is tested by the integration tests. */
#include <string.h>

#include "migrate.h"
#include "suites.h"

static const struct {
	const char *name;
	int         ok;
} cases[] = {
	{ "001_init.sql", 1 },
	{ "000_a.sql", 1 },
	{ "999_z.sql", 1 },
	{ "002_add_events_2024.sql", 1 },
	{ "010___.sql", 1 },
	{ "", 0 },
	{ ".sql", 0 },
	{ "001_.sql", 0 },
	{ "001.sql", 0 },
	{ "01_init.sql", 0 },
	{ "0001_init.sql", 0 },
	{ "001init.sql", 0 },
	{ "001-init.sql", 0 },
	{ "abc_init.sql", 0 },
	{ "00a_init.sql", 0 },
	{ "001_Init.sql", 0 },
	{ "001_in-it.sql", 0 },
	{ "001_in it.sql", 0 },
	{ "001_in.it.sql", 0 },
	{ "001_init.SQL", 0 },
	{ "001_init.sql.bak", 0 },
	{ "001_init.sql~", 0 },
	{ "001_init.sq", 0 },
	{ "001_init", 0 },
	{ ".001_init.sql", 0 },
	{ "../001_init.sql", 0 },
	{ "001_../x.sql", 0 },
	{ "001_a/b.sql", 0 },
	{ "001_caf\xc3\xa9.sql", 0 },
	{ "seed", 0 },
};

START_TEST(test_names)
{
	ck_assert_msg(migrate_name_valid(cases[_i].name) == cases[_i].ok, "migrate_name_valid(\"%s\")",
	    cases[_i].name);
}
END_TEST

START_TEST(test_long_names)
{
	char name[256];

	/* 180 bytes pass, 181 do not. */
	memcpy(name, "001_", 4);
	memset(name + 4, 'a', 172);
	strcpy(name + 176, ".sql");
	ck_assert_uint_eq(strlen(name), 180);
	ck_assert_int_eq(migrate_name_valid(name), 1);
	memset(name + 4, 'a', 173);
	strcpy(name + 177, ".sql");
	ck_assert_int_eq(migrate_name_valid(name), 0);
}
END_TEST

Suite *
migrate_suite(void)
{
	Suite *s = suite_create("migrate");
	TCase *tc = tcase_create("names");

	tcase_add_loop_test(tc, test_names, 0, (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, test_long_names);
	suite_add_tcase(s, tc);
	return s;
}
