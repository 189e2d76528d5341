package org.sendap.etl.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * Tells whoever is watching how far the running import has got: a progress bar on a terminal,
 * progress lines in a log. The import job reports; watchers register for as long as they watch.
 */
@Component
public class ImportProgress {

	/** Receives the progress of each file: a first pass that inspects it, then the load of its rows. */
	public interface Listener {

		default void inspecting(String file) {
		}

		/** The load has started; {@code rows} is how many rows the inspection counted. */
		default void loading(String file, long rows) {
		}

		/** Called often (every few hundred rows): listeners decide themselves how often to show it. */
		default void loaded(String file, long rowsDone, long rows) {
		}

		/** The file's load has ended, whatever its outcome. */
		default void finished(String file) {
		}

	}

	/** A listener's registration: closing it stops the progress reports. */
	public interface Watching extends AutoCloseable {

		@Override
		void close();

	}

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	/** Starts sending progress to the listener until the returned registration is closed. */
	public Watching watch(Listener listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	void inspecting(String file) {
		this.listeners.forEach(listener -> listener.inspecting(file));
	}

	void loading(String file, long rows) {
		this.listeners.forEach(listener -> listener.loading(file, rows));
	}

	void loaded(String file, long rowsDone, long rows) {
		this.listeners.forEach(listener -> listener.loaded(file, rowsDone, rows));
	}

	void finished(String file) {
		this.listeners.forEach(listener -> listener.finished(file));
	}

}
