-- Which indicators and breakdowns of the warehouse each KPI input reads, resolved by the pipeline from
-- the catalogue's names, patterns and spellings whenever the catalogue or the warehouse's indicators
-- and breakdowns change (after every import). The dashboard reads these; the rules live in one place.
CREATE TABLE kpi_input_indicator (
    kpi_code        VARCHAR(64)  NOT NULL,
    source_position INTEGER      NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    column_name     VARCHAR(200) NOT NULL,
    indicator_id    BIGINT       NOT NULL,
    CONSTRAINT pk_kpi_input_indicator PRIMARY KEY (kpi_code, source_position, role, column_name, indicator_id),
    CONSTRAINT fk_kpi_input_indicator_kpi FOREIGN KEY (kpi_code) REFERENCES kpi (kpi_code),
    CONSTRAINT fk_kpi_input_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (indicator_id)
        ON DELETE CASCADE
);

CREATE TABLE kpi_input_breakdown (
    kpi_code        VARCHAR(64) NOT NULL,
    source_position INTEGER     NOT NULL,
    role            VARCHAR(16) NOT NULL,
    breakdown_id    BIGINT      NOT NULL,
    CONSTRAINT pk_kpi_input_breakdown PRIMARY KEY (kpi_code, source_position, role, breakdown_id),
    CONSTRAINT fk_kpi_input_breakdown_kpi FOREIGN KEY (kpi_code) REFERENCES kpi (kpi_code),
    CONSTRAINT fk_kpi_input_breakdown_breakdown FOREIGN KEY (breakdown_id) REFERENCES breakdown (breakdown_id)
);
