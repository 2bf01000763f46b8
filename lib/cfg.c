/* cfg.c: configuration defaults, parsing and validation. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "fetch.h"

enum cfg_type { CT_STR, CT_INT, CT_OCTAL, CT_LOGLEVEL, CT_LISTEN, CT_BASEURL, CT_TAGPREFIX,
	CT_WEIGHTS, CT_NETWORKS, CT_REPLICAS };

struct cfg_key {
	const char   *name;
	enum cfg_type type;
	size_t        off;
	long          min, max;   /* for CT_INT and CT_OCTAL */
	const char   *dflt;       /* the default as a file would write it ("": empty) */
};

/* The keys in documentation order, each with its check and its default: cfg_defaults
 * applies the defaults through the same check as a file's values. */
#define K(n, t, lo, hi, d) { #n, t, offsetof(struct c2c_cfg, n), lo, hi, d }
static const struct cfg_key keys[] = {
	K(listen, CT_LISTEN, 0, 0, "unix:/run/c2c/c2c.sock"),
	K(socket_mode, CT_OCTAL, 0, 0777, "0660"),
	K(processes, CT_INT, 1, 64, "2"),
	K(workers, CT_INT, 1, 256, "4"),
	K(backlog, CT_INT, 1, 65535, "128"),
	K(db_host, CT_STR, 0, 0, ""),
	K(db_port, CT_INT, 1, 65535, "3306"),
	K(db_socket, CT_STR, 0, 0, "/run/mysqld/mysqld.sock"),
	K(db_user, CT_STR, 0, 0, "c2c"),
	K(db_password, CT_STR, 0, 0, ""),
	K(db_name, CT_STR, 0, 0, "c2c"),
	K(db_option_file, CT_STR, 0, 0, ""),
	K(db_option_group, CT_STR, 0, 0, "c2c"),
	K(db_connect_timeout, CT_INT, 1, 60, "2"),
	K(db_read_timeout, CT_INT, 1, 3600, "30"),
	K(db_statement_timeout, CT_INT, 0, 3600, "10"),
	K(db_replicas, CT_REPLICAS, 0, 0, ""),
	K(db_replica_max_lag, CT_INT, 0, 86400, "10"),
	K(db_replica_check_ms, CT_INT, 100, 600000, "1000"),
	K(db_gtid_wait_ms, CT_INT, 0, 10000, "200"),
	K(base_url, CT_BASEURL, 0, 0, ""),
	K(views_dir, CT_STR, 0, 0, C2C_DATADIR "/xslt"),
	K(sql_dir, CT_STR, 0, 0, C2C_DATADIR "/sql"),
	K(schema_file, CT_STR, 0, 0, C2C_DATADIR "/schema/c2c.rng"),
	K(site_name, CT_STR, 0, 0, "c2c"),
	K(page_limit, CT_INT, 1, 500, "50"),
	K(cache_size, CT_INT, 0, 65536, "64"),
	K(version_check_ms, CT_INT, 0, 10000, "250"),
	K(max_body_kb, CT_INT, 1, 65536, "512"),
	K(csrf_secret, CT_STR, 0, 0, ""),
	K(feed_page_size, CT_INT, 1, 500, "50"),
	K(feed_id_prefix, CT_TAGPREFIX, 0, 0, "tag:c2c.invalid,2026:"),
	K(match_weights, CT_WEIGHTS, 0, 0, ""),
	K(import_max_bytes, CT_INT, 1024, 1073741824, "10485760"),   /* 10 MiB */
	K(import_connect_timeout, CT_INT, 1, 120, "10"),
	K(import_timeout, CT_INT, 1, 3600, "60"),
	K(import_allow_networks, CT_NETWORKS, 0, 0, ""),
	K(import_window_past_days, CT_INT, 0, 3650, "30"),
	K(import_window_future_days, CT_INT, 1, 3650, "400"),
	K(import_max_instances, CT_INT, 1, 100000, "1000"),
	K(import_max_occurrences, CT_INT, 1, 10000000, "5000"),
	K(import_min_interval, CT_INT, 0, 86400, "3600"),
	K(import_max_property_bytes, CT_INT, 1024, 1073741824, "262144"),
	K(import_max_parameters, CT_INT, 1, 100000, "100"),
	K(import_source_seconds, CT_INT, 1, 86400, "30"),
	K(import_parallel, CT_INT, 1, 256, "8"),
	K(import_parallel_per_city, CT_INT, 1, 256, "2"),
	K(import_quarantine_after, CT_INT, 1, 1000, "3"),
	K(import_quarantine_hours, CT_INT, 1, 8760, "168"),
	K(import_max_sources_per_city, CT_INT, 1, 100000, "20"),
	K(import_ca_file, CT_STR, 0, 0, ""),
	K(import_proxy, CT_STR, 0, 0, ""),
	K(import_no_proxy, CT_STR, 0, 0, ""),
	/* Expressions of interest and their e-mail (issue 19). */
	K(interest_expiry_days, CT_INT, 1, 3650, "60"),
	K(interest_reminder_days, CT_INT, 0, 3650, "7"),
	K(interest_max_per_month, CT_INT, 0, 10000, "10"),
	K(interest_decline_days, CT_INT, 0, 3650, "183"),
	K(notify_relay, CT_STR, 0, 0, ""),
	K(notify_from, CT_STR, 0, 0, "c2c@localhost"),
	K(notify_tls_required, CT_INT, 0, 1, "1"),
	K(notify_timeout, CT_INT, 1, 600, "30"),
	/* Reviews (issue 18). */
	K(review_stuck_months, CT_INT, 1, 600, "12"),
	K(log_level, CT_LOGLEVEL, 0, 0, "info"),
};
#undef K
#define NKEYS (sizeof(keys) / sizeof(keys[0]))

