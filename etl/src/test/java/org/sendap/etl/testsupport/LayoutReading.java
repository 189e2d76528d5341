package org.sendap.etl.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.SourceLayout;
import org.sendap.etl.source.SourceFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** A layout's reader run as the load step runs it, without Spring: opened, read until null, closed. */
public final class LayoutReading {

	private LayoutReading() {
	}

	/** Every observation of the file, read with the plan its inspection made. */
	public static List<Observation> readAll(SourceLayout layout, SourceFile file, String plan) throws Exception {
		ItemStreamReader<Observation> reader = layout.reader(file, plan);
		List<Observation> observations = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (Observation observation = reader.read(); observation != null; observation = reader.read()) {
				observations.add(observation);
			}
		}
		finally {
			reader.close();
		}
		return observations;
	}

}
