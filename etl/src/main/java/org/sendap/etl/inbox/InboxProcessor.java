package org.sendap.etl.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.sendap.etl.inbox.InboxFileResult.Status;
import org.sendap.etl.inbox.InboxFolder.InboxContents;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOrigin;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass over the inbox: every file that has stopped changing is imported (a zip: all its data
 * files, and it succeeds only if none is rejected), then moved to {@code archive/YYYY-MM-DD/}
 * when it was imported, or had been already, or to {@code failed/} with a note of why. A file that
 * vanishes or cannot be moved is reported; the pass goes on with the next one.
 */
@Component
public class InboxProcessor {

	private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

	private final FileImporter importer;

	private final ReferenceDataLoader referenceData;

	private final ImportHistory history;

	private final Clock clock = Clock.systemDefaultZone();

	/** One pass at a time in this application, whoever asks: the schedule, the command line, a test. */
	private final ReentrantLock onePassAtATime = new ReentrantLock();

	private volatile boolean referenceDataLoaded;

	public InboxProcessor(FileImporter importer, ReferenceDataLoader referenceData, ImportHistory history) {
		this.importer = importer;
		this.referenceData = referenceData;
		this.history = history;
	}

	public InboxPass process(InboxFolder folder) {
		return process(folder, () -> false);
	}

	/**
	 * A pass that stops before the next file once {@code stopRequested} says so (the file in hand is
	 * finished and moved first).
	 */
	public InboxPass process(InboxFolder folder, BooleanSupplier stopRequested) {
		this.onePassAtATime.lock();
		try {
			ZonedDateTime startedAt = ZonedDateTime.now(this.clock);
			InboxPass pass = holdingTheInbox(folder, startedAt, stopRequested);
			if (!pass.completed()) {
				log.warn("Inbox {}: {}", folder.path(), pass.problem());
			}
			return pass;
		}
		finally {
			this.onePassAtATime.unlock();
		}
	}

	private InboxPass holdingTheInbox(InboxFolder folder, ZonedDateTime startedAt, BooleanSupplier stopRequested) {
		if (!Files.isDirectory(folder.path())) {
			return InboxPass.notProcessed(folder.path(), startedAt,
					"the inbox folder " + folder.path() + " does not exist (or is not a folder)");
		}
		Optional<InboxLock> lock;
		try {
			lock = InboxLock.tryAcquire(folder.path());
		}
		catch (IOException ex) {
			return InboxPass.notProcessed(folder.path(), startedAt,
					"the inbox folder cannot be written to, so nothing can be moved out of it: " + FileMoves.describe(ex));
		}
		if (lock.isEmpty()) {
			return InboxPass.notProcessed(folder.path(), startedAt,
					"another process is processing this inbox (it holds " + InboxLock.FILE_NAME + "); this pass left it alone");
		}
		try (InboxLock held = lock.get()) {
			return new Pass(folder, startedAt, stopRequested).run();
		}
		catch (IOException ex) {
			return InboxPass.notProcessed(folder.path(), startedAt, "the inbox folder cannot be read: " + FileMoves.describe(ex));
		}
	}

	/** The work of one pass, with what it has done so far. */
	private final class Pass {

		private final InboxFolder folder;

		private final ZonedDateTime startedAt;

		private final BooleanSupplier stopRequested;

		private final List<InboxFileResult> results = new ArrayList<>();

		Pass(InboxFolder folder, ZonedDateTime startedAt, BooleanSupplier stopRequested) {
			this.folder = folder;
			this.startedAt = startedAt;
			this.stopRequested = stopRequested;
		}

