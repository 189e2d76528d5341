package org.sendap.dashboard.system;

import org.sendap.etl.EtlConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The import pipeline, which the dashboard uses only to load reference data and, on a first start,
 * the shipped sample data. Kept apart from the application class so that web slice tests leave it out.
 */
@Configuration(proxyBeanMethods = false)
@Import(EtlConfiguration.class)
class ImportPipelineConfiguration {

}
