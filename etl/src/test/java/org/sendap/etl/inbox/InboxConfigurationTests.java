package org.sendap.etl.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The inbox settings: off unless enabled, with defaults for the schedule and the settle time, and a
 * clear refusal to start when enabled without a folder or with a schedule that is not cron.
 */
class InboxConfigurationTests {

	@TempDir
	Path inbox;

	/** The processor is never called here: the configuration is what is tested. */
	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(InboxConfiguration.class)
		.withBean(InboxProcessor.class, () -> new InboxProcessor(null, null, null));

	@Test
	void inboxIsOffByDefaultWithEveryFiveMinutesAndTenSeconds() {
		this.runner.run(context -> {
			assertThat(context).doesNotHaveBean(InboxWatcher.class);
			InboxProperties properties = context.getBean(InboxProperties.class);
			assertThat(properties.enabled()).isFalse();
			assertThat(properties.cron()).isEqualTo("0 */5 * * * *");
			assertThat(properties.settle()).isEqualTo(Duration.ofSeconds(10));
		});
	}

	@Test
	void enabledInboxWatchesTheConfiguredFolder() {
		this.runner
			.withPropertyValues("sendap.inbox.enabled=true", "sendap.inbox.path=" + this.inbox,
					"sendap.inbox.cron=0 0 7 * * MON-FRI", "sendap.inbox.settle=1m")
			.run(context -> {
				InboxWatcher watcher = context.getBean(InboxWatcher.class);
				assertThat(watcher.isRunning()).isTrue();
				assertThat(watcher.folder()).isEqualTo(new InboxFolder(this.inbox, Duration.ofMinutes(1)));
				assertThat(watcher.cron()).isEqualTo("0 0 7 * * MON-FRI");
			});
	}

	@Test
	void enabledInboxWithoutAFolderRefusesToStartSayingWhatToSet() {
		this.runner.withPropertyValues("sendap.inbox.enabled=true").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("sendap.inbox.path")
				.hasMessageContaining("The inbox is enabled (sendap.inbox.enabled=true) but has no folder: set sendap.inbox.path.");
		});
	}

	@Test
	void enabledInboxWithAScheduleThatIsNotCronRefusesToStart() {
		this.runner
			.withPropertyValues("sendap.inbox.enabled=true", "sendap.inbox.path=" + this.inbox,
					"sendap.inbox.cron=*/5 * * * *")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("Property sendap.inbox.cron with value '*/5 * * * *' is invalid")
					.hasMessageContaining("six fields (second minute hour day-of-month month day-of-week)");
			});
	}

}
