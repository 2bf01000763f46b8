/* test_cfg.c: the configuration file (cfg_defaults, cfg_parse, cfg_load, cfg_key_at) and its
 * documentation, conf/c2c.conf.example. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfg.h"
#include "suites.h"

#define EXAMPLE C2C_SRCDIR "/conf/c2c.conf.example"
#define MAXKEYS 64   /* more than cfg_key_at knows */

static struct c2c_cfg cfg;
static char err[1024];

/* Parses text (NUL-terminated) over the defaults, as file "t.conf". */
static enum c2c_err
parse(const char *text)
{
	cfg_defaults(&cfg);
	err[0] = '\0';
	return cfg_parse(&cfg, "t.conf", text, strlen(text), err, sizeof(err));
}

/* The example file's text (malloc'd), or NULL when it does not exist (yet). */
static char *
read_example(size_t *len)
{
	FILE *f = fopen(EXAMPLE, "r");
	char *text;

	if (f == NULL)
		return NULL;
	text = malloc(1 << 20);
	ck_assert_ptr_nonnull(text);
	*len = fread(text, 1, (1 << 20) - 1, f);
	text[*len] = '\0';
	fclose(f);
	return text;
}

/* Whether line (without its newline) documents key: "key = ..." or "# key = ...". */
static int
line_documents(const char *line, const char *key)
{
	size_t n = strlen(key);

	while (*line == ' ' || *line == '\t')
		line++;
	if (*line == '#') {
		line++;
		while (*line == ' ' || *line == '\t')
			line++;
	}
	if (strncmp(line, key, n) != 0)
		return 0;
	line += n;
	while (*line == ' ' || *line == '\t')
		line++;
	return *line == '=';
}

/* How many keys cfg_key_at knows. */
static size_t
nkeys(void)
{
	size_t n = 0;

	while (cfg_key_at(n) != NULL)
		n++;
	ck_assert_uint_lt(n, MAXKEYS);
	return n;
}

