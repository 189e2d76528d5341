-- Publisher's figure first: a ratio KPI may name the column in which its source publishes the rate
-- itself (role 'rate'), computed by the publisher from unrounded counts; for one area and period that
-- figure is served, and the numerator and denominator only shown beside it. A column name may also be
-- a pattern (column_pattern), for releases that put the year into a column's name (due_25, final_26).
ALTER TABLE kpi_input DROP CONSTRAINT ck_kpi_input_role;
ALTER TABLE kpi_input ADD CONSTRAINT ck_kpi_input_role CHECK (role IN ('numerator', 'denominator', 'value', 'rate'));
ALTER TABLE kpi_input ADD COLUMN column_pattern BOOLEAN DEFAULT FALSE NOT NULL;
