/* tz.h: UTC to local time in an IANA zone, from the system's compiled zone files (TZif,
 * RFC 8536) under $TZDIR or /usr/share/zoneinfo.
 *
 * Why not localtime_r: it reads the process-wide TZ, so switching zones per request is not
 * thread-safe.  Why not libical: its built-in zone cache must be used under lib/ics.c's
 * lock only.  A parsed zone here is a plain immutable value: load it once, ask it from
 * any thread, free it. */
#ifndef C2C_TZ_H
#define C2C_TZ_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"

#define TZ_NAME_MAX  64
#define TZ_ABBR_MAX  8
#define TZ_LOCAL_LEN 26   /* "YYYY-MM-DDTHH:MM:SS+HH:MM" and its NUL */

struct tz_zone;

/* What a zone says at one instant. */
struct tz_info {
	int32_t offset;               /* seconds east of UTC: 3600 for CET, 28800 for China */
	int     dst;                  /* 1 during daylight saving time */
	char    abbr[TZ_ABBR_MAX];    /* "CEST", "CST", "+08"; "" when the file has none */
};

/* 1 when name can be an IANA zone name: 1..TZ_NAME_MAX bytes of [A-Za-z0-9_+-] in
 * '/'-separated parts, none empty, "." or ".." (so it never leaves the zone directory). */
int tz_name_valid(const char *name);

/* Loads the zone name ("Europe/Berlin").  *out (caller frees with tz_free) on C2C_OK;
 * C2C_EINVAL for a bad name, C2C_ENOTFOUND when no such file, C2C_EIO when the file is
 * not a TZif file this reader understands, C2C_ENOMEM. */
enum c2c_err tz_load(const char *name, struct tz_zone **out);
/* Parses a TZif image (the bytes of a zone file): the part of tz_load that tests use. */
enum c2c_err tz_parse(const unsigned char *data, size_t len, struct tz_zone **out);
void tz_free(struct tz_zone *z);

/* The offset in force at t (seconds since the epoch, UTC).  Before the first transition:
 * the zone's first local time type; after the last: the POSIX rule at the file's end
 * (TZif v2+, "CET-1CEST,M3.5.0,M10.5.0/3" form), or the last type when there is none. */
void tz_info_at(const struct tz_zone *z, int64_t t, struct tz_info *out);

/* t as local time with its offset, "2019-05-01T10:00:00+02:00" (RFC 3339). */
void tz_format_local(const struct tz_zone *z, int64_t t, char out[TZ_LOCAL_LEN],
    struct tz_info *info);

/* "YYYY-MM-DD HH:MM:SS" (UTC, as the database writes it) to seconds since the epoch.
 * C2C_EINVAL when s has another form or is not a real time. */
enum c2c_err tz_parse_utc(const char *s, int64_t *out);

#endif
