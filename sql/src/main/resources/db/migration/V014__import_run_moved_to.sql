-- Where the inbox moved a file after importing it (archive/YYYY-MM-DD/ or failed/), in the form of
-- source_path (path, or zip!entry). source_path keeps where the file was read from, which is also how
-- the import's Spring Batch job names it. NULL when the file was not moved.
ALTER TABLE import_run ADD COLUMN moved_to VARCHAR(2000);
