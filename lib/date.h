/* date.h: the one home of calendar dates: proleptic Gregorian dates as days since
 * 1970-01-01 (Howard Hinnant's algorithms: exact for every date, no tables, no time zone),
 * leap years, month lengths, and the strict text form YYYY-MM-DD that the parameters, the
 * KPI input and the forms accept.  Used by the KPI periods (lib/kpi_calendar.c), the zone rules
 * (lib/tz.c), lib/param.c and lib/kpi_input.c. */
#ifndef C2C_DATE_H
#define C2C_DATE_H

#include <stdint.h>

/* Days since 1970-01-01 of y-m-d (m 1-12, d 1-31). */
int64_t civil_days(int64_t y, int m, int d);

/* Its inverse. */
void civil_date(int64_t days, int64_t *y, int *m, int *d);

/* 1 when y is a leap year of the Gregorian calendar. */
int date_is_leap(int64_t y);
/* Days of month m (1-12) of year y; 0 when m is not a month. */
int date_days_in_month(int64_t y, int m);
/* 1 when s is exactly "YYYY-MM-DD", a real date with ymin <= YYYY <= ymax. */
int date_text_valid(const char *s, int ymin, int ymax);

#endif
