/* test_replica.c: the pure parts of reading from replicas (lib/replica.c): the db_replicas
 * list, the verdict on a replica from SHOW SLAVE STATUS, the GTID a client carries back;
 * and the cookie that carries it (http_cookie, lib/http.c). */
#include <string.h>

#include "http.h"
#include "replica.h"
#include "suites.h"

static struct replica_list l;
static char why[300];

START_TEST(test_list_forms)
{
	ck_assert_int_eq(replica_list_parse("", &l, why, sizeof(why)), 0);
	ck_assert_int_eq(l.n, 0);
	ck_assert_int_eq(replica_list_parse("  ", &l, why, sizeof(why)), 0);
	ck_assert_int_eq(l.n, 0);
	ck_assert_int_eq(replica_list_parse("10.0.0.2", &l, why, sizeof(why)), 0);
	ck_assert_int_eq(l.n, 1);
	ck_assert_str_eq(l.a[0].host, "10.0.0.2");
	ck_assert_int_eq(l.a[0].port, 3306);
	ck_assert_int_eq(replica_list_parse("db-2.example.org:3307 ,\t[::1]:13306,[fe80::1],/var/run/m.sock",
	    &l, why, sizeof(why)), 0);
	ck_assert_int_eq(l.n, 4);
	ck_assert_str_eq(l.a[0].host, "db-2.example.org");
	ck_assert_int_eq(l.a[0].port, 3307);
	ck_assert_str_eq(l.a[1].host, "::1");
	ck_assert_int_eq(l.a[1].port, 13306);
	ck_assert_str_eq(l.a[2].host, "fe80::1");
	ck_assert_int_eq(l.a[2].port, 3306);
	ck_assert_str_eq(l.a[3].host, "");
	ck_assert_str_eq(l.a[3].socket, "/var/run/m.sock");
	/* Same host, other ports: two replicas. */
	ck_assert_int_eq(replica_list_parse("127.0.0.1:3307, 127.0.0.1:3308", &l, why, sizeof(why)), 0);
	ck_assert_int_eq(l.n, 2);
}
END_TEST

static const char *const bad_lists[] = {
	",", "db1,", ",db1", "db1,,db2", "db1:", "db1:0", "db1:65536", "db1:33o6", "db1:-1",
	"::1", "fe80::1:3306", "[::1", "[]", "[::g]:1", "[::1]3306", "[::1]:", "db 1",
	"db1;db2", "-db1", ".db1", "db1/x", "db1, db1", "/a.sock, /a.sock", "db1:3306, db1",
	"relative/path.sock", "/sock with space",
	"/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q",
};

START_TEST(test_list_bad)
{
	l.n = 99;
	ck_assert_msg(replica_list_parse(bad_lists[_i], &l, why, sizeof(why)) < 0,
	    "'%s' accepted", bad_lists[_i]);
	ck_assert_msg(strstr(why, "db_replicas") != NULL, "reason '%s' does not name the key", why);
	ck_assert_int_eq(l.n, 99);   /* untouched on error */
}
END_TEST

START_TEST(test_list_max)
{
	ck_assert_int_eq(replica_list_parse("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p", &l, why, sizeof(why)), 0);
	ck_assert_int_eq(l.n, REPLICAS_MAX);
	ck_assert_str_eq(l.a[15].host, "p");
}
END_TEST

START_TEST(test_judge)
{
	long long lag = 7;

	/* No row: not a replica at all. */
	ck_assert_int_eq(replica_judge(0, NULL, NULL, NULL, 10, &lag), REPLICA_NOT_REPLICATING);
	ck_assert_int_eq(lag, -1);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "0", 10, &lag), REPLICA_READY);
	ck_assert_int_eq(lag, 0);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "10", 10, &lag), REPLICA_READY);
	ck_assert_int_eq(lag, 10);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "11", 10, &lag), REPLICA_LAGGING);
	ck_assert_int_eq(lag, 11);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "1", 0, &lag), REPLICA_LAGGING);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "0", 0, &lag), REPLICA_READY);
	/* The SQL thread stopped or broken: whatever the lag says, the data is not moving. */
	ck_assert_int_eq(replica_judge(1, "Yes", "No", "0", 10, &lag), REPLICA_STOPPED);
	ck_assert_int_eq(lag, -1);
	ck_assert_int_eq(replica_judge(1, "Yes", NULL, "0", 10, &lag), REPLICA_STOPPED);
	/* The primary lost (IO thread reconnecting) and the relay log applied: NULL lag. */
	ck_assert_int_eq(replica_judge(1, "Connecting", "Yes", NULL, 10, &lag), REPLICA_STOPPED);
	/* Still applying what it received while the IO thread is down: the lag decides. */
	ck_assert_int_eq(replica_judge(1, "No", "Yes", "3", 10, &lag), REPLICA_READY);
	/* Nonsense from the server is no figure. */
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "", 10, &lag), REPLICA_STOPPED);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "-1", 10, &lag), REPLICA_STOPPED);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "5s", 10, &lag), REPLICA_STOPPED);
	ck_assert_int_eq(replica_judge(1, "Yes", "Yes", "99999999999999999999999", 10, &lag), REPLICA_STOPPED);
}
END_TEST

