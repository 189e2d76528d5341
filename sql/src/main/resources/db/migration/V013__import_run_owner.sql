-- Which process runs an import, and when it last showed it was alive. Several processes may import
-- into one warehouse at once (the dashboard's uploads and inbox, a command-line import or watch), so a
-- RUNNING import is taken for interrupted only when its owner is provably gone: it ran on this host
-- (same host name and process-id namespace) and its process id is no longer alive, or its heartbeat,
-- refreshed while it runs, has stopped for longer than sendap.import.stale-after.
-- Times come from the database's clock, so that the hosts' clocks need not agree.
ALTER TABLE import_run ADD COLUMN owner_host VARCHAR(300);
ALTER TABLE import_run ADD COLUMN owner_pid BIGINT;
ALTER TABLE import_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
