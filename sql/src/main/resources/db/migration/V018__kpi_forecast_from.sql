-- A KPI whose first periods are not like the later ones is forecast from the first period that is:
-- new EHC plans in calendar year 2014 are the four months after EHC plans began on 1 September 2014.
-- forecast_from is the first day of the first period a forecast may be fitted to; forecast_from_reason
-- says why in plain English, for the forecast's stated assumptions. The figures before it are still
-- shown and benchmarked as published.
ALTER TABLE kpi ADD COLUMN forecast_from DATE;
ALTER TABLE kpi ADD COLUMN forecast_from_reason VARCHAR(500);
