package org.sendap.etl.ees;

import java.util.List;

import org.sendap.etl.pipeline.DatasetDescription;
import org.sendap.etl.quality.Finding;

/**
 * What a first pass over an EES file found: its layout, the dataset it holds, its size and what the
 * checks of the whole file found.
 */
public record EesInspection(EesLayout layout, DatasetDescription dataset, long rows, List<Finding> findings) {
}
