-- The KPI catalogue: what each KPI means and how it is computed from indicators.
CREATE TABLE kpi (
    kpi_code    VARCHAR(64)   NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    unit        VARCHAR(16)   NOT NULL,
    polarity    VARCHAR(16)   NOT NULL,
    priority    INTEGER       NOT NULL,
    computation VARCHAR(16)   NOT NULL,
    multiplier  NUMERIC(12, 2) NOT NULL,
    decimals    INTEGER       NOT NULL,
    target      NUMERIC(20, 6),
    definition  VARCHAR(2000) NOT NULL,
    source      VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_kpi PRIMARY KEY (kpi_code),
    CONSTRAINT ck_kpi_polarity CHECK (polarity IN ('higher', 'lower')),
    CONSTRAINT ck_kpi_priority CHECK (priority BETWEEN 1 AND 7),
    CONSTRAINT ck_kpi_computation CHECK (computation IN ('ratio', 'published'))
);

-- Each layout a KPI can be computed from: numerator and denominator columns (or a published value
-- column) and the breakdown that holds the all-children total in that layout.
CREATE TABLE kpi_source (
    kpi_code           VARCHAR(64)  NOT NULL,
    position           INTEGER      NOT NULL,
    numerator_column   VARCHAR(200),
    denominator_column VARCHAR(200),
    value_column       VARCHAR(200),
    breakdown_key_hash CHAR(64)     NOT NULL,
    breakdown_label    VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_kpi_source PRIMARY KEY (kpi_code, position),
    CONSTRAINT fk_kpi_source_kpi FOREIGN KEY (kpi_code) REFERENCES kpi (kpi_code)
);