const char *
cfg_key_at(size_t i)
{
	return i < NKEYS ? keys[i].name : NULL;
}

const char *
cfg_key_default(size_t i)
{
	return i < NKEYS ? keys[i].dflt : NULL;
}

static int
parse_long(const char *v, int base, long min, long max, long *out)
{
	char *end;
	long n;

	if (*v == '\0' || *v == '+' || *v == '-' || *v == ' ')
		return -1;
	errno = 0;
	n = strtol(v, &end, base);
	if (errno != 0 || *end != '\0' || n < min || n > max)
		return -1;
	*out = n;
	return 0;
}

/* Sets one key; on error writes the reason (without file and line) into why. */
static int
set_key(struct c2c_cfg *cfg, const struct cfg_key *k, const char *v, char *why, size_t whylen)
{
	char *field = (char *)cfg + k->off;
	long n;

	if (strlen(v) >= CFG_STR_MAX) {
		snprintf(why, whylen, "value of '%s' is longer than %d bytes", k->name, CFG_STR_MAX - 1);
		return -1;
	}
	switch (k->type) {
	case CT_STR:
		snprintf(field, CFG_STR_MAX, "%s", v);
		return 0;
	case CT_INT:
		if (parse_long(v, 10, k->min, k->max, &n) < 0) {
			snprintf(why, whylen, "'%s' must be an integer from %ld to %ld, not '%s'",
			    k->name, k->min, k->max, v);
			return -1;
		}
		*(int *)(void *)field = (int)n;
		return 0;
	case CT_OCTAL:
		if (parse_long(v, 8, k->min, k->max, &n) < 0) {
			snprintf(why, whylen, "'%s' must be an octal mode such as 0660, not '%s'",
			    k->name, v);
			return -1;
		}
		*(unsigned *)(void *)field = (unsigned)n;
		return 0;
	case CT_LOGLEVEL: {
		enum log_level *lvl = (enum log_level *)(void *)field;
		if (strcmp(v, "error") == 0)        *lvl = LOG_LVL_ERR;
		else if (strcmp(v, "warning") == 0) *lvl = LOG_LVL_WARN;
		else if (strcmp(v, "info") == 0)    *lvl = LOG_LVL_INFO;
		else if (strcmp(v, "debug") == 0)   *lvl = LOG_LVL_DEBUG;
		else {
			snprintf(why, whylen, "'log_level' must be error, warning, info or debug, not '%.100s'", v);
			return -1;
		}
		return 0;
	}
	case CT_LISTEN: {
		const char *colon;
		if (strncmp(v, "unix:", 5) == 0 && v[5] == '/') {
			snprintf(field, CFG_STR_MAX, "%s", v);
			return 0;
		}
		if (strcmp(v, "fd:0") == 0) {
			snprintf(field, CFG_STR_MAX, "%s", v);
			return 0;
		}
		if (strncmp(v, "fd:", 3) == 0) {
			snprintf(why, whylen, "'listen' takes only fd:0 (systemd's LISTEN_FDS is used "
			    "without being named), not '%.100s'", v);
			return -1;
		}
		colon = strrchr(v, ':');
		if (colon != NULL && colon != v && parse_long(colon + 1, 10, 1, 65535, &n) == 0) {
			snprintf(field, CFG_STR_MAX, "%s", v);
			return 0;
		}
		snprintf(why, whylen, "'listen' must be unix:/PATH, HOST:PORT or fd:0, not '%.100s'", v);
		return -1;
	}
	case CT_TAGPREFIX: {
		/* RFC 4151: "tag:" authority "," date ":" -- the prefix of every Atom id. */
		const char *comma = strchr(v, ',');
		size_t len = strlen(v);
		if (strncmp(v, "tag:", 4) != 0 || comma == NULL || comma == v + 4 || len < 12 ||
		    v[len - 1] != ':' || strpbrk(v, " \"<>#?") != NULL) {
			snprintf(why, whylen, "'feed_id_prefix' must be a tag URI prefix such as "
			    "tag:www.example.city,2026: not '%.100s'", v);
			return -1;
		}
		snprintf(field, CFG_STR_MAX, "%s", v);
		return 0;
	}
	case CT_WEIGHTS: {
		/* "name=value, name=value": each a component and a weight from 0 to 10. */
		struct match_weights w = match_weights_default();
		char copy[CFG_STR_MAX], *item, *save = NULL;
		snprintf(copy, sizeof(copy), "%s", v);
		for (item = strtok_r(copy, ", ", &save); item != NULL; item = strtok_r(NULL, ", ", &save)) {
			char *eq = strchr(item, '=');
			if (eq == NULL) {
				snprintf(why, whylen, "'match_weights' wants name=value pairs, not '%.60s'", item);
				return -1;
			}
			*eq = '\0';
			if (match_weights_parse(item, eq + 1, &w) != C2C_OK) {
				snprintf(why, whylen, "'match_weights': '%.30s=%.30s' is not a component and a "
				    "weight from 0 to 10", item, eq + 1);
				return -1;
			}
		}
		*(struct match_weights *)(void *)field = w;
		return 0;
	}
	case CT_NETWORKS:
		if (fetch_networks_parse(v, NULL, 0, NULL) < 0) {
			snprintf(why, whylen, "'%s' must be addresses or networks such as 127.0.0.1/32, "
			    "10.0.0.0/8 or ::1/128, separated by commas, not '%.100s'", k->name, v);
			return -1;
		}
		snprintf(field, CFG_STR_MAX, "%s", v);
		return 0;
	case CT_REPLICAS:
		return replica_list_parse(v, (struct replica_list *)(void *)field, why, whylen);
	case CT_BASEURL: {
		/* A path ("/c2c") or an absolute http(s) URL; no trailing slash, no query. */
		const char *path = v;
		size_t len = strlen(v);
		if (strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0) {
			path = strchr(v + (v[4] == 's' ? 8 : 7), '/');
			if (path == NULL)
				path = "";
		} else if (len > 0 && (v[0] != '/' || v[1] == '/')) {
			snprintf(why, whylen, "'base_url' must be a path such as /c2c or an http(s) URL, not '%.100s'", v);
			return -1;
		}
		if ((len > 0 && v[len - 1] == '/') || strpbrk(v, "?# \"<>") != NULL) {
			snprintf(why, whylen, "'base_url' must not end in '/' nor contain ?, #, spaces, quotes or <>: '%.100s'", v);
			return -1;
		}
		(void)path;
		snprintf(field, CFG_STR_MAX, "%s", v);
		return 0;
	}
	}
	snprintf(why, whylen, "internal: bad key type");
	return -1;
}

