package org.sendap.etl.inbox;

import org.sendap.etl.job.ImportOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line per file of the inbox: what happened and where the file went, so that the log of
 * an application watching the inbox (the dashboard) tells the data team what became of each file.
 */
final class InboxFileLog {

	private static final Logger log = LoggerFactory.getLogger(InboxFileLog.class);

	private InboxFileLog() {
	}

	static void log(InboxFolder folder, InboxFileResult result) {
		String where = result.wasMoved() ? " -> " + folder.relative(result.movedTo()) : "";
		String problem = result.problem() == null ? "" : " (" + result.problem() + ")";
		switch (result.status()) {
			case IMPORTED -> log.info("Inbox: imported {}{}: {}{}", result.file(), where, importIds(result), problem);
			case ALREADY_IMPORTED -> log.info("Inbox: {} was imported before ({}){}{}", result.file(), importIds(result),
					where, problem);
			case ARCHIVED -> log.info("Inbox: archived {}{}{}", result.file(), where, problem);
			case FAILED -> log.warn("Inbox: {} failed{}: {}{}", result.file(), where, firstRejection(result), problem);
			case VANISHED, NOT_IMPORTED -> log.warn("Inbox: {} {}{}", result.file(), result.status(), problem);
		}
	}

	private static String importIds(InboxFileResult result) {
		return String.join(", ", result.imports().stream().map(outcome -> switch (outcome.result()) {
			case IMPORTED -> "import #" + outcome.summary().importId();
			case ALREADY_IMPORTED -> "import #" + outcome.earlierImport();
			case REJECTED -> "rejected";
		}).toList());
	}

	/** The first line of the first rejection: the place and the problem. */
	private static String firstRejection(InboxFileResult result) {
		return result.imports()
			.stream()
			.filter(ImportOutcome::isRejected)
			.map(ImportOutcome::message)
			.map(message -> message.lines().findFirst().orElse(message))
			.findFirst()
			.orElse("see its reason file");
	}

}
