package org.sendap.etl;

import org.sendap.etl.catalogue.CatalogueProperties;
import org.sendap.etl.pipeline.ImportProperties;
import org.sendap.etl.quality.QualityPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The import pipeline without its command line, for applications that run imports themselves
 * (the dashboard loads the sample data on its first start).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QualityPolicy.class, ImportProperties.class, CatalogueProperties.class })
@ComponentScan(basePackageClasses = EtlConfiguration.class,
		excludeFilters = { @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.sendap\\.etl\\.cli\\..*"),
				@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = EtlApplication.class) })
public class EtlConfiguration {

}
