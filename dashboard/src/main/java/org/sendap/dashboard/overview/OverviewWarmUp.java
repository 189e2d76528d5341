package org.sendap.dashboard.overview;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.system.DashboardProperties;
import org.sendap.dashboard.system.WarehouseVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the overview of the dashboard's own LA in the background once the dashboard has started,
 * and again whenever the warehouse changes: its first reader after an import then waits for no KPI
 * table to be built (several seconds when every release is imported).
 */
@Component
class OverviewWarmUp implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OverviewWarmUp.class);

	static final Duration CHECK_EVERY = Duration.ofSeconds(30);

	private final OverviewService overviews;

	private final AreaRepository areas;

	private final DashboardProperties properties;

	private final WarehouseVersion version;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "overview-warm-up");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Long warmedVersion;

	OverviewWarmUp(OverviewService overviews, AreaRepository areas, DashboardProperties properties,
			WarehouseVersion version) {
		this.overviews = overviews;
		this.areas = areas;
		this.properties = properties;
		this.version = version;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.executor.scheduleWithFixedDelay(this::warmUp, 0, CHECK_EVERY.toSeconds(), TimeUnit.SECONDS);
	}

	private void warmUp() {
		try {
			long current = this.version.current();
			if (this.warmedVersion != null && this.warmedVersion == current) {
				return;
			}
			long started = System.nanoTime();
			this.areas.find(this.properties.localAuthority()).ifPresent(this.overviews::overview);
			this.warmedVersion = current;
			log.info("Overview of {} computed in {} ms", this.properties.localAuthority(),
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		catch (RuntimeException ex) {
			// Next time, then: the pages compute what they need themselves
			log.warn("Overview of {} not computed in advance: {}", this.properties.localAuthority(), ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
