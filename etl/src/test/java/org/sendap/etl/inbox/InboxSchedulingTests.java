package org.sendap.etl.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendap.etl.inbox.InboxTestFiles.archiveOfToday;
import static org.sendap.etl.inbox.InboxTestFiles.dropSettled;
import static org.sendap.warehouse.Tables.IMPORT_RUN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.pipeline.ImportHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scheduled inbox as the dashboard runs it with {@code sendap.inbox.enabled=true}: a file dropped
 * in is imported and archived by the schedule, with nobody asking.
 */
@SpringBootTest(classes = PipelineApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "sendap.inbox.enabled=true", "sendap.inbox.cron=* * * * * *", "sendap.inbox.settle=2s",
				"logging.level.org.springframework.batch=OFF", "logging.level.org.springframework.boot.jooq=OFF" })
@DirtiesContext
class InboxSchedulingTests {

	private static final Duration LONG_ENOUGH = Duration.ofSeconds(60);

	@TempDir
	static Path inbox;

	@Autowired
	private InboxWatcher watcher;

	@Autowired
	private DSLContext dsl;

	@DynamicPropertySource
	static void inboxAndWarehouse(DynamicPropertyRegistry registry) {
		String name = "inbox-schedule-" + UUID.randomUUID();
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("sendap.inbox.path", () -> inbox.toString());
	}

	@Test
	void watcherRunsOnTheConfiguredFolderAndSchedule() {
		assertThat(this.watcher.isRunning()).isTrue();
		assertThat(this.watcher.folder().path()).isEqualTo(inbox.toAbsolutePath().normalize());
		assertThat(this.watcher.folder().settle()).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.watcher.cron()).isEqualTo("* * * * * *");
	}

	@Test
	void fileDroppedIntoTheInboxIsImportedAndArchivedOnSchedule() throws InterruptedException {
		Path dropped = dropSettled(inbox, InboxTestFiles.CHILDREN_IN_NEED_2025);
		Path archived = archiveOfToday(inbox).resolve(dropped.getFileName());

		Instant giveUp = Instant.now().plus(LONG_ENOUGH);
		while (!Files.exists(archived) && Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
		}

		assertThat(archived).exists();
		assertThat(dropped).doesNotExist();
		assertThat(this.dsl.fetchCount(IMPORT_RUN, IMPORT_RUN.ORIGIN.eq("inbox")
			.and(IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED))
			.and(IMPORT_RUN.FILE_NAME.eq("b1_children_in_need_2013_to_2025.csv")))).isEqualTo(1);
	}

}
