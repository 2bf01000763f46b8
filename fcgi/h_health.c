/* h_health.c: "/healthz", for load balancers: which database servers this host reaches,
 * in which role, how far each replica lags, and whether reads can be served (200) or not
 * (503).  Every server is asked (an unreachable replica only once its back-off is over),
 * so the answer is now, not the workers' last impression: a survey is shared by the
 * workers of the process for at most version_check_ms and a quarter of
 * db_replica_check_ms (250 ms by default), so that load balancers asking many times a
 * second cost a few surveys a second, and a server that just stopped shows within that
 * time.  version_check_ms = 0 surveys at every call. */
#include <string.h>
#include <time.h>

#include "handlers.h"
#include "xml.h"

/* The servers' health into h (max entries), from a recent shared survey or a new one;
 * returns how many were filled. */
static size_t
survey(struct worker *w, struct db_server_health *h, size_t max)
{
	struct health_snapshot *s = w->health;
	long long now = monotonic_ms(), keep = w->cfg->db_replica_check_ms / 4;
	size_t n = 0;

	if (keep > w->cfg->version_check_ms)
		keep = w->cfg->version_check_ms;
	if (s != NULL && keep > 0) {
		pthread_mutex_lock(&s->lock);
		if (s->at_ms > 0 && now - s->at_ms < keep && s->n <= max) {
			n = s->n;
			memcpy(h, s->h, n * sizeof(*h));
		}
		pthread_mutex_unlock(&s->lock);
		if (n > 0)
			return n;
	}
	n = db_health(w->db, h, max);
	if (s != NULL && keep > 0 && n <= sizeof(s->h) / sizeof(s->h[0])) {
		pthread_mutex_lock(&s->lock);
		/* Two workers may survey at once: the later survey stays. */
		if (now >= s->at_ms) {
			s->at_ms = now;
			s->n = n;
			memcpy(s->h, h, n * sizeof(*h));
		}
		pthread_mutex_unlock(&s->lock);
	}
	return n;
}

enum c2c_err
h_health(struct c2c_req *req, xmlNodePtr root)
{
	struct db_server_health h[1 + REPLICAS_MAX];
	size_t n = survey(req->w, h, sizeof(h) / sizeof(h[0])), i;
	int reads = 0, all = 1;

	/* Reads are served when the primary answers, or a replica that answers and is fit,
	 * or any answering replica while the primary is away (db_reads does the same). */
	for (i = 0; i < n; i++) {
		int fit = i == 0 ? h[i].up : h[i].up && (h[i].state == REPLICA_READY ||
		    (!h[0].up && (h[i].state == REPLICA_LAGGING || h[i].state == REPLICA_STOPPED)));
		reads |= fit;
		all &= i == 0 ? h[i].up : h[i].up && h[i].state == REPLICA_READY;
	}
	req->status = reads ? 200 : 503;
	if (!reads)
		req->retry_after = 5;
	/* database="up" (with the data version reads see) keeps its meaning for a single
	 * server; status says "degraded" when some server is down or unfit. */
	if (xml_set_attr(root, "status", !reads ? "unavailable" : all ? "ok" : "degraded") < 0 ||
	    xml_set_attr(root, "database", reads ? "up" : "down") < 0 ||
	    xml_set_attr(root, "version", C2C_VERSION) < 0)
		return C2C_ENOMEM;
	if (reads) {
		unsigned long long v = 0;
		for (i = 0; i < n; i++)
			if (h[i].up && h[i].version > v)
				v = h[i].version;
		if (xml_set_attr_int(root, "data-version", (long long)v) < 0)
			return C2C_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		xmlNodePtr s = xml_add(root, "server");
		/* Replicas are named by their place in db_replicas, not their address: the
		 * page is public and the database hosts are none of the public's business. */
		if (s == NULL || xml_set_attr(s, "role", i == 0 ? "primary" : "replica") < 0 ||
		    (i > 0 && xml_set_attr_int(s, "n", (long long)i) < 0) ||
		    xml_set_attr(s, "state", i == 0 ? (h[i].up ? "up" : "down") :
		    replica_state_name(h[i].state)) < 0 ||
		    (h[i].up && xml_set_attr_int(s, "data-version", (long long)h[i].version) < 0) ||
		    (i > 0 && h[i].lag >= 0 && xml_set_attr_int(s, "lag", h[i].lag) < 0))
			return C2C_ENOMEM;
	}
	return C2C_OK;
}