static char *
write_tmp(const char *text, size_t len)
{
	char *path = strdup("/tmp/c2c-test-cfg-XXXXXX");
	int fd;

	ck_assert_ptr_nonnull(path);
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

START_TEST(test_defaults)
{
	cfg_defaults(&cfg);
	ck_assert_str_eq(cfg.listen, "unix:/run/c2c/c2c.sock");
	ck_assert_uint_eq(cfg.socket_mode, 0660);
	ck_assert_int_eq(cfg.workers, 4);
	ck_assert_int_eq(cfg.backlog, 128);
	ck_assert_str_eq(cfg.db_host, "");
	ck_assert_int_eq(cfg.db_port, 3306);
	ck_assert_str_eq(cfg.db_socket, "/run/mysqld/mysqld.sock");
	ck_assert_str_eq(cfg.db_user, "c2c");
	ck_assert_str_eq(cfg.db_password, "");
	ck_assert_str_eq(cfg.db_name, "c2c");
	ck_assert_int_eq(cfg.db_connect_timeout, 2);
	ck_assert_int_eq(cfg.db_read_timeout, 30);
	ck_assert_str_eq(cfg.base_url, "");
	ck_assert_str_eq(cfg.views_dir, C2C_DATADIR "/xslt");
	ck_assert_str_eq(cfg.sql_dir, C2C_DATADIR "/sql");
	ck_assert_str_eq(cfg.site_name, "c2c");
	ck_assert_int_eq(cfg.page_limit, 50);
	ck_assert_int_eq(cfg.cache_size, 64);
	ck_assert_int_eq(cfg.log_level, LOG_LVL_INFO);
}
END_TEST

/* Every default passes its own key's check (cfg_defaults applies them through it and
 * ignores a failure): written in a file over the defaults, it changes nothing. */
START_TEST(test_key_defaults)
{
	struct c2c_cfg def;
	size_t i, n = nkeys(), with = 0;
	char text[CFG_STR_MAX + 64];

	cfg_defaults(&def);
	for (i = 0; i < n; i++) {
		const char *d = cfg_key_default(i);
		ck_assert_ptr_nonnull(d);
		with += d[0] != '\0';
		snprintf(text, sizeof(text), "%s = %s\n", cfg_key_at(i), d);
		ck_assert_msg(parse(text) == C2C_OK, "%s: %s", cfg_key_at(i), err);
		ck_assert_msg(memcmp(&cfg, &def, sizeof(cfg)) == 0, "%s", cfg_key_at(i));
	}
	ck_assert_uint_ge(with, 40);
	ck_assert_ptr_null(cfg_key_default(n));
}
END_TEST

START_TEST(test_key_at)
{
	size_t i, j, n = nkeys();
	char text[128];

	ck_assert_uint_ge(n, 19);
	for (i = 0; i < n; i++) {
		for (j = 0; j < i; j++)
			ck_assert_str_ne(cfg_key_at(i), cfg_key_at(j));
		/* Each one is a key cfg_parse knows. */
		snprintf(text, sizeof(text), "%s = x\n", cfg_key_at(i));
		ck_assert_msg(parse(text) == C2C_OK || strstr(err, "unknown key") == NULL, "%s", err);
	}
	ck_assert_ptr_null(cfg_key_at(n));
	ck_assert_ptr_null(cfg_key_at(n + 1));
	ck_assert_ptr_null(cfg_key_at((size_t)-1));
	ck_assert_str_eq(cfg_key_at(0), "listen");
	ck_assert_str_eq(cfg_key_at(n - 1), "log_level");
}
END_TEST

/* Every key of cfg_key_at is documented in conf/c2c.conf.example, in documentation order,
 * and every "# key = value" line there is a known key. */
START_TEST(test_example_documents_every_key)
{
	size_t len, i;
	char *text = read_example(&len), *line, *save = NULL;
	long pos[MAXKEYS];

	if (text == NULL) {
		/* The example is written separately; this test passes once it exists. */
		fprintf(stderr, "test_cfg: %s does not exist yet\n", EXAMPLE);
		return;
	}
	for (i = 0; cfg_key_at(i) != NULL; i++) {
		const char *key = cfg_key_at(i);
		char *copy = strdup(text);
		long n = 0;

		ck_assert_ptr_nonnull(copy);
		pos[i] = -1;
		for (line = strtok_r(copy, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save), n++)
			if (line_documents(line, key)) {
				pos[i] = n;
				break;
			}
		free(copy);
		ck_assert_msg(pos[i] >= 0, "key '%s' is not documented in %s", key, EXAMPLE);
		if (i > 0)
			ck_assert_msg(pos[i] > pos[i - 1], "key '%s' is documented before '%s'",
			    key, cfg_key_at(i - 1));
	}
	/* Conversely, no documented key is unknown: "# word = ..." where word looks like a key. */
	for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char word[64];
		int known = 0;

		if (sscanf(line, "# %63[a-z_] =", word) != 1 && sscanf(line, "%63[a-z_] =", word) != 1)
			continue;
		if (!line_documents(line, word))
			continue;
		for (i = 0; cfg_key_at(i) != NULL; i++)
			known |= strcmp(cfg_key_at(i), word) == 0;
		ck_assert_msg(known, "%s documents an unknown key '%s'", EXAMPLE, word);
	}
	free(text);
}
END_TEST

START_TEST(test_example_loads)
{
	struct c2c_cfg def;
	FILE *f = fopen(EXAMPLE, "r");

	if (f == NULL) {
		fprintf(stderr, "test_cfg: %s does not exist yet\n", EXAMPLE);
		return;
	}
	fclose(f);
	cfg_defaults(&cfg);
	cfg_defaults(&def);
	ck_assert_msg(cfg_load(&cfg, EXAMPLE, err, sizeof(err)) == C2C_OK, "%s", err);
	/* Everything in it is commented out: the defaults stand. */
	ck_assert_mem_eq(&cfg, &def, sizeof(cfg));
}
END_TEST

/* "the value shown is the default": the example with the first "# key = value" line of each
 * key uncommented loads, and gives the defaults (but for the directories and the schema's
 * path, which depend on PREFIX: a package builds with /usr). */
