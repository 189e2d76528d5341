package org.sendap.etl.ees;

import org.sendap.etl.pipeline.DatasetDescription;

/**
 * What a first pass over an EES file found: its layout, the dataset it holds and its size.
 */
public record EesInspection(EesLayout layout, DatasetDescription dataset, long rows) {
}
