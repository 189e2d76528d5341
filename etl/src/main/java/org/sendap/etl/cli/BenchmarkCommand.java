package org.sendap.etl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.sendap.etl.benchmark.BenchmarkDatabases;
import org.sendap.etl.benchmark.CopyBaseline;
import org.sendap.etl.benchmark.FileTiming;
import org.sendap.etl.benchmark.ImportBenchmark;
import org.sendap.etl.benchmark.ImportRun;
import org.sendap.etl.benchmark.Warehouse;
import org.sendap.etl.cli.CommandArguments.UsageException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceFinder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark PATH... [--postgres URL] [--postgres-user USER] [--postgres-password PASSWORD]}:
 * imports the files into an empty PostgreSQL warehouse and an empty H2 one, then loads the facts the
 * PostgreSQL import wrote again with nothing but {@code COPY}, and prints the times and their ratio.
 * The warehouses are made for the run and removed after it.
 */
@Component
@Order(4)
class BenchmarkCommand implements Command {

	private static final String POSTGRES = "--postgres";

	private static final String POSTGRES_USER = "--postgres-user";

	private static final String POSTGRES_PASSWORD = "--postgres-password";

	private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

	/** The import may take at most this many times as long as COPY on PostgreSQL. */
	private static final double TARGET_RATIO = 2;

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public List<String> synopsis() {
		return List.of("benchmark PATH... [--postgres URL] [--postgres-user USER] [--postgres-password PASSWORD]");
	}

	@Override
	public String purpose() {
		return """
				time the import of files into new PostgreSQL and H2 warehouses against PostgreSQL COPY
				of the same facts (server default jdbc:postgresql://127.0.0.1:5432/postgres, user
				postgres; a database sendap_benchmark is made there for the run and dropped after)""";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandArguments parsed = CommandArguments.parse(arguments, Set.of(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD),
				Set.of());
		if (parsed.words().isEmpty()) {
			throw new UsageException("which files? Give one or more files or folders, e.g. ../shared/data/real");
		}
		SourceFinder.Found found = SourceFinder.find(parsed.words());
		if (!found.missing().isEmpty()) {
			throw new UsageException("no such file or folder: " + String.join(", ", found.missing()));
		}
		String server = parsed.value(POSTGRES).orElse(DEFAULT_SERVER);
		String user = parsed.value(POSTGRES_USER).orElse("postgres");
		String password = parsed.value(POSTGRES_PASSWORD).orElse("");
		List<SourceFile> files = found.files();
		out.printf("Benchmark of %d files, %s, with %s of heap at most%n", files.size(), megabytes(totalSize(files)),
				megabytes(Runtime.getRuntime().maxMemory()));

		Warehouse postgreSql = onServer(server, () -> BenchmarkDatabases.freshPostgreSql(server, user, password));
		ImportRun onPostgreSql;
		CopyBaseline.Result copy;
		try {
			onPostgreSql = importInto(postgreSql, files, out);
			out.println("PostgreSQL COPY of the same facts ...");
			copy = CopyBaseline.measure(postgreSql);
		}
		finally {
			onServer(server, () -> {
				BenchmarkDatabases.dropPostgreSql(server, user, password);
				return server;
			});
		}
		Path h2Folder = BenchmarkDatabases.temporaryFolder();
		ImportRun onH2;
		try {
			onH2 = importInto(BenchmarkDatabases.freshH2(h2Folder), files, out);
		}
		finally {
			BenchmarkDatabases.delete(h2Folder);
		}
		printReport(out, onPostgreSql, onH2, copy);
		return OK;
	}

	/** Work on the benchmark's PostgreSQL server, whose failure to answer is said for that server and its options. */
	private static <T> T onServer(String server, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (RuntimeException ex) {
			throw DatabaseFailure.ofBenchmarkServer(server)
				.explain(ex)
				.map(line -> new CannotRunException(line, ex))
				.orElseThrow(() -> ex);
		}
	}

	private static ImportRun importInto(Warehouse warehouse, List<SourceFile> files, PrintStream out) {
		out.printf("%nImporting into %s (%s) ...%n", warehouse.name(), warehouse.url());
		// time first: the names, some of them zip entries, are too long for a column
		return ImportBenchmark.run(warehouse, files, timing -> out.printf("  %8s  %16s  %s%n", seconds(timing.seconds()),
				factsOrResult(timing), timing.file()));
	}

	private static void printReport(PrintStream out, ImportRun postgreSql, ImportRun h2, CopyBaseline.Result copy) {
		long imported = postgreSql.files().stream().filter(file -> file.factsWritten() > 0).count();
		out.printf("%nImport of %d files (%d imported, %d rejected): %s rows read, %s facts written%n",
				postgreSql.files().size(), imported, postgreSql.files().size() - imported, count(postgreSql.rowsRead()),
				count(postgreSql.factsWritten()));
		TextTable table = new TextTable(TextTable.text(""), TextTable.number("PostgreSQL"), TextTable.number("H2"));
		table.row("reference data (before the files)", seconds(postgreSql.referenceSeconds()),
				seconds(h2.referenceSeconds()));
		table.row("import of the files", seconds(postgreSql.importSeconds()), seconds(h2.importSeconds()));
		table.row("facts per second", count(Math.round(postgreSql.factsWritten() / postgreSql.importSeconds())),
				count(Math.round(h2.factsWritten() / h2.importSeconds())));
		table.row("heap in use after a file, at most", megabytes(postgreSql.mostLiveHeapBytes()),
				megabytes(h2.mostLiveHeapBytes()));
		table.print(out, "  ");
		out.printf("%nPostgreSQL COPY of the same %s facts%n", count(copy.rows()));
		TextTable copies = new TextTable(TextTable.text(""), TextTable.number("time"));
		copies.row("into a table equivalent to fact (primary key, checks, foreign keys)",
				seconds(copy.equivalentTableSeconds()));
		copies.row("into the same table without its foreign keys (for reference)",
				seconds(copy.withoutForeignKeysSeconds()));
		copies.print(out, "  ");
		double ratio = postgreSql.importSeconds() / copy.equivalentTableSeconds();
		out.printf("%nimport / COPY on PostgreSQL: %.2f (target: at most %.0f) %s%n", ratio, TARGET_RATIO,
				ratio <= TARGET_RATIO ? "met" : "NOT MET");
	}

	private static String factsOrResult(FileTiming timing) {
		return switch (timing.result()) {
			case IMPORTED -> count(timing.factsWritten()) + " facts";
			case ALREADY_IMPORTED -> "same as earlier";
			case REJECTED -> "rejected";
		};
	}

	private static long totalSize(List<SourceFile> files) {
		return files.stream().map(SourceFile::path).distinct().mapToLong(path -> path.toFile().length()).sum();
	}

	private static String seconds(double seconds) {
		return String.format(Locale.UK, "%.1f s", seconds);
	}

	private static String count(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.UK, "%,.0f MB", bytes / 1e6);
	}

}