START_TEST(test_example_values_are_defaults)
{
	struct c2c_cfg def;
	size_t len, i, o = 0, n = 0;
	char *text = read_example(&len), *out, *line, *save = NULL;
	int seen[MAXKEYS] = { 0 };

	if (text == NULL) {
		fprintf(stderr, "test_cfg: %s does not exist yet\n", EXAMPLE);
		return;
	}
	out = malloc(len + 2);
	ck_assert_ptr_nonnull(out);
	for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		const char *l = line;
		for (i = 0; cfg_key_at(i) != NULL; i++)
			if (line[0] == '#' && !seen[i] && line_documents(line, cfg_key_at(i))) {
				seen[i] = 1;
				l = line + 1;
				n++;
				break;
			}
		o += (size_t)sprintf(out + o, "%s\n", l);
	}
	ck_assert_uint_eq(n, nkeys());
	cfg_defaults(&cfg);
	cfg_defaults(&def);
	ck_assert_msg(cfg_parse(&cfg, "example", out, o, err, sizeof(err)) == C2C_OK, "%s", err);
	memcpy(cfg.views_dir, def.views_dir, sizeof(cfg.views_dir));
	memcpy(cfg.sql_dir, def.sql_dir, sizeof(cfg.sql_dir));
	memcpy(cfg.schema_file, def.schema_file, sizeof(cfg.schema_file));
	ck_assert_str_eq(cfg.listen, def.listen);
	ck_assert_uint_eq(cfg.socket_mode, def.socket_mode);
	ck_assert_int_eq(cfg.workers, def.workers);
	ck_assert_int_eq(cfg.page_limit, def.page_limit);
	ck_assert_mem_eq(&cfg, &def, sizeof(cfg));
	free(out);
	free(text);
}
END_TEST

START_TEST(test_load_missing_file)
{
	cfg_defaults(&cfg);
	ck_assert_int_eq(cfg_load(&cfg, "/nonexistent/c2c.conf", err, sizeof(err)), C2C_EIO);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent/c2c.conf"));
}
END_TEST

START_TEST(test_load_file)
{
	static const char text[] = "# c2c\n\nworkers = 9\nsite_name = Leeds\n";
	static const char bad[] = "workers = 9\n\nbogus = 1\n";
	char *path = write_tmp(text, sizeof(text) - 1), expect[600];

	cfg_defaults(&cfg);
	ck_assert_msg(cfg_load(&cfg, path, err, sizeof(err)) == C2C_OK, "%s", err);
	ck_assert_int_eq(cfg.workers, 9);
	ck_assert_str_eq(cfg.site_name, "Leeds");
	unlink(path);
	free(path);

	path = write_tmp(bad, sizeof(bad) - 1);
	cfg_defaults(&cfg);
	ck_assert_int_eq(cfg_load(&cfg, path, err, sizeof(err)), C2C_ECONFIG);
	snprintf(expect, sizeof(expect), "%s:3: ", path);
	ck_assert_msg(strncmp(err, expect, strlen(expect)) == 0, "'%s' does not start with '%s'", err, expect);
	ck_assert_ptr_nonnull(strstr(err, "bogus"));
	unlink(path);
	free(path);
}
END_TEST

