package org.sendap.dashboard.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Small helpers of the forecasting code.
 */
final class Forecasts {

	private Forecasts() {
	}

	/** A number for a description: at most two decimals, no exponent. */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
