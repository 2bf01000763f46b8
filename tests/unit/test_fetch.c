/* test_fetch.c: the parts of the calendar fetcher that need no network: which addresses
 * are local (fetch_addr_is_private), the allowed-networks list (fetch_networks_parse,
 * fetch_addr_in) and Retry-After (fetch_parse_retry_after). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "fetch.h"
#include "suites.h"

/* s (IPv4 or IPv6 text) as a socket address in *ss. */
static const struct sockaddr *
sa_of(const char *s, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof(*ss));
	if (strchr(s, ':') == NULL) {
		struct sockaddr_in *in = (struct sockaddr_in *)(void *)ss;
		in->sin_family = AF_INET;
		in->sin_port = htons(443);
		ck_assert_msg(inet_pton(AF_INET, s, &in->sin_addr) == 1, "bad test address %s", s);
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)(void *)ss;
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons(443);
		ck_assert_msg(inet_pton(AF_INET6, s, &in6->sin6_addr) == 1, "bad test address %s", s);
	}
	return (const struct sockaddr *)ss;
}

static int
is_private(const char *s)
{
	struct sockaddr_storage ss;

	return fetch_addr_is_private(sa_of(s, &ss));
}

static const char *const private_addrs[] = {
	/* IPv4 */
	"127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1",
	"172.20.1.1", "172.31.255.255", "192.168.0.1", "192.168.255.255", "169.254.169.254",
	"169.254.0.1", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3", "224.0.0.1",
	"239.255.255.250", "240.0.0.1", "255.255.255.255", "198.18.0.1", "198.19.255.255",
	"192.0.0.8",
	/* IPv6 */
	"::1", "::", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fd12::1",
	"fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ff02::1", "ff05::2",
	"::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:0.0.0.0",
	"::127.0.0.1", "::8.8.8.8",   /* IPv4-compatible (deprecated): never */
	"64:ff9b::a00:1", "64:ff9b::7f00:1", "64:ff9b::192.168.1.1",
	"2002:0a00:0001::", "2002:7f00:0001::1", "2002:c0a8:0101::",
};

static const char *const public_addrs[] = {
	"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.63.255.255", "100.128.0.1",
	"11.0.0.1", "9.255.255.255", "126.255.255.255", "128.0.0.1", "169.253.255.255",
	"169.255.0.1", "192.167.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.1",
	"223.255.255.255", "192.0.1.1", "192.0.2.1",
	"::ffff:8.8.8.8", "2001:4860::", "2001:4860:4860::8888", "2a00:1450:4001::1",
	"64:ff9b::808:808", "2002:0808:0808::", "fe00::1", "fbff::1",
};

START_TEST(test_private)
{
	const char *s = private_addrs[_i];

	ck_assert_msg(is_private(s) == 1, "%s should be private", s);
}
END_TEST

START_TEST(test_public)
{
	const char *s = public_addrs[_i];

	ck_assert_msg(is_private(s) == 0, "%s should be public", s);
}
END_TEST

START_TEST(test_other_families)
{
	struct sockaddr_un un;

	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	strcpy(un.sun_path, "/run/mysqld/mysqld.sock");
	ck_assert_int_eq(fetch_addr_is_private((const struct sockaddr *)&un), 1);
	ck_assert_int_eq(fetch_addr_in((const struct sockaddr *)&un, NULL, 0), 0);
}
END_TEST

