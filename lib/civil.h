/* civil.h: proleptic Gregorian dates as days since 1970-01-01 (Howard Hinnant's
 * algorithms): exact for every date, no tables, no time zone.  Used by the KPI periods
 * (lib/kpi.c) and the zone rules (lib/tz.c). */
#ifndef C2C_CIVIL_H
#define C2C_CIVIL_H

#include <stdint.h>

/* Days since 1970-01-01 of y-m-d (m 1-12, d 1-31). */
int64_t civil_days(int64_t y, int m, int d);

/* Its inverse. */
void civil_date(int64_t days, int64_t *y, int *m, int *d);

#endif
