-- The first rows an import skipped for each reason, as the data team would look for them
-- ("sheet 'Table 4' rows 7, 8, 9, 10, 11", "lines 19, 20, 27"): first_line alone names neither the
-- sheet of a workbook nor whether the rows skipped are a few strays or a whole table. NULL for
-- imports recorded before it was kept.
ALTER TABLE import_skip ADD COLUMN places VARCHAR(500);