START_TEST(test_state_names)
{
	int s;

	for (s = 0; s < REPLICA__MAX; s++)
		ck_assert_ptr_nonnull(replica_state_name((enum replica_state)s));
	ck_assert_str_eq(replica_state_name(REPLICA_READY), "ready");
	ck_assert_str_eq(replica_state_name(REPLICA_NOT_REPLICATING), "not-replicating");
	ck_assert_str_eq(replica_state_name(REPLICA__MAX), "unknown");
}
END_TEST

START_TEST(test_gtid)
{
	ck_assert(replica_gtid_valid("0-1-42"));
	ck_assert(replica_gtid_valid("4294967295-4294967295-18446744073709551615"));
	ck_assert(!replica_gtid_valid(NULL));
	ck_assert(!replica_gtid_valid(""));
	ck_assert(!replica_gtid_valid("0-1"));
	ck_assert(!replica_gtid_valid("0-1-"));
	ck_assert(!replica_gtid_valid("-1-2"));
	ck_assert(!replica_gtid_valid("0-1-2,0-2-3"));
	ck_assert(!replica_gtid_valid("0-1-2 "));
	ck_assert(!replica_gtid_valid("0-1-2'"));
	ck_assert(!replica_gtid_valid("0--1-2"));
	ck_assert(!replica_gtid_valid("12345678901-1-2"));
	ck_assert(!replica_gtid_valid("1-2-123456789012345678901"));
	ck_assert(!replica_gtid_valid("a-b-c"));
}
END_TEST

START_TEST(test_follow_seconds)
{
	ck_assert_int_eq(replica_follow_seconds(10, 1000), 12);
	ck_assert_int_eq(replica_follow_seconds(0, 100), 2);
	ck_assert_int_eq(replica_follow_seconds(5, 1500), 8);
}
END_TEST

START_TEST(test_cookie)
{
	char v[16];

	ck_assert_int_eq(http_cookie(NULL, "c2c_rw", v, sizeof(v)), 0);
	ck_assert_str_eq(v, "");
	ck_assert_int_eq(http_cookie("c2c_rw=0-1-5", "c2c_rw", v, sizeof(v)), 1);
	ck_assert_str_eq(v, "0-1-5");
	ck_assert_int_eq(http_cookie("a=1; c2c_rw=0-1-6; b=2", "c2c_rw", v, sizeof(v)), 1);
	ck_assert_str_eq(v, "0-1-6");
	ck_assert_int_eq(http_cookie("x_c2c_rw=1;c2c_rw=\"0-1-7\"", "c2c_rw", v, sizeof(v)), 1);
	ck_assert_str_eq(v, "0-1-7");
	ck_assert_int_eq(http_cookie("c2c_rwx=1; c2c_r=2", "c2c_rw", v, sizeof(v)), 0);
	ck_assert_int_eq(http_cookie("c2c_rw=", "c2c_rw", v, sizeof(v)), 1);
	ck_assert_str_eq(v, "");
	/* Too long for the buffer: not found, nothing half copied. */
	ck_assert_int_eq(http_cookie("c2c_rw=0123456789abcdefXYZ", "c2c_rw", v, sizeof(v)), 0);
	ck_assert_str_eq(v, "");
}
END_TEST

Suite *
replica_suite(void)
{
	Suite *s = suite_create("replica");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_list_forms);
	tcase_add_loop_test(tc, test_list_bad, 0, (int)(sizeof(bad_lists) / sizeof(bad_lists[0])));
	tcase_add_test(tc, test_list_max);
	tcase_add_test(tc, test_judge);
	tcase_add_test(tc, test_state_names);
	tcase_add_test(tc, test_gtid);
	tcase_add_test(tc, test_follow_seconds);
	tcase_add_test(tc, test_cookie);
	suite_add_tcase(s, tc);
	return s;
}
