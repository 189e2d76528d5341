-- The import that added an area the reference data did not have (an NHS provider, a new LA code).
-- When that import fails (rejected, or interrupted and recovered), the area stays in the dimension,
-- so the import of the same file again would no longer see it as new: the area remembers its import,
-- and an area whose import failed counts as new again, to the import that next meets it.
ALTER TABLE area ADD COLUMN introduced_by_import_id BIGINT;
ALTER TABLE area ADD CONSTRAINT fk_area_introduced_by_import
    FOREIGN KEY (introduced_by_import_id) REFERENCES import_run (import_id);
