package org.sendap.etl.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal: columns as wide as their widest cell, two spaces apart, text to the
 * left and numbers to the right.
 */
final class TextTable {

	record Column(String header, boolean rightAligned) {
	}

	private final List<Column> columns;

	private final List<List<String>> rows = new ArrayList<>();

	TextTable(Column... columns) {
		this.columns = List.of(columns);
	}

	static Column text(String header) {
		return new Column(header, false);
	}

	static Column number(String header) {
		return new Column(header, true);
	}

	void row(String... cells) {
		if (cells.length != this.columns.size()) {
			throw new IllegalArgumentException(cells.length + " cells for " + this.columns.size() + " columns");
		}
		this.rows.add(List.of(cells));
	}

	void print(PrintStream out, String indent) {
		int[] widths = new int[this.columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = this.columns.get(i).header().length();
			for (List<String> row : this.rows) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		out.println(line(indent, this.columns.stream().map(Column::header).toList(), widths));
		this.rows.forEach(row -> out.println(line(indent, row, widths)));
	}

	private String line(String indent, List<String> cells, int[] widths) {
		StringBuilder line = new StringBuilder(indent);
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String padding = " ".repeat(widths[i] - cell.length());
			line.append(i == 0 ? "" : "  ");
			line.append(this.columns.get(i).rightAligned() ? padding + cell : cell + padding);
		}
		return line.toString().stripTrailing();
	}

}
