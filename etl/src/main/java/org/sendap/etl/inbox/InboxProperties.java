package org.sendap.etl.inbox;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The inbox folder the data team drops extracts into, and how often it is looked at.
 *
 * @param enabled whether this application processes the inbox on the {@code cron} schedule (the
 * command line's {@code watch} does it whatever this says)
 * @param path the inbox folder; {@code archive/} and {@code failed/} are made inside it
 * @param cron when to look, as a Spring 6-field cron expression (second minute hour day-of-month
 * month day-of-week); every 5 minutes unless set
 * @param settle how long a file must have been left unchanged before it is imported, so that a
 * file still being copied in is not imported half-written
 */
@ConfigurationProperties("sendap.inbox")
public record InboxProperties(boolean enabled, Path path, String cron, Duration settle) {

	public static final String EVERY_FIVE_MINUTES = "0 */5 * * * *";

	public static final Duration TEN_SECONDS = Duration.ofSeconds(10);

	public InboxProperties {
		cron = cron == null || cron.isBlank() ? EVERY_FIVE_MINUTES : cron.trim();
		settle = settle == null ? TEN_SECONDS : settle;
	}

}
