package org.sendap.dashboard.pagespeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencySummaryTests {

	@Test
	void percentilesAreTheSampleAtTheNearestRank() {
		LatencySummary summary = LatencySummary.of(new long[] { 15, 20, 35, 40, 50 }).orElseThrow();

		assertThat(summary.percentileNanos(5)).isEqualTo(15);
		assertThat(summary.percentileNanos(30)).isEqualTo(20);
		assertThat(summary.percentileNanos(40)).isEqualTo(20);
		assertThat(summary.percentileNanos(50)).isEqualTo(35);
		assertThat(summary.percentileNanos(100)).isEqualTo(50);
	}

	@Test
	void wholePercentsOfAHundredSamplesAreTheirOwnRank() {
		LatencySummary summary = LatencySummary.of(oneToHundred()).orElseThrow();

		assertThat(summary.minNanos()).isEqualTo(1);
		assertThat(summary.percentileNanos(50)).isEqualTo(50);
		assertThat(summary.percentileNanos(90)).isEqualTo(90);
		assertThat(summary.percentileNanos(95)).isEqualTo(95);
		assertThat(summary.percentileNanos(99)).isEqualTo(99);
		assertThat(summary.maxNanos()).isEqualTo(100);
	}

	@Test
	void aRankBetweenTwoSamplesRoundsUp() {
		// 95 % of 10 samples is rank 9.5: the 10th sample, the slowest
		LatencySummary summary = LatencySummary.of(LongStream.rangeClosed(1, 10).toArray()).orElseThrow();

		assertThat(summary.percentileNanos(95)).isEqualTo(10);
		assertThat(summary.percentileNanos(90)).isEqualTo(9);
		assertThat(summary.percentileNanos(0)).isEqualTo(1);
	}

	@Test
	void samplesInAnyOrderAreSortedWithoutChangingTheCallersArray() {
		long[] nanos = { 50, 15, 40, 20, 35 };

		LatencySummary summary = LatencySummary.of(nanos).orElseThrow();

		assertThat(summary.minNanos()).isEqualTo(15);
		assertThat(summary.percentileNanos(50)).isEqualTo(35);
		assertThat(summary.maxNanos()).isEqualTo(50);
		assertThat(nanos).containsExactly(50, 15, 40, 20, 35);
	}

	@Test
	void oneSampleIsEveryPercentile() {
		LatencySummary summary = LatencySummary.of(new long[] { 7 }).orElseThrow();

		assertThat(summary.percentileNanos(1)).isEqualTo(7);
		assertThat(summary.percentileNanos(99)).isEqualTo(7);
		assertThat(summary.count()).isEqualTo(1);
	}

	@Test
	void noSamplesHaveNoSummary() {
		assertThat(LatencySummary.of(new long[0])).isEmpty();
	}

	@Test
	void aPercentileOutsideZeroToHundredIsRefused() {
		LatencySummary summary = LatencySummary.of(oneToHundred()).orElseThrow();

		assertThatIllegalArgumentException().isThrownBy(() -> summary.percentileNanos(101));
	}

	private static long[] oneToHundred() {
		return LongStream.rangeClosed(1, 100).toArray();
	}

}
