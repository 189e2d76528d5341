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

	/**
	 * Every value and bound h periods ahead times {@code factor[h]}, plus {@code added[h]}: a rate's
	 * forecast turned into a count, a scenario applied to a baseline.
	 */
	Prediction scaled(double[] factor, double[] added, String parameters) {
		int h = horizon();
		double[][] bounds = { this.mean, this.lower80, this.upper80, this.lower95, this.upper95 };
		double[][] result = new double[bounds.length][h];
		for (int b = 0; b < bounds.length; b++) {
			for (int i = 0; i < h; i++) {
				result[b][i] = bounds[b][i] * factor[i] + added[i];
			}
		}
		return new Prediction(result[0], result[1], result[2], result[3], result[4], parameters);
	}

	public int horizon() {
		return this.mean.length;
	}

}
