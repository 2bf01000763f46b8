/* log.h: one line per message on stderr, journald-friendly. */
#ifndef C2C_LOG_H
#define C2C_LOG_H

enum log_level { LOG_LVL_ERR = 3, LOG_LVL_WARN = 4, LOG_LVL_INFO = 6, LOG_LVL_DEBUG = 7 };

/* Messages above this level are dropped; default LOG_LVL_INFO. */
void log_set_level(enum log_level lvl);
/* Name printed before each message ("c2c.fcgi"); the string must outlive logging. */
void log_set_ident(const char *ident);

/* Control characters in the message are escaped, so one call is always one line. */
void log_msg(enum log_level lvl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define log_err(...)   log_msg(LOG_LVL_ERR, __VA_ARGS__)
#define log_warn(...)  log_msg(LOG_LVL_WARN, __VA_ARGS__)
#define log_info(...)  log_msg(LOG_LVL_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_LVL_DEBUG, __VA_ARGS__)

/* For a command-line tool's errors: "ident: message" on stderr as a person expects it
 * (one trailing newline in fmt is dropped, controls escaped), at the journal's error
 * priority when stderr is the journal (under a systemd unit). */
void log_cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* 1 when stderr is the journal: JOURNAL_STREAM names its device and inode
 * (systemd.exec(5)); a variable inherited by a process whose stderr was redirected does
 * not.  Read once. */
int log_stderr_is_journal(void);

#endif
