package org.sendap.etl.source;

/**
 * A file that cannot be imported as it stands. The message names the file, and where known the
 * line and column, and says what was expected, so that the data team can fix the file.
 */
public class InputRejectedException extends RuntimeException {

	private final String file;

	private final long line;

	private final String column;

	private final String problem;

	public InputRejectedException(String file, long line, String column, String problem) {
		super(describe(file, line, column, problem));
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	public InputRejectedException(String file, String problem) {
		this(file, 0, null, problem);
	}

	public InputRejectedException(String file, long line, String problem, Throwable cause) {
		super(describe(file, line, null, problem), cause);
		this.file = file;
		this.line = line;
		this.column = null;
		this.problem = problem;
	}

	private static String describe(String file, long line, String column, String problem) {
		StringBuilder where = new StringBuilder(file);
		if (line > 0) {
			where.append(", line ").append(line);
		}
		if (column != null) {
			where.append(", column '").append(column).append("'");
		}
		return where + ": " + problem;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

	public String column() {
		return this.column;
	}

	public String problem() {
		return this.problem;
	}

}
