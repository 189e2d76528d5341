package org.sendap.etl.source;

import java.util.List;

/**
 * One data row of a tabular file, as strings, with the line it starts on (the header is line 1).
 */
public record SourceRow(long line, List<String> values) {

	public String value(int column) {
		return column < this.values.size() ? this.values.get(column) : "";
	}

}
