package org.sendap.etl.cli;

import java.io.PrintStream;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.sendap.etl.job.ImportProgress;

/**
 * A progress bar on a terminal, redrawn in place on one line:
 * {@code caseload.csv  [##########..........]  52%  13,200 of 25,339 rows  310 rows/s  0:39 left}.
 * The line is wiped when the file is done, so that the summary that follows stays as it was.
 */
final class ProgressBar implements ImportProgress.Listener {

	private static final int BAR_WIDTH = 24;

	private static final int NAME_WIDTH = 32;

	/** At most five redraws a second: more only flickers and costs time. */
	private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

	private final PrintStream out;

	private final LongSupplier nanoTime;

	private ProgressMeter meter;

	private int lastLength;

	ProgressBar(PrintStream out, LongSupplier nanoTime) {
		this.out = out;
		this.nanoTime = nanoTime;
	}

	@Override
	public synchronized void inspecting(String file) {
		draw(shortName(file) + "  checking the whole file before loading it...");
	}

	@Override
	public synchronized void loading(String file, long rows) {
		this.meter = new ProgressMeter(rows, this.nanoTime);
		draw(line(file));
	}

	@Override
	public synchronized void loaded(String file, long rowsDone, long rows) {
		if (this.meter != null && (this.meter.updateAndCheckDue(rowsDone, REDRAW_NANOS) || rowsDone >= rows)) {
			draw(line(file));
		}
	}

	@Override
	public synchronized void finished(String file) {
		draw("");
		this.meter = null;
	}

	String line(String file) {
		int filled = (int) Math.round(this.meter.fraction() * BAR_WIDTH);
		StringJoiner line = new StringJoiner("  ");
		line.add(shortName(file));
		line.add("[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]");
		line.add(this.meter.percent());
		line.add(this.meter.rowsDone());
		String speed = this.meter.speed();
		if (!speed.isEmpty()) {
			line.add(speed);
			line.add(this.meter.timeLeft());
		}
		return line.toString();
	}

	private void draw(String line) {
		// carriage return, then blanks over whatever of the previous line is longer than this one
		this.out.print("\r" + line + " ".repeat(Math.max(0, this.lastLength - line.length())) + (line.isEmpty() ? "\r" : ""));
		this.out.flush();
		this.lastLength = line.length();
	}

	private static String shortName(String file) {
		return file.length() <= NAME_WIDTH ? file : file.substring(0, NAME_WIDTH - 3) + "...";
	}

}
