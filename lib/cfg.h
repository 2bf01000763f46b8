/* cfg.h: the c2c configuration file (see docs/man/c2c.conf.5 and conf/c2c.conf.example).
 * Format: one "key = value" per line; lines whose first non-blank is '#' are comments. */
#ifndef C2C_CFG_H
#define C2C_CFG_H

#include <stddef.h>

#include "err.h"
#include "log.h"
#include "match.h"
#include "replica.h"

#define CFG_STR_MAX 512

struct c2c_cfg {
	char           listen[CFG_STR_MAX];      /* "unix:PATH", "HOST:PORT" or "fd:0" */
	unsigned       socket_mode;              /* permissions of a unix socket */
	int            processes;
	int            workers;
	int            backlog;
	char           db_host[CFG_STR_MAX];     /* empty: use db_socket */
	int            db_port;
	char           db_socket[CFG_STR_MAX];
	char           db_user[CFG_STR_MAX];
	char           db_password[CFG_STR_MAX];
	char           db_name[CFG_STR_MAX];
	char           db_option_file[CFG_STR_MAX];  /* MariaDB option file; empty: none */
	char           db_option_group[CFG_STR_MAX]; /* read besides [client], [client-mariadb] */
	int            db_connect_timeout;       /* seconds */
	int            db_read_timeout;          /* seconds */
	int            db_statement_timeout;     /* seconds, c2c.fcgi only; 0: none */
	/* Read replicas (docs/scale-out.md): same user, password and database as the
	 * primary above, which takes every write. */
	struct replica_list db_replicas;         /* n == 0: all on the primary */
	int            db_replica_max_lag;       /* seconds behind beyond which one is skipped */
	int            db_replica_check_ms;      /* how often a worker asks a replica its lag */
	int            db_gtid_wait_ms;          /* a read after a write waits this long for it */
	char           base_url[CFG_STR_MAX];    /* empty: from SCRIPT_NAME */
	char           views_dir[CFG_STR_MAX];
	char           sql_dir[CFG_STR_MAX];
	char           schema_file[CFG_STR_MAX];
	char           site_name[CFG_STR_MAX];
	int            page_limit;               /* default "limit" of lists */
	int            cache_size;               /* MiB of built pages kept in memory; 0: none */
	int            version_check_ms;         /* how long a read data version is trusted */
	int            max_body_kb;              /* largest request body a write accepts */
	char           csrf_secret[CFG_STR_MAX]; /* signs the editing forms' CSRF tokens */
	struct match_weights match_weights;      /* default weights of the matching components */
	int            feed_page_size;           /* entries per Atom feed page */
	char           feed_id_prefix[CFG_STR_MAX]; /* "tag:authority,date:" of Atom ids */
	/* The calendar import (c2cctl import). */
	int            import_max_bytes;         /* largest calendar accepted, decoded */
	int            import_connect_timeout;   /* seconds to connect */
	int            import_timeout;           /* seconds for a whole fetch */
	char           import_allow_networks[CFG_STR_MAX]; /* CIDRs of loopback, private or
	                                          * link-local addresses that may be fetched
	                                          * all the same (tests, demos); "" none */
	int            import_window_past_days;  /* recurrences expanded from this far back */
	int            import_window_future_days;/* ... to this far ahead */
	int            import_max_instances;     /* recurrences kept per event at most */
	/* Budgets, so that one editor's source cannot multiply the importer's work. */
	int            import_max_occurrences;   /* occurrences per source per run */
	int            import_min_interval;      /* seconds between a rule's occurrences */
	int            import_max_property_bytes;/* one property, unfolded */
	int            import_max_parameters;    /* parameters of one property */
	int            import_source_seconds;    /* wall clock per source per run */
	int            import_parallel;          /* sources fetched at once */
	int            import_parallel_per_city; /* ... of one city */
	int            import_quarantine_after;  /* interrupted/over-budget runs in a row */
	int            import_quarantine_hours;  /* how long a quarantine lasts */
	int            import_max_sources_per_city; /* sources one city may have */
	char           import_ca_file[CFG_STR_MAX]; /* PEM CA bundle; empty: the system's */
	char           import_proxy[CFG_STR_MAX];   /* proxy URL for the fetches; empty: none */
	char           import_no_proxy[CFG_STR_MAX]; /* hosts fetched without it (NOPROXY) */
	/* Expressions of interest and their e-mail (issue 19). */
	int            interest_expiry_days;     /* a pending expression expires after */
	int            interest_reminder_days;   /* the candidate is reminded this long before */
	int            interest_max_per_month;   /* expressions one city sends in 30 days */
	int            interest_decline_days;    /* a declined sender waits this long to ask again */
	char           notify_relay[CFG_STR_MAX]; /* smtp:// or smtps:// URL; empty: no e-mail */
	char           notify_from[CFG_STR_MAX];  /* the From address */
	int            notify_tls_required;      /* 1: STARTTLS (or smtps) or no send */
	int            notify_timeout;           /* seconds for one message */
	enum log_level log_level;
	/* Reviews (issue 18). */
	int            review_stuck_months;      /* the step-stuck alert: months in one step */
};

/* Fills cfg with the defaults (the key table in cfg.c: the single place where they are set). */
void cfg_defaults(struct c2c_cfg *cfg);

/* Reads path over the values already in cfg.  On error returns C2C_ECONFIG (or C2C_EIO) and
 * writes "FILE:LINE: reason" into err. */
enum c2c_err cfg_load(struct c2c_cfg *cfg, const char *path, char *err, size_t errlen);

/* Parses text as if read from a file called name (for tests and for cfg_load). */
enum c2c_err cfg_parse(struct c2c_cfg *cfg, const char *name, const char *text, size_t len,
    char *err, size_t errlen);

/* The i-th known key, in documentation order; NULL past the last.  Tests check the docs. */
const char *cfg_key_at(size_t i);
/* The i-th key's default as a file would write it ("": empty); NULL past the last. */
const char *cfg_key_default(size_t i);

#endif
