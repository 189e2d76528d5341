package org.sendap.dashboard.forecast;

/**
 * A model's forecast for the periods after the history: the expected value and the 80% and 95%
 * prediction intervals, one entry per period ahead (index 0 is one period ahead).
 *
 * @param parameters the fitted parameters in words, for the method's description
 */
public record Prediction(double[] mean, double[] lower80, double[] upper80, double[] lower95, double[] upper95,
		String parameters) {

	/** z for a two-sided 80% interval of a normal distribution. */
	static final double Z80 = 1.2815515655446004;

	/** z for a two-sided 95% interval. */
	static final double Z95 = 1.959963984540054;

	/** From the expected values and the standard deviation of each period's forecast error. */
	static Prediction normal(double[] mean, double[] sd, String parameters) {
		int h = mean.length;
		double[] lower80 = new double[h];
		double[] upper80 = new double[h];
		double[] lower95 = new double[h];
		double[] upper95 = new double[h];
		for (int i = 0; i < h; i++) {
			lower80[i] = mean[i] - Z80 * sd[i];
			upper80[i] = mean[i] + Z80 * sd[i];
			lower95[i] = mean[i] - Z95 * sd[i];
			upper95[i] = mean[i] + Z95 * sd[i];
		}
		return new Prediction(mean, lower80, upper80, lower95, upper95, parameters);
	}

	public int horizon() {
		return this.mean.length;
	}

}
