package org.sendap.etl.inbox;

import org.sendap.etl.EtlConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * An application that includes the import pipeline as the dashboard does, through
 * {@link EtlConfiguration}, without the command line.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(EtlConfiguration.class)
class PipelineApplication {

}
