package org.sendap.etl.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.function.LongSupplier;

import org.sendap.etl.job.ImportProgress;

/**
 * Progress as plain lines, for output that is not a terminal (a log file, a scheduler's mail): a line
 * every so often while a file loads, none for a file that loads quicker than that.
 * {@code caseload.csv: 13,200 of 25,339 rows (52%), 310 rows/s, 0:39 left}
 */
final class ProgressLines implements ImportProgress.Listener {

	private final PrintStream out;

	private final LongSupplier nanoTime;

	private final long intervalNanos;

	private ProgressMeter meter;

	ProgressLines(PrintStream out, Duration interval, LongSupplier nanoTime) {
		this.out = out;
		this.intervalNanos = interval.toNanos();
		this.nanoTime = nanoTime;
	}

	@Override
	public synchronized void loading(String file, long rows) {
		this.meter = new ProgressMeter(rows, this.nanoTime);
	}

	@Override
	public synchronized void loaded(String file, long rowsDone, long rows) {
		if (this.meter != null && this.meter.updateAndCheckDue(rowsDone, this.intervalNanos) && rowsDone < rows) {
			StringJoiner line = new StringJoiner(", ", file + ": ", "");
			line.add(this.meter.rowsDone() + " (" + this.meter.percent().trim() + ")");
			line.add(this.meter.speed()).add(this.meter.timeLeft());
			this.out.println(line.toString().replaceAll("(, )+$", ""));
		}
	}

	@Override
	public synchronized void finished(String file) {
		this.meter = null;
	}

}