START_TEST(test_networks_parse)
{
	struct fetch_net nets[4];
	unsigned char a[16];
	size_t n = 99;

	ck_assert_int_eq(fetch_networks_parse("127.0.0.1/32, ::1/128", nets, 4, &n), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(nets[0].family, AF_INET);
	ck_assert_int_eq(nets[0].prefix, 32);
	ck_assert_int_eq(inet_pton(AF_INET, "127.0.0.1", a), 1);
	ck_assert_int_eq(memcmp(nets[0].addr, a, 4), 0);
	ck_assert_int_eq(nets[1].family, AF_INET6);
	ck_assert_int_eq(nets[1].prefix, 128);
	ck_assert_int_eq(inet_pton(AF_INET6, "::1", a), 1);
	ck_assert_int_eq(memcmp(nets[1].addr, a, 16), 0);

	ck_assert_int_eq(fetch_networks_parse("10.0.0.0/8", nets, 4, &n), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(nets[0].family, AF_INET);
	ck_assert_int_eq(nets[0].prefix, 8);
	ck_assert_int_eq(nets[0].addr[0], 10);

	/* An address alone is one host. */
	ck_assert_int_eq(fetch_networks_parse("192.168.1.5,fd00::7", nets, 4, &n), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(nets[0].prefix, 32);
	ck_assert_int_eq(nets[1].prefix, 128);
	ck_assert_int_eq(nets[1].family, AF_INET6);

	/* Separators: commas and spaces, repeated, leading and trailing. */
	ck_assert_int_eq(fetch_networks_parse(" , 10.0.0.0/8,,  192.168.0.0/16 , ", nets, 4, &n), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(nets[1].prefix, 16);

	/* Empty and NULL: no networks. */
	n = 99;
	ck_assert_int_eq(fetch_networks_parse("", nets, 4, &n), 0);
	ck_assert_uint_eq(n, 0);
	n = 99;
	ck_assert_int_eq(fetch_networks_parse(NULL, nets, 4, &n), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(fetch_networks_parse("10.0.0.0/8", nets, 4, NULL), 0);
	/* Prefix 0. */
	ck_assert_int_eq(fetch_networks_parse("0.0.0.0/0, ::/0", nets, 4, &n), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(nets[0].prefix, 0);
	ck_assert_int_eq(nets[1].prefix, 0);
}
END_TEST

static const char *const bad_networks[] = {
	"10.0.0.0/33", "abc", "1.2.3.4/", "1.2.3.4/-1", "::1/129", "1.2.3.4/8x", "1.2.3.4/ 8",
	"1.2.3.4/+8", "1.2.3/24", "1.2.3.4.5", "256.0.0.1", "10.0.0.0/8, nonsense",
	"10.0.0.0/8 192.168.0.0/99", "/8", "1.2.3.4//8", "::1/", "fe80::1%eth0",
	"1.2.3.4/0x10", "http://10.0.0.1/",
	"1111:2222:3333:4444:5555:6666:7777:8888:9999:0000:aaaa:bbbb/64",   /* 64 chars */
};

START_TEST(test_networks_bad)
{
	struct fetch_net nets[4];
	size_t n = 0;

	ck_assert_msg(fetch_networks_parse(bad_networks[_i], nets, 4, &n) == -1,
	    "\"%s\" accepted", bad_networks[_i]);
	/* Validation only (out NULL) says the same. */
	ck_assert_int_eq(fetch_networks_parse(bad_networks[_i], NULL, 0, NULL), -1);
}
END_TEST

START_TEST(test_networks_max)
{
	struct fetch_net nets[2];
	char many[33 * 16] = "";
	size_t n, i;

	ck_assert_int_eq(fetch_networks_parse("10.0.0.1, 10.0.0.2", nets, 2, &n), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(fetch_networks_parse("10.0.0.1, 10.0.0.2, 10.0.0.3", nets, 2, &n), -1);
	/* Validating only: up to 32. */
	for (i = 0; i < 32; i++)
		snprintf(many + strlen(many), sizeof(many) - strlen(many), "10.0.0.%zu,", i);
	ck_assert_int_eq(fetch_networks_parse(many, NULL, 0, &n), 0);
	ck_assert_uint_eq(n, 32);
	snprintf(many + strlen(many), sizeof(many) - strlen(many), "10.0.1.1");
	ck_assert_int_eq(fetch_networks_parse(many, NULL, 0, &n), -1);
}
END_TEST

/* Whether address s is in the networks of list. */
static int
in_nets(const char *s, const char *list)
{
	struct fetch_net nets[8];
	struct sockaddr_storage ss;
	size_t n;

	ck_assert_int_eq(fetch_networks_parse(list, nets, 8, &n), 0);
	return fetch_addr_in(sa_of(s, &ss), nets, n);
}

START_TEST(test_addr_in)
{
	/* /32 */
	ck_assert_int_eq(in_nets("127.0.0.1", "127.0.0.1/32"), 1);
	ck_assert_int_eq(in_nets("127.0.0.2", "127.0.0.1/32"), 0);
	ck_assert_int_eq(in_nets("127.0.0.1", "127.0.0.1"), 1);
	/* /8 */
	ck_assert_int_eq(in_nets("10.0.0.1", "10.0.0.0/8"), 1);
	ck_assert_int_eq(in_nets("10.255.255.255", "10.0.0.0/8"), 1);
	ck_assert_int_eq(in_nets("11.0.0.0", "10.0.0.0/8"), 0);
	ck_assert_int_eq(in_nets("9.255.255.255", "10.0.0.0/8"), 0);
	/* /12: not on a byte boundary. */
	ck_assert_int_eq(in_nets("172.16.0.0", "172.16.0.0/12"), 1);
	ck_assert_int_eq(in_nets("172.31.255.255", "172.16.0.0/12"), 1);
	ck_assert_int_eq(in_nets("172.32.0.0", "172.16.0.0/12"), 0);
	ck_assert_int_eq(in_nets("172.15.255.255", "172.16.0.0/12"), 0);
	/* /31, /1 */
	ck_assert_int_eq(in_nets("192.168.1.5", "192.168.1.4/31"), 1);
	ck_assert_int_eq(in_nets("192.168.1.6", "192.168.1.4/31"), 0);
	ck_assert_int_eq(in_nets("127.0.0.1", "0.0.0.0/1"), 1);
	ck_assert_int_eq(in_nets("128.0.0.1", "0.0.0.0/1"), 0);
	/* /0: every address of its family, none of the other. */
	ck_assert_int_eq(in_nets("8.8.8.8", "0.0.0.0/0"), 1);
	ck_assert_int_eq(in_nets("255.255.255.255", "0.0.0.0/0"), 1);
	ck_assert_int_eq(in_nets("::1", "0.0.0.0/0"), 0);
	ck_assert_int_eq(in_nets("2001:db8::1", "::/0"), 1);
	ck_assert_int_eq(in_nets("10.0.0.1", "::/0"), 0);
	/* IPv6 /64, /128, /10 */
	ck_assert_int_eq(in_nets("2001:db8:1:2::5", "2001:db8:1:2::/64"), 1);
	ck_assert_int_eq(in_nets("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"), 1);
	ck_assert_int_eq(in_nets("2001:db8:1:3::5", "2001:db8:1:2::/64"), 0);
	ck_assert_int_eq(in_nets("::1", "::1/128"), 1);
	ck_assert_int_eq(in_nets("::2", "::1/128"), 0);
	ck_assert_int_eq(in_nets("febf::1", "fe80::/10"), 1);
	ck_assert_int_eq(in_nets("fec0::1", "fe80::/10"), 0);
	/* Several networks: any. */
	ck_assert_int_eq(in_nets("192.168.7.7", "10.0.0.0/8, 192.168.0.0/16, ::1"), 1);
	ck_assert_int_eq(in_nets("::1", "10.0.0.0/8, 192.168.0.0/16, ::1"), 1);
	ck_assert_int_eq(in_nets("172.16.0.1", "10.0.0.0/8, 192.168.0.0/16, ::1"), 0);
	/* None. */
	ck_assert_int_eq(in_nets("127.0.0.1", ""), 0);
}
END_TEST

START_TEST(test_retry_after)
{
	/* Tue, 14 Nov 2023 22:13:20 GMT */
	const long long now = 1700000000LL;

	ck_assert_int_eq(fetch_parse_retry_after("120", now), 120);
	ck_assert_int_eq(fetch_parse_retry_after(" 60 ", now), 60);
	ck_assert_int_eq(fetch_parse_retry_after("\t7\t", now), 7);
	ck_assert_int_eq(fetch_parse_retry_after("abc", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("-5", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("0", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("   ", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after(NULL, now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("12abc", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("1.5", now), 0);
	/* An HTTP date 100 s after now; past ones are none. */
	ck_assert_int_eq(fetch_parse_retry_after("Tue, 14 Nov 2023 22:15:00 GMT", now), 100);
	ck_assert_int_eq(fetch_parse_retry_after("Tue, 14 Nov 2023 22:13:20 GMT", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("Tue, 14 Nov 2023 22:00:00 GMT", now), 0);
	ck_assert_int_eq(fetch_parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now), 0);
	/* The obsolete forms HTTP allows. */
	ck_assert_int_eq(fetch_parse_retry_after("Tuesday, 14-Nov-23 22:15:00 GMT", now), 100);
	ck_assert_int_eq(fetch_parse_retry_after("Tue Nov 14 22:15:00 2023", now), 100);
	/* Capped at a week. */
	ck_assert_int_eq(fetch_parse_retry_after("604800", now), 604800);
	ck_assert_int_eq(fetch_parse_retry_after("604801", now), 604800);
	ck_assert_int_eq(fetch_parse_retry_after("99999999", now), 604800);
	ck_assert_int_eq(fetch_parse_retry_after("99999999999999999999999999", now), 604800);
	ck_assert_int_eq(fetch_parse_retry_after("Fri, 01 Jan 2100 00:00:00 GMT", now), 604800);
}
END_TEST

Suite *
fetch_suite(void)
{
	Suite *s = suite_create("fetch");
	TCase *tc = tcase_create("addresses");

	tcase_add_loop_test(tc, test_private, 0,
	    (int)(sizeof(private_addrs) / sizeof(private_addrs[0])));
	tcase_add_loop_test(tc, test_public, 0,
	    (int)(sizeof(public_addrs) / sizeof(public_addrs[0])));
	tcase_add_test(tc, test_other_families);
	suite_add_tcase(s, tc);

	tc = tcase_create("networks");
	tcase_add_test(tc, test_networks_parse);
	tcase_add_loop_test(tc, test_networks_bad, 0,
	    (int)(sizeof(bad_networks) / sizeof(bad_networks[0])));
	tcase_add_test(tc, test_networks_max);
	tcase_add_test(tc, test_addr_in);
	suite_add_tcase(s, tc);

	tc = tcase_create("retry-after");
	tcase_add_test(tc, test_retry_after);
	suite_add_tcase(s, tc);
	return s;
}
