/* replica.c: parsing the replica list, judging a replica, GTIDs (see replica.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "replica.h"

NAMES_TABLE(state_names, REPLICA_STATES);

const char *
replica_state_name(enum replica_state s)
{
	return NAME_OF(state_names, s, "unknown");
}

/* A decimal port 1..65535 in [s, s+n). */
static int
parse_port(const char *s, size_t n, int *port)
{
	long v = 0;
	size_t i;

	if (n == 0 || n > 5)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	if (v < 1 || v > 65535)
		return -1;
	*port = (int)v;
	return 0;
}

/* A host name or IPv4 address: letters, digits, '.', '-' and '_' only. */
static int
host_ok(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n >= REPLICA_HOST_MAX || s[0] == '-' || s[0] == '.')
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '-' || s[i] == '_'))
			return 0;
	return 1;
}

/* One item of the list (already trimmed, n > 0) into a. */
static int
parse_item(const char *s, size_t n, struct replica_addr *a, char *why, size_t whylen)
{
	const char *colon;

	memset(a, 0, sizeof(*a));
	a->port = 3306;
	if (s[0] == '/') {
		/* sun_path holds 108 bytes with its NUL. */
		if (n >= 108 || memchr(s, ' ', n) != NULL || memchr(s, '\t', n) != NULL) {
			snprintf(why, whylen, "'db_replicas': socket path '%.*s' is too long or has blanks",
			    (int)(n > 120 ? 120 : n), s);
			return -1;
		}
		memcpy(a->socket, s, n);
		return 0;
	}
	if (s[0] == '[') {
		const char *close = memchr(s, ']', n);
		size_t i, hn;
		if (close == NULL || close == s + 1)
			goto bad;
		hn = (size_t)(close - s - 1);
		for (i = 1; i <= hn; i++)
			if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f') ||
			    (s[i] >= 'A' && s[i] <= 'F') || s[i] == ':' || s[i] == '.'))
				goto bad;
		memcpy(a->host, s + 1, hn);
		if (close == s + n - 1)
			return 0;
		if (close[1] != ':' || parse_port(close + 2, (size_t)(s + n - close - 2), &a->port) < 0)
			goto bad;
		return 0;
	}
	colon = memchr(s, ':', n);
	if (colon != NULL && memchr(colon + 1, ':', (size_t)(s + n - colon - 1)) != NULL) {
		snprintf(why, whylen, "'db_replicas': write an IPv6 address in brackets, "
		    "[%.*s]:3306", (int)(n > 100 ? 100 : n), s);
		return -1;
	}
	if (!host_ok(s, colon ? (size_t)(colon - s) : n) ||
	    (colon != NULL && parse_port(colon + 1, (size_t)(s + n - colon - 1), &a->port) < 0))
		goto bad;
	memcpy(a->host, s, colon ? (size_t)(colon - s) : n);
	return 0;
bad:
	snprintf(why, whylen, "'db_replicas': '%.*s' is not host[:port], [IPv6][:port] or "
	    "/path/to/socket", (int)(n > 100 ? 100 : n), s);
	return -1;
}

int
replica_list_parse(const char *text, struct replica_list *out, char *why, size_t whylen)
{
	const char *p = text;
	struct replica_list l;
	int i;

	memset(&l, 0, sizeof(l));
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\0') {
		*out = l;
		return 0;
	}
	for (;;) {
		const char *end = strchr(p, ','), *e;
		size_t n;

		if (end == NULL)
			end = p + strlen(p);
		e = end;
		while (*p == ' ' || *p == '\t')
			p++;
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		n = (size_t)(e - p);
		if (n == 0) {
			snprintf(why, whylen, "'db_replicas': empty item in the list");
			return -1;
		}
		if (l.n == REPLICAS_MAX) {
			snprintf(why, whylen, "'db_replicas': at most %d replicas", REPLICAS_MAX);
			return -1;
		}
		if (parse_item(p, n, &l.a[l.n], why, whylen) < 0)
			return -1;
		/* The same server twice would get twice the reads and hide a typo. */
		for (i = 0; i < l.n; i++)
			if (strcmp(l.a[i].host, l.a[l.n].host) == 0 && strcmp(l.a[i].socket,
			    l.a[l.n].socket) == 0 && (l.a[i].host[0] == '\0' || l.a[i].port == l.a[l.n].port)) {
				snprintf(why, whylen, "'db_replicas': '%.*s' is listed twice",
				    (int)(n > 100 ? 100 : n), p);
				return -1;
			}
		l.n++;
		if (*end == '\0')
			break;
		p = end + 1;
	}
	*out = l;
	return 0;
}

enum replica_state
replica_judge(int has_row, const char *io_running, const char *sql_running,
    const char *seconds_behind, int max_lag, long long *lag)
{
	char *end;
	long long s;

	(void)io_running;   /* see replica.h: the lag already says what the IO thread means */
	*lag = -1;
	if (!has_row)
		return REPLICA_NOT_REPLICATING;
	if (sql_running == NULL || strcmp(sql_running, "Yes") != 0 || seconds_behind == NULL)
		return REPLICA_STOPPED;
	errno = 0;
	s = strtoll(seconds_behind, &end, 10);
	if (errno != 0 || end == seconds_behind || *end != '\0' || s < 0)
		return REPLICA_STOPPED;
	*lag = s;
	return s <= max_lag ? REPLICA_READY : REPLICA_LAGGING;
}

/* A decimal number of 1 to max digits at *s, advancing *s. */
static int
digits(const char **s, int max)
{
	int n = 0;

	while (**s >= '0' && **s <= '9') {
		(*s)++;
		if (++n > max)
			return 0;
	}
	return n > 0;
}

int
replica_gtid_valid(const char *s)
{
	/* domain (32 bits), server id (32 bits), sequence number (64 bits). */
	if (s == NULL || strlen(s) >= REPLICA_GTID_MAX || !digits(&s, 10) || *s++ != '-' ||
	    !digits(&s, 10) || *s++ != '-' || !digits(&s, 20))
		return 0;
	return *s == '\0';
}

int
replica_follow_seconds(int max_lag, int check_ms)
{
	return max_lag + (check_ms + 999) / 1000 + 1;
}