void
cfg_defaults(struct c2c_cfg *cfg)
{
	char why[256];
	size_t i;

	memset(cfg, 0, sizeof(*cfg));
	for (i = 0; i < NKEYS; i++)
		/* Cannot fail: test_cfg.c checks every default against its key. */
		(void)set_key(cfg, &keys[i], keys[i].dflt, why, sizeof(why));
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

enum c2c_err
cfg_parse(struct c2c_cfg *cfg, const char *name, const char *text, size_t len,
    char *err, size_t errlen)
{
	int seen[NKEYS] = { 0 };
	char line[4096], why[512];
	size_t pos = 0, i;
	int lineno = 0;

	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
		char *s, *eq, *key, *val;
		const struct cfg_key *k = NULL;

		lineno++;
		if (n >= sizeof(line)) {
			snprintf(err, errlen, "%s:%d: line longer than %zu bytes", name, lineno, sizeof(line) - 1);
			return C2C_ECONFIG;
		}
		if (memchr(text + pos, '\0', n) != NULL) {
			snprintf(err, errlen, "%s:%d: NUL byte in line", name, lineno);
			return C2C_ECONFIG;
		}
		memcpy(line, text + pos, n);
		line[n] = '\0';
		pos += n + (nl ? 1 : 0);

		s = trim(line);
		if (*s == '\0' || *s == '#')
			continue;
		if ((eq = strchr(s, '=')) == NULL) {
			snprintf(err, errlen, "%s:%d: expected 'key = value', got '%.80s'", name, lineno, s);
			return C2C_ECONFIG;
		}
		*eq = '\0';
		key = trim(s);
		val = trim(eq + 1);
		for (i = 0; i < NKEYS; i++)
			if (strcmp(keys[i].name, key) == 0) {
				k = &keys[i];
				break;
			}
		if (k == NULL) {
			snprintf(err, errlen, "%s:%d: unknown key '%.80s'", name, lineno, key);
			return C2C_ECONFIG;
		}
		if (seen[i]) {
			snprintf(err, errlen, "%s:%d: '%s' set again (first set on line %d)",
			    name, lineno, key, seen[i]);
			return C2C_ECONFIG;
		}
		seen[i] = lineno;
		if (set_key(cfg, k, val, why, sizeof(why)) < 0) {
			snprintf(err, errlen, "%s:%d: %s", name, lineno, why);
			return C2C_ECONFIG;
		}
	}
	return C2C_OK;
}

enum c2c_err
cfg_load(struct c2c_cfg *cfg, const char *path, char *err, size_t errlen)
{
	enum { MAX_SIZE = 1 << 20 };
	char *text;
	size_t len;
	FILE *f;
	enum c2c_err rc;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return C2C_EIO;
	}
	if ((text = malloc(MAX_SIZE)) == NULL) {
		fclose(f);
		snprintf(err, errlen, "%s: out of memory", path);
		return C2C_ENOMEM;
	}
	len = fread(text, 1, MAX_SIZE, f);
	if (ferror(f) || len == MAX_SIZE) {
		snprintf(err, errlen, "%s: %s", path, ferror(f) ? "read error" : "file larger than 1 MiB");
		rc = C2C_ECONFIG;
	} else {
		rc = cfg_parse(cfg, path, text, len, err, errlen);
	}
	free(text);
	fclose(f);
	return rc;
}
