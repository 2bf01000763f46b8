/* match_data.h: the matching engine's profiles loaded from the database, with the names
 * that explanations and pages need.  Immutable once loaded: threads share one through
 * the lock of their owner and reload it when the data version changes. */
#ifndef C2C_MATCH_DATA_H
#define C2C_MATCH_DATA_H

#include <stdint.h>

#include "db.h"
#include "match.h"

struct match_city {
	uint32_t id;          /* cities.id */
	char     slug[65];
	char     country[3];
	char    *name_en, *name_zh, *name_local;   /* name_zh may be NULL */
};

struct match_area {
	char  slug[65];
	char *name_en, *name_zh;
};

struct match_data {
	struct match_set   *set;
	unsigned long long  version;     /* the data version it was loaded at */
	uint32_t            ncities;     /* = match_set_size(set); index i is cities[i] */
	struct match_city  *cities;
	int                 nareas;      /* bit i of an area mask is areas[i] */
	struct match_area   areas[MATCH_AREAS];
};

/* Loads every city, area, partnership, tie, organisation link and diaspora community.  *out is the caller's
 * (match_data_free).  C2C_EINVAL when there are more areas than MATCH_AREAS. */
enum c2c_err match_data_load(struct db *db, unsigned long long version, struct match_data **out);
void match_data_free(struct match_data *d);

/* The index of the city with this slug, or -1. */
long match_data_city(const struct match_data *d, const char *slug);
/* The bit of the area with this slug, or -1. */
int match_data_area(const struct match_data *d, const char *slug);

/* Name callbacks for match_explain, reading d. */
struct match_names match_data_namer(const struct match_data *d);

#endif
