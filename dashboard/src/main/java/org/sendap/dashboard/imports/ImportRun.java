package org.sendap.dashboard.imports;

import java.time.Instant;
import java.util.List;

/**
 * One import as the import history and {@code GET /api/v1/imports} show it. The component names
 * are the JSON field names of the public API: keep them stable.
 *
 * @param source the layout the file was recognised as ({@code ees-csv}, {@code
 * nhs-chs-waiting-lists}), or {@code not recognised}
 * @param origin what started it: {@code command line}, {@code inbox}, {@code upload} or {@code first start}
 * @param publication the release's publication; null when the import created no dataset (it failed)
 * @param supersededBy the later import of the same dataset that replaced this one
 * @param supersedes the earlier imports this one replaced
 * @param sourcePath where the file was read from: its path, or {@code zip!entry} for a file of a zip
 * @param movedTo where the inbox moved the file after the import (its {@code archive/} or {@code
 * failed/} folder), in the same form; null when the file was not moved
 */
public record ImportRun(long importId, String file, String sha256, String source, String origin, String publication,
		String dataset, String release, String status, Instant startedAt, Instant finishedAt, long rowsRead,
		long factsWritten, long rowsSkipped, long warnings, long errors, String message, Long supersededBy,
		List<Long> supersedes, String sourcePath, String movedTo) {

	public static final String RUNNING = "RUNNING";

	public static final String COMPLETED = "COMPLETED";

	public static final String FAILED = "FAILED";

	public static final String SUPERSEDED = "SUPERSEDED";

	public static final List<String> STATUSES = List.of(RUNNING, COMPLETED, FAILED, SUPERSEDED);

	/** The first characters of the checksum, enough to tell files apart on a page. */
	public String shortSha256() {
		return this.sha256 == null || this.sha256.length() <= 12 ? this.sha256 : this.sha256.substring(0, 12);
	}

	/**
	 * The gist of the message for a row of the list, the whole of it being on the import's page: its
	 * first line, without the file name the row already shows and without a list it introduces.
	 */
	public String messageHeadline() {
		if (this.message == null) {
			return null;
		}
		String first = this.message.lines().findFirst().orElse("");
		if (first.startsWith(this.file + ": ")) {
			first = first.substring(this.file.length() + 2);
		}
		int lastSentence = first.lastIndexOf(". ");
		if (first.endsWith(":") && lastSentence > 0) {
			first = first.substring(0, lastSentence + 1);
		}
		return first.length() > 160 ? first.substring(0, 159) + "…" : first;
	}

}