		InboxPass run() throws IOException {
			InboxContents contents = this.folder.scan(this.startedAt.toInstant());
			List<Long> recovered = List.of();
			if (!contents.ready().isEmpty()) {
				try {
					recovered = prepareWarehouse();
				}
				catch (RuntimeException ex) {
					log.debug("Inbox pass could not prepare the warehouse", ex);
					String problem = whyStopped("the warehouse cannot be reached: ", ex)
							+ "; every file stays in the inbox for the next pass";
					return new InboxPass(this.folder.path(), this.startedAt, List.of(), contents.changing(),
							contents.folders(), List.of(), problem);
				}
			}
			for (Path file : contents.ready()) {
				if (this.stopRequested.getAsBoolean()) {
					break;
				}
				handled(importAndMove(file));
			}
			if (!this.stopRequested.getAsBoolean()) {
				contents.orphanMetadata().forEach(metadata -> handled(failOrphanMetadata(metadata)));
				if (contents.guidance() != null && !this.folder.scan(InboxProcessor.this.clock.instant()).hasDataFiles()) {
					handled(archiveGuidance(contents.guidance()));
				}
			}
			long notImported = this.results.stream().filter(result -> result.status() == Status.NOT_IMPORTED).count();
			String problem = notImported == 0 ? null
					: notImported + " file(s) could not be imported and stay in the inbox for the next pass";
			return new InboxPass(this.folder.path(), this.startedAt, this.results, contents.changing(), contents.folders(),
					recovered, problem);
		}

		/**
		 * Reference data first (once: it ships with the application), then the partial data of
		 * imports a stopped process left unfinished. Imports still running (an upload in this
		 * application, a command-line import in another process) are left alone.
		 */
		private List<Long> prepareWarehouse() {
			if (!InboxProcessor.this.referenceDataLoaded) {
				InboxProcessor.this.referenceData.load();
				InboxProcessor.this.referenceDataLoaded = true;
			}
			List<Long> recovered = InboxProcessor.this.importer.recoverInterrupted();
			if (!recovered.isEmpty()) {
				log.warn("Inbox: removed the partial data of interrupted imports {}", recovered);
			}
			return recovered;
		}

		private InboxFileResult importAndMove(Path file) {
			String name = file.getFileName().toString();
			List<SourceFile> sources = SourceFinder.find(List.of(file.toString())).files();
			if (sources.isEmpty()) {
				return new InboxFileResult(name, Status.VANISHED, List.of(), null, null, null,
						"it left the inbox before it could be imported");
			}
			List<ImportOutcome> outcomes = new ArrayList<>();
			try {
				for (SourceFile source : sources) {
					outcomes.add(InboxProcessor.this.importer.importFile(source, ImportOrigin.INBOX));
				}
			}
			catch (RuntimeException ex) {
				// Not the file's fault (a rejected file is an outcome, not an exception): keep it for the next pass.
				log.debug("Inbox: the import of {} stopped", name, ex);
				return new InboxFileResult(name, Status.NOT_IMPORTED, outcomes, null, null, null,
						whyStopped("the import stopped: ", ex) + "; the file stays in the inbox for the next pass");
			}
			if (outcomes.stream().anyMatch(ImportOutcome::isRejected)) {
				if (!Files.exists(file)) {
					return new InboxFileResult(name, Status.VANISHED, outcomes, null, null, null,
							"it left the inbox while it was being imported");
				}
				return recordingWhereItWent(sources, moveToFailed(name, withMetadata(file), outcomes,
						ReasonFile.forImports(name, outcomes, this.folder.path(), this.startedAt)));
			}
			Status status = outcomes.stream().anyMatch(outcome -> outcome.result() == ImportOutcome.Result.IMPORTED)
					? Status.IMPORTED : Status.ALREADY_IMPORTED;
			return recordingWhereItWent(sources, moveToArchive(name, withMetadata(file), status, outcomes));
		}