/* Bad lines: the error is "t.conf:LINE: ..." and names the key (or shows the line). */
static const struct {
	const char *text;
	int         line;
	const char *needle;   /* must appear in the message */
} bad_cases[] = {
	{ "foo = 1\n", 1, "foo" },
	{ "\n# comment\nfoo_bar = 1\n", 3, "foo_bar" },
	{ "Workers = 4\n", 1, "Workers" },
	{ "db user = x\n", 1, "db user" },
	{ "= 4\n", 1, "unknown key" },
	{ "workers 4\n", 1, "workers 4" },
	{ "workers = x\n", 1, "workers" },
	{ "workers = 0\n", 1, "workers" },
	{ "workers = 257\n", 1, "workers" },
	{ "workers = -1\n", 1, "workers" },
	{ "workers = +4\n", 1, "workers" },
	{ "workers = 4x\n", 1, "workers" },
	{ "workers = 4 4\n", 1, "workers" },
	{ "workers = 0x10\n", 1, "workers" },
	{ "workers =\n", 1, "workers" },
	{ "workers = 99999999999999999999\n", 1, "workers" },
	{ "backlog = 65536\n", 1, "backlog" },
	{ "db_port = 0\n", 1, "db_port" },
	{ "db_port = 65536\n", 1, "db_port" },
	{ "db_connect_timeout = 61\n", 1, "db_connect_timeout" },
	{ "db_read_timeout = 0\n", 1, "db_read_timeout" },
	{ "db_replicas = db1:0\n", 1, "db_replicas" },
	{ "db_replicas = db1, , db2\n", 1, "db_replicas" },
	{ "db_replicas = ::1\n", 1, "db_replicas" },
	{ "db_replicas = db1, db1:3306\n", 1, "db_replicas" },
	{ "db_replica_max_lag = -1\n", 1, "db_replica_max_lag" },
	{ "db_replica_check_ms = 99\n", 1, "db_replica_check_ms" },
	{ "db_gtid_wait_ms = 10001\n", 1, "db_gtid_wait_ms" },
	{ "page_limit = 501\n", 1, "page_limit" },
	{ "page_limit = 0\n", 1, "page_limit" },
	{ "cache_size = -1\n", 1, "cache_size" },
	{ "cache_size = 65537\n", 1, "cache_size" },
	{ "cache_size = 64M\n", 1, "cache_size" },
	{ "socket_mode = 0668\n", 1, "socket_mode" },
	{ "socket_mode = 1000\n", 1, "socket_mode" },
	{ "socket_mode = rw-rw----\n", 1, "socket_mode" },
	{ "socket_mode = -0660\n", 1, "socket_mode" },
	{ "socket_mode =\n", 1, "socket_mode" },
	{ "listen = localhost\n", 1, "listen" },
	{ "listen = :9000\n", 1, "listen" },
	{ "listen = 127.0.0.1:0\n", 1, "listen" },
	{ "listen = 127.0.0.1:65536\n", 1, "listen" },
	{ "listen = 127.0.0.1:http\n", 1, "listen" },
	{ "listen = unix:relative.sock\n", 1, "listen" },
	{ "listen =\n", 1, "listen" },
	{ "base_url = c2c\n", 1, "base_url" },
	{ "base_url = /c2c/\n", 1, "base_url" },
	{ "base_url = /\n", 1, "base_url" },
	{ "base_url = /c2c?x=1\n", 1, "base_url" },
	{ "base_url = /c2c#top\n", 1, "base_url" },
	{ "base_url = /c 2c\n", 1, "base_url" },
	{ "base_url = /c2c\"><script>\n", 1, "base_url" },
	{ "base_url = ftp://example.org/c2c\n", 1, "base_url" },
	{ "base_url = javascript:alert(1)\n", 1, "base_url" },
	{ "base_url = https://example.org/c2c/\n", 1, "base_url" },
	{ "log_level = verbose\n", 1, "log_level" },
	{ "log_level = INFO\n", 1, "log_level" },
	{ "log_level =\n", 1, "log_level" },
	{ "workers = 2\nlog_level = warn\n", 2, "log_level" },
};

START_TEST(test_bad_values)
{
	char prefix[32];

	ck_assert_msg(parse(bad_cases[_i].text) == C2C_ECONFIG, "accepted: %s", bad_cases[_i].text);
	snprintf(prefix, sizeof(prefix), "t.conf:%d: ", bad_cases[_i].line);
	ck_assert_msg(strncmp(err, prefix, strlen(prefix)) == 0, "'%s' does not start with '%s'",
	    err, prefix);
	ck_assert_msg(strstr(err, bad_cases[_i].needle) != NULL, "'%s' does not name '%s'",
	    err, bad_cases[_i].needle);
}
END_TEST

START_TEST(test_unknown_key)
{
	ck_assert_int_eq(parse("workers = 2\n\n# x\ndb_pasword = secret\n"), C2C_ECONFIG);
	ck_assert_str_eq(err, "t.conf:4: unknown key 'db_pasword'");
}
END_TEST

START_TEST(test_duplicate_key)
{
	ck_assert_int_eq(parse("workers = 2\n\n# again\nworkers = 3\n"), C2C_ECONFIG);
	ck_assert_msg(strncmp(err, "t.conf:4: ", 10) == 0, "%s", err);
	ck_assert_ptr_nonnull(strstr(err, "workers"));
	ck_assert_msg(strstr(err, "line 1") != NULL, "'%s' does not name the first line", err);
	/* Even with the same value. */
	ck_assert_int_eq(parse("site_name = a\nsite_name = a\n"), C2C_ECONFIG);
	ck_assert_ptr_nonnull(strstr(err, "line 1"));
}
END_TEST

START_TEST(test_line_too_long)
{
	size_t n = 5000;
	char *text = malloc(n + 32);

	ck_assert_ptr_nonnull(text);
	/* Even a comment line has a length limit. */
	strcpy(text, "workers = 2\n# ");
	memset(text + strlen(text), 'x', n);
	text[14 + n] = '\0';
	strcat(text, "\nworkers = 3\n");
	ck_assert_int_eq(parse(text), C2C_ECONFIG);
	ck_assert_msg(strncmp(err, "t.conf:2: ", 10) == 0, "%s", err);
	ck_assert_ptr_nonnull(strstr(err, "long"));
	free(text);
}
END_TEST

