package org.sendap.etl.pipeline;

import java.util.List;
import java.util.stream.Collectors;

import org.sendap.etl.source.ContentSniffer;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.springframework.stereotype.Component;

/**
 * Every layout the pipeline can import, and the one a file is in, decided from its content.
 */
@Component
public class SourceLayouts {

	private final List<SourceLayout> layouts;

	public SourceLayouts(List<SourceLayout> layouts) {
		this.layouts = List.copyOf(layouts);
	}

	public SourceLayout detect(SourceFile source) {
		for (SourceLayout layout : this.layouts) {
			if (layout.recognises(source)) {
				return layout;
			}
		}
		throw new InputRejectedException(source.displayName(), "this is " + ContentSniffer.describe(source)
				+ "; it is not in a layout this product imports. Supported layouts:\n" + supported());
	}

	public SourceLayout byId(String id) {
		return this.layouts.stream()
			.filter(layout -> layout.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no layout " + id));
	}

	public List<SourceLayout> all() {
		return this.layouts;
	}

	public String supported() {
		return this.layouts.stream()
			.map(layout -> "  - " + layout.description())
			.collect(Collectors.joining("\n"));
	}

}
