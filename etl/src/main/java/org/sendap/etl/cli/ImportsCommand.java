package org.sendap.etl.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sendap.etl.cli.CommandArguments.UsageException;
import org.sendap.etl.cli.ImportHistoryRepository.ImportRun;
import org.sendap.etl.pipeline.ImportHistory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code imports [--limit N] [--status STATUS]}: the import history as a table, newest first.
 * {@code imports ID}: one import in full, with what its checks found and the rows it skipped; exit 1
 * when there is no such import.
 */
@Component
@Order(3)
class ImportsCommand implements Command {

	static final int DEFAULT_LIMIT = 20;

	private static final String LIMIT = "--limit";

	private static final String STATUS = "--status";

	private static final List<String> STATUSES = List.of(ImportHistory.RUNNING, ImportHistory.COMPLETED,
			ImportHistory.FAILED, ImportHistory.SUPERSEDED);

	private final ImportHistoryRepository repository;

	private final ImportHistory history;

	ImportsCommand(ImportHistoryRepository repository, ImportHistory history) {
		this.repository = repository;
		this.history = history;
	}

	@Override
	public String name() {
		return "imports";
	}

	@Override
	public List<String> synopsis() {
		return List.of("imports [--limit N] [--status STATUS]", "imports ID");
	}

	@Override
	public String purpose() {
		return "the import history, newest first: the last " + DEFAULT_LIMIT + " unless --limit says otherwise;\n"
				+ "--status " + String.join(", ", STATUSES.subList(0, 3)) + " or " + STATUSES.get(3) + ".\n"
				+ "imports ID: one import in full, with its checks, findings and skipped rows";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandArguments parsed = CommandArguments.parse(arguments, Set.of(LIMIT, STATUS), Set.of());
		if (parsed.words().size() > 1) {
			throw new UsageException("one import at a time: 'imports " + parsed.words().get(0) + "'");
		}
		if (parsed.words().size() == 1) {
			if (parsed.value(LIMIT).isPresent() || parsed.value(STATUS).isPresent()) {
				throw new UsageException("--limit and --status choose imports to list; leave them out to show one import");
			}
			return showOne(importId(parsed.words().get(0)), out);
		}
		int limit = limit(parsed.value(LIMIT));
		String status = status(parsed.value(STATUS));
		new ImportHistoryPrinter(out).printList(this.repository.newest(limit, status), this.repository.count(status),
				status);
		return OK;
	}

	private int showOne(long id, PrintStream out) {
		Optional<ImportRun> run = this.repository.find(id);
		if (run.isEmpty()) {
			out.println("There is no import #" + id + " in the import history; 'imports' lists them.");
			return REJECTED;
		}
		new ImportHistoryPrinter(out).printOne(run.get(), this.repository.checks(id), this.repository.findings(id),
				this.history.skips(id));
		return OK;
	}

	private static long importId(String word) {
		String digits = word.startsWith("#") ? word.substring(1) : word;
		try {
			long id = Long.parseLong(digits);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new UsageException("'" + word + "' is not an import number (the id column of 'imports')");
	}

	private static int limit(Optional<String> value) {
		if (value.isEmpty()) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value.get());
			if (limit > 0) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new UsageException("--limit " + value.get() + ": give a whole number above 0");
	}

	private static String status(Optional<String> value) {
		if (value.isEmpty()) {
			return null;
		}
		String status = value.get().toUpperCase(Locale.ROOT);
		if (!STATUSES.contains(status)) {
			throw new UsageException("--status " + value.get() + ": give one of " + String.join(", ", STATUSES));
		}
		return status;
	}

}
