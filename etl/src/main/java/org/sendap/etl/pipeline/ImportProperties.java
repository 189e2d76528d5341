package org.sendap.etl.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a process that imports shows it is alive, and how long another one waits before it takes a
 * silent import for interrupted. Every process that shares a warehouse should use the same values.
 *
 * @param heartbeatInterval how often a running import records that its process is alive; 10 seconds
 * unless set
 * @param staleAfter how long an import's heartbeat may be silent before any process may remove its
 * partial data (an import whose process is known to be dead on this host is removed at once); 2 minutes
 * unless set, and at least three heartbeats
 */
@ConfigurationProperties("sendap.import")
public record ImportProperties(Duration heartbeatInterval, Duration staleAfter) {

	public static final Duration TEN_SECONDS = Duration.ofSeconds(10);

	public static final Duration TWO_MINUTES = Duration.ofMinutes(2);

	public ImportProperties {
		heartbeatInterval = heartbeatInterval == null ? TEN_SECONDS : heartbeatInterval;
		staleAfter = staleAfter == null ? TWO_MINUTES : staleAfter;
		if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
			throw new IllegalArgumentException("sendap.import.heartbeat-interval must be positive, not " + heartbeatInterval);
		}
		if (staleAfter.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("sendap.import.stale-after (" + staleAfter
					+ ") must be at least three times sendap.import.heartbeat-interval (" + heartbeatInterval
					+ "), or a running import that misses one heartbeat could be taken for interrupted");
		}
	}

	public static ImportProperties defaults() {
		return new ImportProperties(null, null);
	}

}
