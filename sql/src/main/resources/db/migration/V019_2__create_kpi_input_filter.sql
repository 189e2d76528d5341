-- The rows a KPI role reads, by meaning: per filter, every spelling the catalogue accepts for its value
-- (releases reword their categories). A value that is a total wording (Total, All ...) accepts any
-- total wording and the filter left out or blank. Filters the catalogue does not name must be at their
-- total. A role without filters reads the dataset's total row.
CREATE TABLE kpi_input_filter (
    kpi_code        VARCHAR(64)   NOT NULL,
    source_position INTEGER       NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    filter_name     VARCHAR(200)  NOT NULL,
    filter_value    VARCHAR(1000) NOT NULL,
    spelling        INTEGER       NOT NULL,
    CONSTRAINT pk_kpi_input_filter PRIMARY KEY (kpi_code, source_position, role, filter_name, spelling),
    CONSTRAINT fk_kpi_input_filter_kpi FOREIGN KEY (kpi_code) REFERENCES kpi (kpi_code)
);
