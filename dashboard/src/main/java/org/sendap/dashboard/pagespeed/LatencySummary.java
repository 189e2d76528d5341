package org.sendap.dashboard.pagespeed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The spread of one page's response times: fewest, most and percentiles.
 * <p>
 * Percentiles use the nearest-rank method: with the n samples sorted from fastest to slowest and
 * ranked from 1, the p-th percentile is the sample at rank ceil(p / 100 &times; n), and the fastest
 * sample for p = 0. It is the fastest time that at least p % of the requests did not exceed, and it
 * is always a time that was measured, never a value interpolated between two. For 15, 20, 35, 40 and
 * 50 ms, p30 and p40 are 20 ms, p50 is 35 ms and p100 is 50 ms.
 */
final class LatencySummary {

	private final long[] sortedNanos;

	private LatencySummary(long[] sortedNanos) {
		this.sortedNanos = sortedNanos;
	}

	/**
	 * @param nanos the response times in any order (left as they are)
	 * @return empty when there are no times, since nothing can be said about their spread
	 */
	static Optional<LatencySummary> of(long[] nanos) {
		if (nanos.length == 0) {
			return Optional.empty();
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return Optional.of(new LatencySummary(sorted));
	}

	int count() {
		return this.sortedNanos.length;
	}

	long minNanos() {
		return this.sortedNanos[0];
	}

	long maxNanos() {
		return this.sortedNanos[this.sortedNanos.length - 1];
	}

	/** @param percent from 0 to 100, e.g. 95 for p95 */
	long percentileNanos(double percent) {
		if (!(percent >= 0 && percent <= 100)) {
			throw new IllegalArgumentException("a percentile is from 0 to 100, not " + percent);
		}
		// percent * n is exact for whole percents, so a rank such as 95 of 100 samples is not lost to rounding
		int rank = (int) Math.ceil(percent * this.sortedNanos.length / 100);
		return this.sortedNanos[Math.max(rank, 1) - 1];
	}

}
