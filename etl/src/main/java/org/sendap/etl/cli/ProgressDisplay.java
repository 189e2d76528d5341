package org.sendap.etl.cli;

import java.io.PrintStream;
import java.time.Duration;

import org.sendap.etl.job.ImportProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shows the progress of long imports where a command prints: a progress bar when that is a terminal,
 * a plain line every {@code sendap.progress.interval} (default 10 seconds) otherwise.
 */
@Component
class ProgressDisplay {

	private final ImportProgress progress;

	private final Duration interval;

	ProgressDisplay(ImportProgress progress, @Value("${sendap.progress.interval:10s}") Duration interval) {
		this.progress = progress;
		this.interval = interval;
	}

	/** Shows progress on {@code out} until the returned handle is closed. */
	ImportProgress.Watching showOn(PrintStream out) {
		ImportProgress.Listener listener = isTerminal(out) ? new ProgressBar(out, System::nanoTime)
				: new ProgressLines(out, this.interval, System::nanoTime);
		return this.progress.watch(listener);
	}

	private static boolean isTerminal(PrintStream out) {
		// System.console() is there only when standard input and output are both a terminal (Java 17)
		return out == System.out && System.console() != null;
	}

}
