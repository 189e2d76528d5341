package org.sendap.dashboard.forecast;

import java.util.Optional;

/**
 * A way of forecasting a series from its own history: fitted to the history, it predicts the next
 * periods with prediction intervals. Empty when the history is too short for the model.
 */
interface ForecastModel {

	/** The name in the API and the reports: damped-trend, population, last-value, last-trend. */
	String name();

	/** The method in plain English, for the page and the reports. */
	String description();

	/** The fewest observations the model can be fitted to. */
	int minimumHistory();

	Optional<Prediction> predict(double[] history, int horizon);

}
