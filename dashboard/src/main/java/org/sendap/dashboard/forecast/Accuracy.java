package org.sendap.dashboard.forecast;

/**
 * How well a model forecast one period ahead on the periods held back from it (rolling origin).
 *
 * @param mape mean absolute percentage error, in percent
 * @param mase mean absolute scaled error: the error over the mean absolute period-to-period change of
 * the history it was fitted to (below 1 is better than the naive forecast was in-sample)
 * @param mae mean absolute error, in the KPI's unit
 * @param tests how many periods were held back and forecast
 */
public record Accuracy(Double mape, Double mase, double mae, int tests) {
}
