package org.sendap.etl.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.sendap.etl.cli.CommandArguments.UsageException;
import org.sendap.etl.inbox.InboxFolder;
import org.sendap.etl.inbox.InboxPass;
import org.sendap.etl.inbox.InboxProcessor;
import org.sendap.etl.inbox.InboxProperties;
import org.sendap.etl.inbox.InboxWatcher;
import org.sendap.etl.job.ImportProgress;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * {@code watch --inbox DIR [--cron EXPR] [--once]}: imports what is dropped into the inbox folder,
 * now and then on the cron schedule until the process is stopped (Ctrl-C), or only now with
 * {@code --once} (exit 0 when nothing failed, 1 when a file went to {@code failed/}, 3 when the
 * pass could not get through the inbox).
 */
@Component
@Order(2)
class WatchCommand implements Command, DisposableBean {

	private static final String INBOX = "--inbox";

	private static final String CRON = "--cron";

	private static final String ONCE = "--once";

	private final InboxProcessor processor;

	private final InboxProperties properties;

	/** The watcher of a {@code watch} without {@code --once}, while it runs, and where it prints. */
	private InboxWatcher watcher;

	private PrintStream out;

	/** Set when the application closes, which can happen before the watch has begun (Ctrl-C at start-up). */
	private boolean closed;

	private final ProgressDisplay progress;

	WatchCommand(InboxProcessor processor, InboxProperties properties, ProgressDisplay progress) {
		this.processor = processor;
		this.properties = properties;
		this.progress = progress;
	}

	@Override
	public String name() {
		return "watch";
	}

	@Override
	public List<String> synopsis() {
		return List.of("watch --inbox DIR [--cron EXPR] [--once]");
	}

	@Override
	public String purpose() {
		return """
				import what is dropped into an inbox folder: now, then on a schedule (every 5 minutes
				unless --cron says otherwise) until stopped, or only now with --once. Each file then
				goes to archive/YYYY-MM-DD/, or to failed/ with a note of why""";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandArguments parsed = CommandArguments.parse(arguments, Set.of(INBOX, CRON), Set.of(ONCE));
		if (!parsed.words().isEmpty()) {
			throw new UsageException("unexpected '" + parsed.words().get(0) + "' (the folder is given with --inbox DIR)");
		}
		InboxFolder folder = new InboxFolder(inboxFolder(parsed), this.properties.settle());
		String cron = parsed.value(CRON).orElse(this.properties.cron());
		if (!CronExpression.isValidExpression(cron)) {
			throw new UsageException("'" + cron + "' is not a cron expression. Give six fields, second minute hour"
					+ " day-of-month month day-of-week, in quotes: --cron '0 */5 * * * *' (every 5 minutes),"
					+ " --cron '0 0 7 * * MON-FRI' (7 am on weekdays)");
		}
		InboxPassPrinter printer = new InboxPassPrinter(out, folder);
		try (ImportProgress.Watching shown = this.progress.showOn(out)) {
			if (parsed.isSet(ONCE)) {
				InboxPass pass = this.processor.process(folder);
				printer.print(pass);
				return !pass.completed() ? FAILED : pass.anyFailed() ? REJECTED : OK;
			}
			return watchUntilStopped(folder, cron, printer, out);
		}
	}

	private Path inboxFolder(CommandArguments parsed) {
		Path inbox;
		try {
			inbox = parsed.value(INBOX).map(Path::of).orElse(this.properties.path());
		}
		catch (InvalidPathException ex) {
			throw new UsageException("--inbox " + ex.getInput() + " is not a path: " + ex.getReason());
		}
		if (inbox == null) {
			throw new UsageException("which folder? Give it with --inbox DIR (or set sendap.inbox.path)");
		}
		if (!Files.isDirectory(inbox)) {
			throw new UsageException("there is no folder " + inbox.toAbsolutePath().normalize()
					+ "; create it, or check the path given to --inbox");
		}
		return inbox;
	}

	private int watchUntilStopped(InboxFolder folder, String cron, InboxPassPrinter printer, PrintStream out) {
		InboxWatcher watching = new InboxWatcher(this.processor, folder, cron, pass -> {
			if (pass.isEventful()) {
				printer.print(pass);
			}
		});
		synchronized (this) {
			if (this.closed) {
				return OK;
			}
			out.printf("Watching %s: now, then on the schedule '%s'. A file is imported once it has been left"
					+ " unchanged for %ds. Ctrl-C to stop.%n", folder.path(), cron, this.properties.settle().toSeconds());
			this.watcher = watching;
			this.out = out;
			watching.start();
			watching.passNow();
		}
		try {
			// Ctrl-C ends the process: closing the application stops the watcher (see destroy) after
			// the file in hand, and the process ends without this thread going any further.
			new CountDownLatch(1).await();
		}
		catch (InterruptedException ex) {
			// An interrupt is this command's stop signal when it runs inside another program (the tests):
			// fully handled here by stopping the watcher.
		}
		finally {
			stopWatching();
		}
		out.println("Stopped watching " + folder.path());
		return OK;
	}

	/** Stops the watch (after the file in hand) when the application closes: Ctrl-C. */
	@Override
	public void destroy() {
		synchronized (this) {
			this.closed = true;
		}
		stopWatching();
	}

	private void stopWatching() {
		InboxWatcher watching;
		boolean closing;
		synchronized (this) {
			watching = this.watcher;
			closing = this.closed;
			this.watcher = null;
		}
		if (watching != null) {
			if (closing) {
				this.out.println("Stopping: a file being imported is finished first");
			}
			watching.stop();
		}
	}

}
