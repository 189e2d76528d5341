package org.sendap.dashboard.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard.
 *
 * @param localAuthority the LA of interest, by its new code (E06000051) or old code (893): the one
 * setting that makes the dashboard any LA's
 * @param sampleData the folder of shipped extracts imported on a first start
 * @param importSampleDataOnFirstStart whether an empty warehouse is filled from {@code sampleData}
 */
@ConfigurationProperties("sendap")
public record DashboardProperties(@DefaultValue("E06000051") String localAuthority,
		@DefaultValue("sample-data") Path sampleData, @DefaultValue("true") boolean importSampleDataOnFirstStart) {
}
