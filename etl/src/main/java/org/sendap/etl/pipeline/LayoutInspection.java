package org.sendap.etl.pipeline;

import java.util.List;

import org.sendap.etl.quality.Finding;

/**
 * What a first pass over a file found: the dataset it holds, its size in rows, the plan its reader
 * follows (layout-specific, as text) and any findings of the data-quality checks made on the whole file.
 */
public record LayoutInspection(DatasetDescription dataset, long rows, String plan, List<Finding> findings) {

	public LayoutInspection {
		findings = List.copyOf(findings);
	}

	public LayoutInspection(DatasetDescription dataset, long rows, String plan) {
		this(dataset, rows, plan, List.of());
	}

}
