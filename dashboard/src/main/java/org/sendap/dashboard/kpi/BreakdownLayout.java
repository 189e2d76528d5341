package org.sendap.dashboard.kpi;

import java.util.List;

/**
 * The size of a breakdown's bar chart, from its categories, known before the browser draws it: each
 * label wrapped between words to a column no wider than a phone can spare, a row per category as
 * tall as the longest label needs, and room on the right for the figure at the end of the longest
 * bar. Two categories get rows as tall as thirty do, so that neither is squashed nor overflows, at a
 * desktop's width or a phone's.
 *
 * @param labels each category's label with its lines parted by {@code \n}, in order
 * @param lines the most lines a label takes
 * @param rowHeight each category's row: its bar and the room around it
 * @param right the room right of the bars for their figures
 * @param bottom the room below the value axis' labels, for the axis' name when it has one
 */
record BreakdownLayout(List<String> labels, int lines, int rowHeight, int height, int right, int bottom) {

	static final int FONT_SIZE = 13;

	static final int LINE_HEIGHT = 17;

	static final int BAR_WIDTH = 20;

	/** Of a phone's 343 px chart (a 375 px screen), the bars keep more than half. */
	static final int LABEL_WIDTH = 150;

	/** A bar and room above and below it. */
	static final int MIN_ROW_HEIGHT = 32;

	/** Between the lines of one label and the next. */
	private static final int ROW_GAP = 10;

	static final int TOP = 12;

	/** The value axis' labels under the bars. */
	private static final int VALUE_AXIS = 24;

	private static final int EDGE = 8;

	private static final int AXIS_NAME = 22;

	/** Between the end of a bar and its figure. */
	static final int FIGURE_DISTANCE = 5;

	/**
	 * @param labels each category's label, in order
	 * @param figures the figures at the ends of the bars
	 * @param axisNamed whether the value axis has a name under it
	 */
	static BreakdownLayout of(List<String> labels, List<String> figures, boolean axisNamed) {
		List<List<String>> wrapped = labels.stream().map(label -> TextWidth.wrapped(label, FONT_SIZE, LABEL_WIDTH)).toList();
		int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
		int rowHeight = Math.max(MIN_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_GAP);
		double widestFigure = figures.stream().mapToDouble(figure -> TextWidth.of(figure, FONT_SIZE)).max().orElse(0);
		int right = (int) Math.ceil(widestFigure) + FIGURE_DISTANCE + EDGE;
		int bottom = EDGE + (axisNamed ? AXIS_NAME : 0);
		int height = TOP + labels.size() * rowHeight + VALUE_AXIS + bottom;
		return new BreakdownLayout(wrapped.stream().map(label -> String.join("\n", label)).toList(), lines, rowHeight,
				height, right, bottom);
	}

}
