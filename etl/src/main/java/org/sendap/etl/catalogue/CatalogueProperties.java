package org.sendap.etl.catalogue;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data team keeps its own catalogue files: {@code kpis.yml} (KPIs added to or replacing the
 * shipped catalogue, priority names) and {@code targets.csv} (local targets). The folder may be absent.
 */
@ConfigurationProperties("sendap.catalogue")
public record CatalogueProperties(@DefaultValue("catalogue") Path path) {

	public Path kpiFile() {
		return this.path.resolve(KpiCatalogueLoader.FILE_NAME);
	}

	public Path targetFile() {
		return this.path.resolve(TargetLoader.FILE_NAME);
	}

}
