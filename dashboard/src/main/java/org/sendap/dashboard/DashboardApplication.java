package org.sendap.dashboard;

import org.sendap.etl.EtlConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/**
 * The dashboard: KPI pages and the JSON API, read from the warehouse. It brings in the import
 * pipeline only to load the shipped sample data on a first start.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(EtlConfiguration.class)
public class DashboardApplication {

	public static void main(String[] args) {
		SpringApplication.run(DashboardApplication.class, args);
	}

}
