# t21_data_version.sh: every table whose rows a page, feed or ETag shows bumps the data
# version on insert, update and delete (the page cache, the ETags and the version clock
# trust it: docs/architecture.md).  A new table fails here until it has its three
# triggers, or is named below with the reason it needs none.

# Tables no cached answer depends on, each with why.
#   api_tokens         credentials; read per request, never part of a page
#   audit_log          only /edit/audit shows it, never cached (no-store)
#   data_version       the counter itself
#   event_day_counts   derived from events by events' own triggers, which bump the version
#   feed_counters      each feed's last journal rank, read only by feed_log's triggers
#   feed_log           the feeds' journal, written by triggers of tables that bump the
#                      version: unfiltered feeds validate by its newest rank, filtered ones
#                      by the version
#   import_runs        /sources shows them, never cached nor validated (no-store)
#   schema_migrations  c2cctl migrate's bookkeeping
#   users              roles, read per request; only no-store editing pages show them
dv_private="api_tokens audit_log data_version event_day_counts feed_counters feed_log import_runs schema_migrations users"

dv_missing=$(sql "SELECT t.TABLE_NAME FROM information_schema.TABLES t
	WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' AND 3 > (
	  SELECT COUNT(DISTINCT tr.EVENT_MANIPULATION) FROM information_schema.TRIGGERS tr
	  WHERE tr.EVENT_OBJECT_SCHEMA = t.TABLE_SCHEMA AND tr.EVENT_OBJECT_TABLE = t.TABLE_NAME
	  AND tr.ACTION_TIMING = 'AFTER' AND tr.ACTION_STATEMENT LIKE '%data_version%')
	ORDER BY 1" | tr '\n' ' ' | sed 's/ $//')
expect_eq "every table but the private ones bumps the data version on insert, update and delete" \
	"$dv_missing" "$dv_private"

# And the triggers do bump it: a change to a small public table, undone.
v0=$(sql "SELECT version FROM data_version")
sql "UPDATE areas SET name_en = CONCAT(name_en, ' ') WHERE id = (SELECT MIN(id) FROM (SELECT id FROM areas) a)"
sql "UPDATE areas SET name_en = TRIM(TRAILING ' ' FROM name_en) WHERE id = (SELECT MIN(id) FROM (SELECT id FROM areas) a)"
expect_eq "... and a change moves it" "$(sql "SELECT version - $v0 FROM data_version")" 2
