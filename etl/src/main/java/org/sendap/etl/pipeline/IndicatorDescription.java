package org.sendap.etl.pipeline;

/**
 * A measure column of a dataset, with the label, unit and decimal places its release gives.
 */
public record IndicatorDescription(String column, String label, String unit, Integer decimals) {
}
