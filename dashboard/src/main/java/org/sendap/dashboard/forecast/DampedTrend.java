package org.sendap.dashboard.forecast;

import java.util.Optional;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Holt's linear method with a damped trend, ETS(A,Ad,N) in Hyndman and Athanasopoulos, <i>Forecasting:
 * Principles and Practice</i>, sections 8.2 and 8.7. In error-correction form, with one-step error
 * e(t) = y(t) - (l(t-1) + phi b(t-1)):
 *
 * <pre>
 * l(t) = l(t-1) + phi b(t-1) + alpha e(t)
 * b(t) = phi b(t-1) + beta e(t)              (beta = alpha beta*, 0 &lt; beta* &lt; 1)
 * y(T+h) = l(T) + (phi + phi^2 + ... + phi^h) b(T)
 * var(T+h) = sigma^2 [1 + sum over j = 1 .. h-1 of (alpha + beta (phi + ... + phi^j))^2]
 * </pre>
 *
 * The start is l(0) = y(0) and b(0) = the mean of the first (up to three) changes; alpha, beta* and
 * phi are chosen by least squares of the one-step errors (bounded: 0.0001 to 0.9999, and phi 0.80 to
 * 0.98, the range the textbook recommends, so that the trend always flattens); sigma^2 is the sum of
 * squared errors over the errors less the three parameters.
 */
final class DampedTrend implements ForecastModel {

	static final String NAME = "damped-trend";

	static final double PHI_MIN = 0.80;

	static final double PHI_MAX = 0.98;

	private static final double LOW = 1e-4;

	private static final double HIGH = 1 - 1e-4;

	/** The fitted parameters of one history. */
	record Fit(double alpha, double betaStar, double phi, double level, double trend, double sse, int errors) {

		double beta() {
			return this.alpha * this.betaStar;
		}

		double sigma() {
			return Math.sqrt(this.sse / Math.max(1, this.errors - 3));
		}

	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "Damped trend (Holt's exponential smoothing with a damped trend): the level and the trend are "
				+ "updated each period, recent periods weighing most, and the trend fades gradually into the future.";
	}

	@Override
	public int minimumHistory() {
		return 4;
	}

	@Override
	public Optional<Prediction> predict(double[] history, int horizon) {
		if (history.length < minimumHistory()) {
			return Optional.empty();
		}
		return Optional.of(predict(fit(history), horizon));
	}

	static Prediction predict(Fit fit, int horizon) {
		double[] mean = new double[horizon];
		double[] sd = new double[horizon];
		double phiSum = 0;
		double variance = 0;
		double power = 1;
		for (int h = 1; h <= horizon; h++) {
			power *= fit.phi();
			phiSum += power;
			mean[h - 1] = fit.level() + phiSum * fit.trend();
			sd[h - 1] = fit.sigma() * Math.sqrt(1 + variance);
			// c(h) = alpha + beta (phi + ... + phi^h), for the horizon after this one
			double c = fit.alpha() + fit.beta() * phiSum;
			variance += c * c;
		}
		return Prediction.normal(mean, sd, String.format(java.util.Locale.UK, "alpha %.3f, beta* %.3f, phi %.3f",
				fit.alpha(), fit.betaStar(), fit.phi()));
	}

	/** The parameters that minimise the one-step squared errors. */
	static Fit fit(double[] y) {
		double trend0 = initialTrend(y);
		ObjectiveFunction sse = new ObjectiveFunction(p -> run(y, p[0], p[1], p[2], trend0).sse());
		BOBYQAOptimizer optimizer = new BOBYQAOptimizer(6, 0.05, 1e-8);
		PointValuePair best = optimizer.optimize(new MaxEval(5_000), sse, GoalType.MINIMIZE,
				new InitialGuess(new double[] { 0.5, 0.1, 0.9 }),
				new SimpleBounds(new double[] { LOW, LOW, PHI_MIN }, new double[] { HIGH, HIGH, PHI_MAX }));
		double[] p = best.getPoint();
		return run(y, p[0], p[1], p[2], trend0);
	}

	/** The recursions of the model with these parameters, from l(0) = y(0): the final state and the errors. */
	static Fit run(double[] y, double alpha, double betaStar, double phi, double trend0) {
		double level = y[0];
		double trend = trend0;
		double sse = 0;
		double beta = alpha * betaStar;
		for (int t = 1; t < y.length; t++) {
			double error = y[t] - (level + phi * trend);
			sse += error * error;
			level = level + phi * trend + alpha * error;
			trend = phi * trend + beta * error;
		}
		return new Fit(alpha, betaStar, phi, level, trend, sse, y.length - 1);
	}

	static double initialTrend(double[] y) {
		int changes = Math.min(3, y.length - 1);
		return (y[changes] - y[0]) / changes;
	}

}
