package org.sendap.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The damped-trend model against the textbook: the recursions of ETS(A,Ad,N) worked by hand, and the
 * prediction variances of Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i> (3rd
 * edition), table 8.8, in closed form for simple exponential smoothing ETS(A,N,N), Holt's linear
 * method ETS(A,A,N) and the damped trend ETS(A,Ad,N).
 */
class DampedTrendTests {

	private static final double[] SHORT = { 10, 12, 13, 15, 18 };

	/**
	 * By hand, alpha 0.5, beta* 0.4 (beta 0.2), phi 0.9, l(0) = 10, b(0) = (15 - 10) / 3:
	 * e(1) = 12 - (10 + 0.9 x 1.6667) = 0.5, l(1) = 11.75, b(1) = 1.6; e(2) = -0.19, l(2) = 13.095,
	 * b(2) = 1.402; e(3) = 0.6432, l(3) = 14.6784, b(3) = 1.39044; e(4) = 2.070204, l(4) = 16.964898,
	 * b(4) = 1.6654368; SSE 4.98555084.
	 */
	@Test
	void recursionsAreThoseOfTheTextbookWorkedByHand() {
		DampedTrend.Fit fit = DampedTrend.run(SHORT, 0.5, 0.4, 0.9, DampedTrend.initialTrend(SHORT));

		assertThat(fit.level()).isCloseTo(16.964898, within(1e-9));
		assertThat(fit.trend()).isCloseTo(1.6654368, within(1e-9));
		assertThat(fit.sse()).isCloseTo(4.985550841616, within(1e-9));
		Prediction prediction = DampedTrend.predict(fit, 2);
		// l(T) + phi b(T), then l(T) + (phi + phi^2) b(T)
		assertThat(prediction.mean()[0]).isCloseTo(18.46379112, within(1e-8));
		assertThat(prediction.mean()[1]).isCloseTo(19.812794928, within(1e-8));
	}

	@Test
	void varianceOfSimpleExponentialSmoothingIsSigmaSquaredTimesOnePlusAlphaSquaredHMinusOne() {
		double alpha = 0.3;
		DampedTrend.Fit fit = new DampedTrend.Fit(alpha, 0, 1.0, 50, 0, 8 * 4.0, 11);

		Prediction prediction = DampedTrend.predict(fit, 6);

		double sigma2 = fit.sigma() * fit.sigma();
		for (int h = 1; h <= 6; h++) {
			double textbook = sigma2 * (1 + alpha * alpha * (h - 1));
			assertThat(sd(prediction, h)).isCloseTo(Math.sqrt(textbook), within(1e-9));
		}
	}

	@Test
	void varianceOfHoltsLinearMethodIsTheTextbooksClosedForm() {
		double alpha = 0.8;
		double betaStar = 0.25;
		double beta = alpha * betaStar;
		DampedTrend.Fit fit = new DampedTrend.Fit(alpha, betaStar, 1.0, 50, 2, 30, 13);

		Prediction prediction = DampedTrend.predict(fit, 8);

		double sigma2 = fit.sigma() * fit.sigma();
		for (int h = 1; h <= 8; h++) {
			double textbook = sigma2 * (1 + (h - 1) * (alpha * alpha + alpha * beta * h + beta * beta * h * (2 * h - 1) / 6.0));
			assertThat(sd(prediction, h)).isCloseTo(Math.sqrt(textbook), within(1e-9));
		}
	}

	@Test
	void varianceOfTheDampedTrendIsTheTextbooksClosedForm() {
		double alpha = 0.5;
		double betaStar = 0.4;
		double phi = 0.9;
		double beta = alpha * betaStar;
		DampedTrend.Fit fit = new DampedTrend.Fit(alpha, betaStar, phi, 50, 2, 12, 9);

		Prediction prediction = DampedTrend.predict(fit, 8);

		double sigma2 = fit.sigma() * fit.sigma();
		for (int h = 1; h <= 8; h++) {
			double textbook = sigma2 * (1 + alpha * alpha * (h - 1)
					+ beta * phi * h / Math.pow(1 - phi, 2) * (2 * alpha * (1 - phi) + beta * phi)
					- beta * phi * (1 - Math.pow(phi, h)) / (Math.pow(1 - phi, 2) * (1 - phi * phi))
							* (2 * alpha * (1 - phi * phi) + beta * phi * (1 + 2 * phi - Math.pow(phi, h))));
			assertThat(sd(prediction, h)).isCloseTo(Math.sqrt(textbook), within(1e-9));
		}
	}

	@Test
	void intervalsAreTheNormalQuantilesOfTheForecastError() {
		DampedTrend.Fit fit = DampedTrend.run(SHORT, 0.5, 0.4, 0.9, DampedTrend.initialTrend(SHORT));

		Prediction prediction = DampedTrend.predict(fit, 3);

		for (int h = 0; h < 3; h++) {
			double sd = (prediction.upper95()[h] - prediction.mean()[h]) / 1.959963984540054;
			assertThat(prediction.upper80()[h] - prediction.mean()[h]).isCloseTo(1.2815515655446004 * sd, within(1e-9));
			assertThat(prediction.mean()[h] - prediction.lower95()[h]).isCloseTo(1.959963984540054 * sd, within(1e-9));
		}
		// sigma^2 = SSE / (4 errors - 3 parameters)
		assertThat(prediction.upper95()[0] - prediction.mean()[0]).isCloseTo(1.959963984540054 * Math.sqrt(4.985550841616),
				within(1e-8));
	}

	@Test
	void fittedToAStraightLineItForecastsTheLineAlmostExactly() {
		double[] line = new double[10];
		for (int t = 0; t < line.length; t++) {
			line[t] = 100 + 5 * t;
		}

		Prediction prediction = new DampedTrend().predict(line, 1).orElseThrow();

		// The trend is damped (phi at most 0.98), so one step ahead falls a little short of 150
		assertThat(prediction.mean()[0]).isCloseTo(150, within(0.5));
	}

	@Test
	void parametersStayInTheirBounds() {
		DampedTrend.Fit fit = DampedTrend.fit(new double[] { 1906, 1945, 2016, 1982, 1946, 2496, 3016 });

		assertThat(fit.alpha()).isBetween(1e-4, 1 - 1e-4);
		assertThat(fit.betaStar()).isBetween(1e-4, 1 - 1e-4);
		assertThat(fit.phi()).isBetween(DampedTrend.PHI_MIN, DampedTrend.PHI_MAX);
	}

	private static double sd(Prediction prediction, int h) {
		return (prediction.upper95()[h - 1] - prediction.mean()[h - 1]) / 1.959963984540054;
	}

}
