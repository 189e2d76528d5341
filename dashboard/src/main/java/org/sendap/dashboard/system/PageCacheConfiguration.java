package org.sendap.dashboard.system;

import org.sendap.dashboard.kpi.KpiSeriesService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cache of rendered pages, on unless {@code sendap.page-cache.enabled=false}. A configuration of
 * its own, so that web slice tests, whose controllers answer from mocks, leave it out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sendap.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<RenderedPageCache> renderedPageCache(WarehouseVersion version, KpiSeriesService kpis) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(
				new RenderedPageCache(version, kpis));
		registration.addUrlPatterns("/*");
		return registration;
	}

}
