package org.sendap.etl.inbox;

import java.nio.file.Files;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs inbox passes on a cron schedule, one at a time, on a thread of its own. A bean of it (see
 * {@link InboxConfiguration}) starts with its application; the command line's {@code watch}
 * starts one itself. Its scheduler is not a bean, so that it never becomes the application's
 * scheduler for other work.
 * <p>
 * On stop, the pass in progress finishes the file in hand and moves it; the next files wait for the
 * next start. A file cut off by a harder stop is safe too: its import is undone on the next pass.
 */
public class InboxWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

	/** How long stopping waits for the file in hand; a big workbook can take a while. */
	private static final int SECONDS_TO_FINISH_THE_FILE_IN_HAND = 60;

	private final InboxProcessor processor;

	private final InboxFolder folder;

	private final CronTrigger trigger;

	private final Consumer<InboxPass> onPass;

	private ThreadPoolTaskScheduler scheduler;

	private ScheduledFuture<?> schedule;

	private volatile boolean running;

	/**
	 * @param cron a Spring 6-field cron expression
	 * @param onPass told about every pass, on the watcher's thread
	 * @throws IllegalArgumentException if the cron expression is not valid
	 */
	public InboxWatcher(InboxProcessor processor, InboxFolder folder, String cron, Consumer<InboxPass> onPass) {
		this.processor = processor;
		this.folder = folder;
		this.trigger = new CronTrigger(cron);
		this.onPass = onPass;
	}

	public InboxFolder folder() {
		return this.folder;
	}

	public String cron() {
		return this.trigger.getExpression();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("inbox-");
		this.scheduler.setWaitForTasksToCompleteOnShutdown(true);
		this.scheduler.setAwaitTerminationSeconds(SECONDS_TO_FINISH_THE_FILE_IN_HAND);
		this.scheduler.initialize();
		this.running = true;
		this.schedule = this.scheduler.schedule(this::pass, this.trigger);
		if (!Files.isDirectory(this.folder.path())) {
			log.warn("The inbox folder {} does not exist; every pass will say so until it does", this.folder.path());
		}
		log.info("Watching the inbox {} on the schedule '{}'", this.folder.path(), cron());
	}

	/** A pass now, on the watcher's thread, so that it never overlaps a scheduled one. */
	public synchronized Future<?> passNow() {
		if (!this.running) {
			throw new IllegalStateException("the inbox watcher is not running");
		}
		return this.scheduler.submit(this::pass);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.schedule.cancel(false);
		// waits for the pass in progress, which stops after its file in hand because running is false
		this.scheduler.shutdown();
		log.info("Stopped watching the inbox {}", this.folder.path());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void pass() {
		if (!this.running) {
			return;
		}
		try {
			this.onPass.accept(this.processor.process(this.folder, () -> !this.running));
		}
		catch (RuntimeException ex) {
			// the schedule must outlive one bad pass
			log.error("Inbox pass over {} failed", this.folder.path(), ex);
		}
	}

}
