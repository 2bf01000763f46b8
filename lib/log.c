/* log.c: one line per message on stderr.
 * Under systemd (JOURNAL_STREAM set) lines carry a "<N>" priority prefix that journald
 * reads; elsewhere they carry the level as a word. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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

void
log_msg(enum log_level lvl, const char *fmt, ...)
{
	char raw[1024], line[1200];
	size_t i, o = 0;
	va_list ap;

	if (lvl > max_level)
		return;
	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);

	for (i = 0; raw[i] != '\0' && o + 5 < sizeof(line); i++) {
		unsigned char c = (unsigned char)raw[i];
		if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(line + o, sizeof(line) - o, "\\x%02x", c);
		else
			line[o++] = (char)c;
	}
	line[o] = '\0';

	/* One fprintf per line: stdio locks the stream, so threads do not interleave. */
	if (getenv("JOURNAL_STREAM") != NULL)
		fprintf(stderr, "<%d>%s\n", (int)lvl, line);
	else
		fprintf(stderr, "%s: %s: %s\n", ident, level_word(lvl), line);
}
