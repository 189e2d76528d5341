-- NHS geographies (NHS region, ICB, sub-ICB location, provider) are areas too, keyed by their ONS code
-- (E54000011) with their ODS code (QOC) beside it, which the API also accepts. Providers that publish
-- no ONS code are keyed by a code made from their name ("provider:..."), hence the longer code.
ALTER TABLE area ALTER COLUMN code SET DATA TYPE VARCHAR(100);
ALTER TABLE area ADD COLUMN ods_code VARCHAR(16);
CREATE INDEX ix_area_ods_code ON area (ods_code);

-- Which ICB (or ICBs) serve each local authority: NHS measures appear for an LA through its ICB
-- footprint. An LA split between ICBs has one row per ICB; is_main marks the ICB serving most of it.
CREATE TABLE la_icb (
    la_area_id  BIGINT       NOT NULL,
    icb_area_id BIGINT       NOT NULL,
    is_main     BOOLEAN      NOT NULL,
    note        VARCHAR(500),
    CONSTRAINT pk_la_icb PRIMARY KEY (la_area_id, icb_area_id),
    CONSTRAINT fk_la_icb_la FOREIGN KEY (la_area_id) REFERENCES area (area_id),
    CONSTRAINT fk_la_icb_icb FOREIGN KEY (icb_area_id) REFERENCES area (area_id)
);