START_TEST(test_value_too_long)
{
	char text[700];

	/* 511 bytes fit in CFG_STR_MAX, 512 do not. */
	strcpy(text, "site_name = ");
	memset(text + 12, 'a', CFG_STR_MAX - 1);
	text[12 + CFG_STR_MAX - 1] = '\0';
	ck_assert_msg(parse(text) == C2C_OK, "%s", err);
	ck_assert_uint_eq(strlen(cfg.site_name), CFG_STR_MAX - 1);
	strcat(text, "a");
	ck_assert_int_eq(parse(text), C2C_ECONFIG);
	ck_assert_msg(strncmp(err, "t.conf:1: ", 10) == 0, "%s", err);
	ck_assert_ptr_nonnull(strstr(err, "site_name"));
}
END_TEST

START_TEST(test_nul_byte)
{
	static const char text[] = "workers = 2\nsite_name = a\0b\n";

	cfg_defaults(&cfg);
	ck_assert_int_eq(cfg_parse(&cfg, "t.conf", text, sizeof(text) - 1, err, sizeof(err)),
	    C2C_ECONFIG);
	ck_assert_msg(strncmp(err, "t.conf:2: ", 10) == 0, "%s", err);
	ck_assert_ptr_nonnull(strstr(err, "NUL"));
	/* In a comment too. */
	cfg_defaults(&cfg);
	ck_assert_int_eq(cfg_parse(&cfg, "t.conf", "# a\0b\n", 6, err, sizeof(err)), C2C_ECONFIG);
}
END_TEST

START_TEST(test_comments_and_blanks)
{
	ck_assert_msg(parse("\n   \n\t\n# comment = with equals\n  # workers = 9\n\t#\nworkers = 8\n\n") == C2C_OK,
	    "%s", err);
	ck_assert_int_eq(cfg.workers, 8);
	ck_assert_msg(parse("") == C2C_OK, "%s", err);
	ck_assert_msg(parse("\n\n\n") == C2C_OK, "%s", err);
	ck_assert_msg(parse("# only a comment, no newline") == C2C_OK, "%s", err);
	ck_assert_int_eq(cfg.workers, 4);
}
END_TEST

START_TEST(test_hash_in_value_kept)
{
	ck_assert_msg(parse("site_name = Leeds # twinning\ndb_password = p#ss=w0rd\n") == C2C_OK,
	    "%s", err);
	ck_assert_str_eq(cfg.site_name, "Leeds # twinning");
	ck_assert_str_eq(cfg.db_password, "p#ss=w0rd");
}
END_TEST

START_TEST(test_whitespace_trimmed)
{
	ck_assert_msg(parse("  \t site_name \t=\t  Leeds City Council \t \r\n"
	    "workers=6\r\n\tdb_user=\tweb  \n") == C2C_OK, "%s", err);
	ck_assert_str_eq(cfg.site_name, "Leeds City Council");
	ck_assert_int_eq(cfg.workers, 6);
	ck_assert_str_eq(cfg.db_user, "web");
	/* Last line without a newline. */
	ck_assert_msg(parse("workers = 7") == C2C_OK, "%s", err);
	ck_assert_int_eq(cfg.workers, 7);
}
END_TEST

