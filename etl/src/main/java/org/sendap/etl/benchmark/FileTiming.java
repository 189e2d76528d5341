package org.sendap.etl.benchmark;

import org.sendap.etl.job.ImportOutcome;

/** One file's import in a benchmark run: what happened to it, the facts it wrote and how long it took. */
public record FileTiming(String file, ImportOutcome.Result result, long rowsRead, long factsWritten, long nanos) {

	public double seconds() {
		return this.nanos / 1e9;
	}

}
