package org.sendap.etl.testsupport;

import static org.sendap.warehouse.Tables.IMPORT_RUN;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sendap.etl.pipeline.ImportOwner;

/**
 * Makes a RUNNING import look as if another process ran it: one still alive on another host, or one
 * that has died on this host, and a heartbeat silent for a while.
 */
public final class ImportOwners {

	public static final String ANOTHER_HOST = "another-host pid:[4026531836]";

	private ImportOwners() {
	}

	/** The owner is a process on this host that has exited, with a heartbeat as fresh as can be. */
	public static void deadProcessOnThisHost(DSLContext dsl, long importId) {
		setOwner(dsl, importId, ImportOwner.thisProcess().host(), exitedProcessId());
	}

	/** The owner is a process on another host, whose process ids this host cannot see, beating now. */
	public static void liveProcessOnAnotherHost(DSLContext dsl, long importId) {
		setOwner(dsl, importId, ANOTHER_HOST, 4242);
	}

	/** The import's last heartbeat was this long ago, by the database's clock. */
	public static void heartbeatSilentFor(DSLContext dsl, long importId, Duration silence) {
		var now = dsl.select(DSL.currentOffsetDateTime()).fetchSingle().value1();
		dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.HEARTBEAT_AT, now.minus(silence))
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
	}

	private static void setOwner(DSLContext dsl, long importId, String host, long pid) {
		dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.OWNER_HOST, host)
			.set(IMPORT_RUN.OWNER_PID, pid)
			.set(IMPORT_RUN.HEARTBEAT_AT, DSL.currentOffsetDateTime())
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
	}

	/** The id of a process that ran here and has exited (and been waited for, so it is no zombie). */
	public static long exitedProcessId() {
		try {
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-version")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			process.waitFor();
			return process.pid();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start a process to get a dead process id: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
