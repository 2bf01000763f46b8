/* winzone.h: Windows time zone names (as Outlook and Exchange write them in TZID) and the
 * IANA zones they stand for (lib/winzone.c); the import reads them (lib/ics_parse.c). */
#ifndef C2C_WINZONE_H
#define C2C_WINZONE_H

#include <stddef.h>

/* The IANA zone for a Windows zone name ("W. Europe Standard Time" -> "Europe/Berlin"),
 * as CLDR's windowsZones maps them for the territory 001; NULL if not one. */
const char *ics_windows_zone(const char *name);

/* The i-th Windows name of the table, its IANA zone in *iana; NULL past the last.  For
 * tests. */
const char *ics_windows_zone_at(size_t i, const char **iana);

#endif
