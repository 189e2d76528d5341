package org.sendap.etl.inbox;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.sendap.etl.inbox.InboxFileResult.Status;

/**
 * What one pass over the inbox did.
 *
 * @param inbox the inbox folder
 * @param startedAt when the pass began
 * @param files what happened to each file handled, in the order handled
 * @param waiting files left for a later pass because they were still changing
 * @param ignoredFolders folders dropped into the inbox, which are not imported
 * @param recoveredImports imports that a stopped process had left unfinished, whose partial data
 * this pass removed
 * @param problem why the pass did not get through the inbox (the folder is missing, another process
 * holds it, the warehouse cannot be reached), or null when it did
 */
public record InboxPass(Path inbox, ZonedDateTime startedAt, List<InboxFileResult> files, List<Path> waiting,
		List<Path> ignoredFolders, List<Long> recoveredImports, String problem) {

	public InboxPass {
		files = List.copyOf(files);
		waiting = List.copyOf(waiting);
		ignoredFolders = List.copyOf(ignoredFolders);
		recoveredImports = List.copyOf(recoveredImports);
	}

	static InboxPass notProcessed(Path inbox, ZonedDateTime startedAt, String problem) {
		return new InboxPass(inbox, startedAt, List.of(), List.of(), List.of(), List.of(), problem);
	}

	public long count(Status status) {
		return this.files.stream().filter(file -> file.status() == status).count();
	}

	/** Whether any file went to {@code failed/} (or was rejected and could not be moved there). */
	public boolean anyFailed() {
		return count(Status.FAILED) > 0;
	}

	public boolean completed() {
		return this.problem == null;
	}

	/** Whether the pass has anything to say: a file handled or waiting, or a problem. */
	public boolean isEventful() {
		return !this.files.isEmpty() || !this.waiting.isEmpty() || !this.recoveredImports.isEmpty() || this.problem != null;
	}

}
