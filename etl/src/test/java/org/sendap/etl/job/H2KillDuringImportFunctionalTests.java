package org.sendap.etl.job;

import java.time.Duration;

/**
 * A killed import run again on the embedded H2 database, in files as a fresh install keeps it, with
 * {@code AUTO_SERVER} as the dashboard and the command line share it: the killed process held the
 * database, and the next one takes it over.
 */
class H2KillDuringImportFunctionalTests extends KillDuringImportFunctionalTests {

	private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

	@Override
	Warehouse freshWarehouse(String name) {
		String url = "jdbc:h2:file:" + this.folder.resolve(name).toAbsolutePath() + SETTINGS;
		return new Warehouse(url, "sa", url + ";IFEXISTS=TRUE");
	}

	/**
	 * H2 writes committed changes to its file in the background, about once a second: a kill loses
	 * the last of them (consistently: the file holds the state of an earlier commit). Waiting a few
	 * seconds makes sure that the partial facts the test saw are still there after the kill.
	 */
	@Override
	Duration durableAfter() {
		return Duration.ofSeconds(5);
	}

}