START_TEST(test_good_values)
{
	ck_assert_msg(parse(
	    "listen = 127.0.0.1:9000\n"
	    "socket_mode = 0600\n"
	    "workers = 256\n"
	    "backlog = 1\n"
	    "db_host = db.example.org\n"
	    "db_port = 65535\n"
	    "db_socket =\n"
	    "db_user = c2c_web\n"
	    "db_password = s3cret with spaces\n"
	    "db_name = twinning\n"
	    "db_connect_timeout = 60\n"
	    "db_read_timeout = 3600\n"
	    "base_url = https://www.example.city/c2c\n"
	    "views_dir = /srv/c2c/xslt\n"
	    "sql_dir = /srv/c2c/sql\n"
	    "site_name = Leeds \xe5\x88\xa9\xe5\x85\xb9\n"
	    "page_limit = 500\n"
	    "cache_size = 0\n"
	    "log_level = debug\n") == C2C_OK, "%s", err);
	ck_assert_str_eq(cfg.listen, "127.0.0.1:9000");
	ck_assert_uint_eq(cfg.socket_mode, 0600);
	ck_assert_int_eq(cfg.workers, 256);
	ck_assert_int_eq(cfg.backlog, 1);
	ck_assert_str_eq(cfg.db_host, "db.example.org");
	ck_assert_int_eq(cfg.db_port, 65535);
	ck_assert_str_eq(cfg.db_socket, "");
	ck_assert_str_eq(cfg.db_user, "c2c_web");
	ck_assert_str_eq(cfg.db_password, "s3cret with spaces");
	ck_assert_str_eq(cfg.db_name, "twinning");
	ck_assert_int_eq(cfg.db_connect_timeout, 60);
	ck_assert_int_eq(cfg.db_read_timeout, 3600);
	ck_assert_str_eq(cfg.base_url, "https://www.example.city/c2c");
	ck_assert_str_eq(cfg.views_dir, "/srv/c2c/xslt");
	ck_assert_str_eq(cfg.sql_dir, "/srv/c2c/sql");
	ck_assert_str_eq(cfg.site_name, "Leeds \xe5\x88\xa9\xe5\x85\xb9");
	ck_assert_int_eq(cfg.page_limit, 500);
	ck_assert_int_eq(cfg.cache_size, 0);
	ck_assert_int_eq(cfg.log_level, LOG_LVL_DEBUG);
}
END_TEST

static const struct {
	const char *line;
	const char *listen;
} listen_cases[] = {
	{ "listen = unix:/run/c2c/other.sock", "unix:/run/c2c/other.sock" },
	{ "listen = fd:0", "fd:0" },
	{ "listen = localhost:9000", "localhost:9000" },
	{ "listen = [::1]:9000", "[::1]:9000" },
	{ "listen = 0.0.0.0:1", "0.0.0.0:1" },
};

START_TEST(test_listen_forms)
{
	ck_assert_msg(parse(listen_cases[_i].line) == C2C_OK, "%s: %s", listen_cases[_i].line, err);
	ck_assert_str_eq(cfg.listen, listen_cases[_i].listen);
}
END_TEST

static const struct {
	const char *line;
	unsigned    mode;
} octal_cases[] = {
	{ "socket_mode = 0660", 0660 },
	{ "socket_mode = 660", 0660 },
	{ "socket_mode = 0777", 0777 },
	{ "socket_mode = 0", 0 },
	{ "socket_mode = 0007", 07 },
};

START_TEST(test_octal)
{
	ck_assert_msg(parse(octal_cases[_i].line) == C2C_OK, "%s: %s", octal_cases[_i].line, err);
	ck_assert_uint_eq(cfg.socket_mode, octal_cases[_i].mode);
}
END_TEST

static const struct {
	const char    *line;
	enum log_level lvl;
} level_cases[] = {
	{ "log_level = error", LOG_LVL_ERR },
	{ "log_level = warning", LOG_LVL_WARN },
	{ "log_level = info", LOG_LVL_INFO },
	{ "log_level = debug", LOG_LVL_DEBUG },
};

START_TEST(test_log_levels)
{
	ck_assert_msg(parse(level_cases[_i].line) == C2C_OK, "%s", err);
	ck_assert_int_eq(cfg.log_level, level_cases[_i].lvl);
}
END_TEST

static const char *const good_base_urls[] = {
	"", "/c2c", "/city/c2c", "http://example.org", "https://www.example.city/c2c",
	"http://127.0.0.1:8080/c2c",
};

START_TEST(test_base_url_good)
{
	char line[128];

	snprintf(line, sizeof(line), "base_url = %s\n", good_base_urls[_i]);
	ck_assert_msg(parse(line) == C2C_OK, "%s: %s", line, err);
	ck_assert_str_eq(cfg.base_url, good_base_urls[_i]);
}
END_TEST

START_TEST(test_parse_over_existing)
{
	/* cfg_parse reads over what is already there: unset keys keep their values. */
	cfg_defaults(&cfg);
	cfg.workers = 9;
	snprintf(cfg.site_name, sizeof(cfg.site_name), "kept");
	ck_assert_int_eq(cfg_parse(&cfg, "t.conf", "backlog = 7\n", 12, err, sizeof(err)), C2C_OK);
	ck_assert_int_eq(cfg.workers, 9);
	ck_assert_int_eq(cfg.backlog, 7);
	ck_assert_str_eq(cfg.site_name, "kept");
}
END_TEST