		/**
		 * The import history keeps where each import of the file finds it now, since the inbox path it
		 * was read from no longer exists. A history that cannot be updated leaves the move as it is.
		 */
		private InboxFileResult recordingWhereItWent(List<SourceFile> sources, InboxFileResult result) {
			if (!result.wasMoved()) {
				return result;
			}
			for (int i = 0; i < result.imports().size(); i++) {
				Long importId = result.imports().get(i).importId();
				if (importId == null) {
					continue;
				}
				String movedTo = sources.get(i).movedTo(result.movedTo()).locator();
				try {
					InboxProcessor.this.history.recordMove(importId, movedTo);
				}
				catch (RuntimeException ex) {
					log.warn("Inbox: import #{} could not record that its file is now {}: {}", importId, movedTo,
							rootMessage(ex));
				}
			}
			return result;
		}

		private InboxFileResult failOrphanMetadata(Path metadata) {
			String name = metadata.getFileName().toString();
			String dataFile = name.substring(0, name.length() - InboxFolder.METADATA_SUFFIX.length()) + ".csv";
			String why = name + ": this describes a data file named " + dataFile
					+ ", which is not in the inbox; a metadata file is not imported on its own."
					+ " Drop the data file and its metadata file in together, or the release zip.";
			return moveToFailed(name, List.of(metadata), List.of(),
					ReasonFile.forFile(name, why, this.folder.path(), this.startedAt));
		}

		private InboxFileResult archiveGuidance(Path guidance) {
			return moveToArchive(guidance.getFileName().toString(), List.of(guidance), Status.ARCHIVED, List.of());
		}

		private InboxFileResult moveToArchive(String name, List<Path> files, Status status, List<ImportOutcome> outcomes) {
			boolean findings = FindingsFile.isNeeded(outcomes);
			Path moved;
			try {
				moved = FileMoves.moveTogether(files, this.folder.archive(this.startedAt.toLocalDate()),
						findings ? FileMoves.FINDINGS_SUFFIX : null).get(0);
			}
			catch (IOException ex) {
				return new InboxFileResult(name, status, outcomes, null, null, null,
						"it could not be moved to " + InboxFolder.ARCHIVE + "/: " + FileMoves.describe(ex));
			}
			if (!findings) {
				return new InboxFileResult(name, status, outcomes, moved, null, null, null);
			}
			try {
				return new InboxFileResult(name, status, outcomes, moved, null, FindingsFile.write(moved,
						FindingsFile.forImports(name, outcomes, this.folder.path(), this.startedAt)), null);
			}
			catch (IOException ex) {
				return new InboxFileResult(name, status, outcomes, moved, null, null,
						"the note of its findings could not be written beside it: " + FileMoves.describe(ex));
			}
		}

		private InboxFileResult moveToFailed(String name, List<Path> files, List<ImportOutcome> outcomes, String reason) {
			Path moved;
			try {
				moved = FileMoves.moveTogether(files, this.folder.failed(), FileMoves.REASON_SUFFIX).get(0);
			}
			catch (IOException ex) {
				return new InboxFileResult(name, Status.FAILED, outcomes, null, null, null,
						"it could not be moved to " + InboxFolder.FAILED + "/ (so the next pass will try it again): "
								+ FileMoves.describe(ex));
			}
			try {
				return new InboxFileResult(name, Status.FAILED, outcomes, moved, ReasonFile.write(moved, reason), null,
						null);
			}
			catch (IOException ex) {
				return new InboxFileResult(name, Status.FAILED, outcomes, moved, null, null,
						"the note of why could not be written beside it: " + FileMoves.describe(ex));
			}
		}

		/** A stop of the application closes the warehouse under the import; its own error would mislead. */
		private String whyStopped(String what, RuntimeException ex) {
			return this.stopRequested.getAsBoolean() ? "the import was cut off because the application is stopping"
					: what + rootMessage(ex);
		}

		private void handled(InboxFileResult result) {
			this.results.add(result);
			InboxFileLog.log(this.folder, result);
		}

	}

	/** The data file, and the metadata file that describes it when there is one: they travel together. */
	private static List<Path> withMetadata(Path dataFile) {
		List<Path> group = new ArrayList<>(List.of(dataFile));
		InboxFolder.metadataOf(dataFile).ifPresent(group::add);
		return group;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

}
