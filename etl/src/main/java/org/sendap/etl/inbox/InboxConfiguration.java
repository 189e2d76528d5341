package org.sendap.etl.inbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.support.CronExpression;

/**
 * The inbox settings, always available (the command line's {@code watch} takes its defaults from
 * them), and the scheduled inbox when {@code sendap.inbox.enabled=true}, in whichever application
 * includes the import pipeline (the dashboard does, through {@code EtlConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
public class InboxConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("sendap.inbox.enabled")
	static class ScheduledInbox {

		@Bean
		InboxWatcher inboxWatcher(InboxProcessor processor, InboxProperties properties) {
			if (properties.path() == null) {
				throw new InvalidConfigurationPropertyValueException("sendap.inbox.path", null,
						"The inbox is enabled (sendap.inbox.enabled=true) but has no folder: set sendap.inbox.path.");
			}
			if (!CronExpression.isValidExpression(properties.cron())) {
				throw new InvalidConfigurationPropertyValueException("sendap.inbox.cron", properties.cron(),
						"Not a Spring cron expression: six fields (second minute hour day-of-month month day-of-week),"
								+ " e.g. '0 */5 * * * *' for every 5 minutes.");
			}
			return new InboxWatcher(processor, new InboxFolder(properties.path(), properties.settle()), properties.cron(),
					pass -> {
						// each file is logged as it is handled, and a pass that could not finish says why
					});
		}

	}

}
