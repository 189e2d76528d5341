package org.sendap.etl.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The speed and time left of one file's load, from the rows done so far and the time since the
 * load started, written the way a person reads them: "12,000 of 25,339 rows", "310 rows/s", "0:39 left".
 */
final class ProgressMeter {

	/** Below this the speed is mostly start-up noise, so no time left is promised yet. */
	private static final long SETTLING_NANOS = Duration.ofSeconds(1).toNanos();

	private final LongSupplier nanoTime;

	private final long startedAt;

	private final long rows;

	private long rowsDone;

	private long shownAt;

	ProgressMeter(long rows, LongSupplier nanoTime) {
		this.rows = rows;
		this.nanoTime = nanoTime;
		this.startedAt = nanoTime.getAsLong();
		this.shownAt = this.startedAt;
	}

	void update(long rowsDone) {
		this.rowsDone = rowsDone;
	}

	/**
	 * Takes the rows done so far and tells whether it is time to show them again, {@code everyNanos}
	 * after they were last shown (the start counts as shown).
	 */
	boolean updateAndCheckDue(long rowsDone, long everyNanos) {
		update(rowsDone);
		long now = this.nanoTime.getAsLong();
		if (now - this.shownAt < everyNanos) {
			return false;
		}
		this.shownAt = now;
		return true;
	}

	long elapsedNanos() {
		return this.nanoTime.getAsLong() - this.startedAt;
	}

	/** 0 to 1. */
	double fraction() {
		return this.rows <= 0 ? 1 : Math.min(1, (double) this.rowsDone / this.rows);
	}

	String percent() {
		return String.format(Locale.UK, "%3d%%", (int) Math.floor(fraction() * 100));
	}

	String rowsDone() {
		return String.format(Locale.UK, "%,d of %,d rows", this.rowsDone, this.rows);
	}

	/** Rows per second so far, or an empty string while too early to say. */
	String speed() {
		long elapsed = elapsedNanos();
		if (elapsed < SETTLING_NANOS || this.rowsDone == 0) {
			return "";
		}
		return String.format(Locale.UK, "%,.0f rows/s", rowsPerSecond(elapsed));
	}

	/** The time left at the speed so far, e.g. {@code 1:05 left}, or an empty string while too early to say. */
	String timeLeft() {
		long elapsed = elapsedNanos();
		if (elapsed < SETTLING_NANOS || this.rowsDone == 0) {
			return "";
		}
		long secondsLeft = Math.round(Math.max(0, this.rows - this.rowsDone) / rowsPerSecond(elapsed));
		return clock(secondsLeft) + " left";
	}

	private double rowsPerSecond(long elapsedNanos) {
		return this.rowsDone / (elapsedNanos / 1e9);
	}

	/** {@code m:ss}, or {@code h:mm:ss} from an hour. */
	static String clock(long seconds) {
		long hours = seconds / 3600;
		long minutes = seconds % 3600 / 60;
		long secs = seconds % 60;
		return hours > 0 ? String.format(Locale.UK, "%d:%02d:%02d", hours, minutes, secs)
				: String.format(Locale.UK, "%d:%02d", minutes, secs);
	}

}
