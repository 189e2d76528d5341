-- A period an import brought for a KPI's source that the KPI found none of its rows in (a category
-- reworded by a new release): what it looked for against what the file has. The dashboard says so
-- for that period instead of leaving the period out without a word.
CREATE TABLE import_kpi_gap (
    import_id BIGINT        NOT NULL,
    kpi_code  VARCHAR(64)   NOT NULL,
    period_id BIGINT        NOT NULL,
    message   VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_import_kpi_gap PRIMARY KEY (import_id, kpi_code, period_id),
    CONSTRAINT fk_import_kpi_gap_import_run FOREIGN KEY (import_id) REFERENCES import_run (import_id),
    CONSTRAINT fk_import_kpi_gap_kpi FOREIGN KEY (kpi_code) REFERENCES kpi (kpi_code),
    CONSTRAINT fk_import_kpi_gap_period FOREIGN KEY (period_id) REFERENCES period (period_id)
);
