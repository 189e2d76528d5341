package org.sendap.etl.pipeline;

import java.util.List;

/**
 * A data file of a release, as the warehouse records it. A release with a higher order
 * supersedes a lower one where both give a value for the same thing.
 */
public record DatasetDescription(String publication, String releaseLabel, int releaseOrder, String name,
		String title, List<IndicatorDescription> indicators) {

	public DatasetDescription {
		indicators = List.copyOf(indicators);
	}

}
