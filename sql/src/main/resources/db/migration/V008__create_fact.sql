-- One observation: indicator x area x period x breakdown, from one import.
-- No index on import_id alone: it would double the cost of every insert; an import's facts are found
-- through its dataset's indicators, the leading column of the primary key.
-- Exactly one of obs_value (an exact decimal) and obs_status is set: obs_status keeps what the publisher
-- wrote where there is no number, a suppression symbol (c, x, z, low, ...) or the text of a categorical
-- indicator (Y, N), verbatim.
CREATE TABLE fact (
    indicator_id BIGINT         NOT NULL,
    area_id      BIGINT         NOT NULL,
    period_id    BIGINT         NOT NULL,
    breakdown_id BIGINT         NOT NULL,
    import_id    BIGINT         NOT NULL,
    obs_value    NUMERIC(38, 12),
    obs_status   VARCHAR(200),
    CONSTRAINT pk_fact PRIMARY KEY (indicator_id, area_id, period_id, breakdown_id, import_id),
    CONSTRAINT fk_fact_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (indicator_id),
    CONSTRAINT fk_fact_area FOREIGN KEY (area_id) REFERENCES area (area_id),
    CONSTRAINT fk_fact_period FOREIGN KEY (period_id) REFERENCES period (period_id),
    CONSTRAINT fk_fact_breakdown FOREIGN KEY (breakdown_id) REFERENCES breakdown (breakdown_id),
    CONSTRAINT fk_fact_import_run FOREIGN KEY (import_id) REFERENCES import_run (import_id),
    CONSTRAINT ck_fact_value_or_status CHECK ((obs_value IS NULL AND obs_status IS NOT NULL)
                                           OR (obs_value IS NOT NULL AND obs_status IS NULL))
);