START_TEST(test_small_error_buffer)
{
	char small[12];

	memset(small, 'z', sizeof(small));
	cfg_defaults(&cfg);
	ck_assert_int_eq(cfg_parse(&cfg, "a-rather-long-file-name.conf", "nope = 1", 8, small, sizeof(small)),
	    C2C_ECONFIG);
	ck_assert_uint_eq(strlen(small), sizeof(small) - 1);
	ck_assert_int_eq(strncmp(small, "a-rather-lo", 11), 0);
}
END_TEST

/* db_replicas through the file parser: the list lands in the configuration. */
START_TEST(test_replicas_key)
{
	ck_assert_int_eq(parse("db_replicas = db2.example.org, [fd00::2]:3307, /run/r.sock\n"
	    "db_replica_max_lag = 0\ndb_gtid_wait_ms = 0\n"), C2C_OK);
	ck_assert_int_eq(cfg.db_replicas.n, 3);
	ck_assert_str_eq(cfg.db_replicas.a[0].host, "db2.example.org");
	ck_assert_int_eq(cfg.db_replicas.a[0].port, 3306);
	ck_assert_str_eq(cfg.db_replicas.a[1].host, "fd00::2");
	ck_assert_int_eq(cfg.db_replicas.a[1].port, 3307);
	ck_assert_str_eq(cfg.db_replicas.a[2].host, "");
	ck_assert_str_eq(cfg.db_replicas.a[2].socket, "/run/r.sock");
	ck_assert_int_eq(cfg.db_replica_max_lag, 0);
	ck_assert_int_eq(cfg.db_gtid_wait_ms, 0);
	/* The defaults: no replica, everything on the primary. */
	ck_assert_int_eq(parse(""), C2C_OK);
	ck_assert_int_eq(cfg.db_replicas.n, 0);
	ck_assert_int_eq(cfg.db_replica_max_lag, 10);
	ck_assert_int_eq(cfg.db_replica_check_ms, 1000);
	ck_assert_int_eq(cfg.db_gtid_wait_ms, 200);
}
END_TEST

Suite *
cfg_suite(void)
{
	Suite *s = suite_create("cfg");
	TCase *tc = tcase_create("defaults");

	tcase_add_test(tc, test_replicas_key);
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_key_at);
	tcase_add_test(tc, test_key_defaults);
	suite_add_tcase(s, tc);

	tc = tcase_create("example");
	tcase_add_test(tc, test_example_documents_every_key);
	tcase_add_test(tc, test_example_loads);
	tcase_add_test(tc, test_example_values_are_defaults);
	suite_add_tcase(s, tc);

	tc = tcase_create("load");
	tcase_add_test(tc, test_load_missing_file);
	tcase_add_test(tc, test_load_file);
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_add_loop_test(tc, test_bad_values, 0, (int)(sizeof(bad_cases) / sizeof(bad_cases[0])));
	tcase_add_test(tc, test_unknown_key);
	tcase_add_test(tc, test_duplicate_key);
	tcase_add_test(tc, test_line_too_long);
	tcase_add_test(tc, test_value_too_long);
	tcase_add_test(tc, test_nul_byte);
	tcase_add_test(tc, test_small_error_buffer);
	suite_add_tcase(s, tc);

	tc = tcase_create("syntax");
	tcase_add_test(tc, test_comments_and_blanks);
	tcase_add_test(tc, test_hash_in_value_kept);
	tcase_add_test(tc, test_whitespace_trimmed);
	tcase_add_test(tc, test_good_values);
	tcase_add_loop_test(tc, test_listen_forms, 0, (int)(sizeof(listen_cases) / sizeof(listen_cases[0])));
	tcase_add_loop_test(tc, test_octal, 0, (int)(sizeof(octal_cases) / sizeof(octal_cases[0])));
	tcase_add_loop_test(tc, test_log_levels, 0, (int)(sizeof(level_cases) / sizeof(level_cases[0])));
	tcase_add_loop_test(tc, test_base_url_good, 0,
	    (int)(sizeof(good_base_urls) / sizeof(good_base_urls[0])));
	tcase_add_test(tc, test_parse_over_existing);
	suite_add_tcase(s, tc);
	return s;
}
