/* log.c: one line per message on stderr.
 * When stderr is the journal (JOURNAL_STREAM names it) lines carry a "<N>" priority prefix
 * that journald reads; elsewhere they carry the level as a word. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"

static enum log_level max_level = LOG_LVL_INFO;
static const char *ident = "c2c";

void
log_set_level(enum log_level lvl)
{
	max_level = lvl;
}

void
log_set_ident(const char *s)
{
	ident = s;
}

static const char *
level_word(enum log_level lvl)
{
	switch (lvl) {
	case LOG_LVL_ERR:  return "error";
	case LOG_LVL_WARN: return "warning";
	case LOG_LVL_INFO: return "info";
	default:           return "debug";
	}
}

int
log_stderr_is_journal(void)
{
	/* -1: not yet known.  Two threads that race here compute the same answer. */
	static volatile int known = -1;
	const char *js;
	unsigned long long dev, ino;
	struct stat st;
	int n = 0;

	if (known >= 0)
		return known;
	js = getenv("JOURNAL_STREAM");
	if (js != NULL && sscanf(js, "%llu:%llu%n", &dev, &ino, &n) == 2 && js[n] == '\0' &&
	    fstat(STDERR_FILENO, &st) == 0 && (unsigned long long)st.st_dev == dev &&
	    (unsigned long long)st.st_ino == ino)
		known = 1;
	else
		known = 0;
	return known;
}

/* raw with its controls escaped into line (len bytes), so that one message is one line. */
static void
escape_line(const char *raw, char *line, size_t len)
{
	size_t i, o = 0;

	for (i = 0; raw[i] != '\0' && o + 5 < len; i++) {
		unsigned char c = (unsigned char)raw[i];
		if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(line + o, len - o, "\\x%02x", c);
		else
			line[o++] = (char)c;
	}
	line[o] = '\0';
}

void
log_msg(enum log_level lvl, const char *fmt, ...)
{
	char raw[1024], line[1200];
	va_list ap;

	if (lvl > max_level)
		return;
	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	escape_line(raw, line, sizeof(line));

	/* One fprintf per line: stdio locks the stream, so threads do not interleave. */
	if (log_stderr_is_journal())
		fprintf(stderr, "<%d>%s\n", (int)lvl, line);
	else
		fprintf(stderr, "%s: %s: %s\n", ident, level_word(lvl), line);
}

void
log_cli_err(const char *fmt, ...)
{
	char raw[1024], line[1200];
	size_t n;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	n = strlen(raw);
	if (n > 0 && raw[n - 1] == '\n')
		raw[n - 1] = '\0';
	escape_line(raw, line, sizeof(line));
	if (log_stderr_is_journal())
		fprintf(stderr, "<%d>%s: %s\n", (int)LOG_LVL_ERR, ident, line);
	else
		fprintf(stderr, "%s: %s\n", ident, line);
}
