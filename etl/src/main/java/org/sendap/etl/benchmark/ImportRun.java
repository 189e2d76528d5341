package org.sendap.etl.benchmark;

import java.util.List;

/**
 * One warehouse's run of a benchmark: the reference data load that every import needs first, then
 * each file's import, and the most heap still in use after a file (after a garbage collection).
 */
public record ImportRun(Warehouse warehouse, long referenceNanos, List<FileTiming> files, long mostLiveHeapBytes) {

	public long importNanos() {
		return this.files.stream().mapToLong(FileTiming::nanos).sum();
	}

	public long factsWritten() {
		return this.files.stream().mapToLong(FileTiming::factsWritten).sum();
	}

	public long rowsRead() {
		return this.files.stream().mapToLong(FileTiming::rowsRead).sum();
	}

	public double importSeconds() {
		return importNanos() / 1e9;
	}

	public double referenceSeconds() {
		return this.referenceNanos / 1e9;
	}

	public FileTiming file(String name) {
		return this.files.stream().filter(file -> file.file().equals(name)).findFirst().orElseThrow();
	}

}
