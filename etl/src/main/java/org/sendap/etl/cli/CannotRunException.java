package org.sendap.etl.cli;

/**
 * A command cannot go on for a reason it has put in one line, with what to do about it (the
 * benchmark's PostgreSQL server cannot be reached, say): printed as it is, exit code 3.
 */
class CannotRunException extends RuntimeException {

	CannotRunException(String oneLine, Throwable cause) {
		super(oneLine, cause);
	}

}
