package org.sendap.dashboard.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a chart's text is drawn, estimated on the server so that a chart can be given the room its
 * labels need before the browser draws it: Arial's widths (the page's typeface, and its metric twins
 * Helvetica and Liberation Sans), averaged by class of character. An estimate may be a few percent
 * off the text drawn; text is wrapped here, not in the browser, so that is only a label column a few
 * pixels wider or narrower, never a label with more lines than its row has room for.
 */
final class TextWidth {

	private TextWidth() {
	}

	/** The width of one line of text in pixels, at a font size in pixels. */
	static double of(String text, int fontSize) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			ems += em(text.charAt(i));
		}
		return ems * fontSize;
	}

	/**
	 * The text in lines no wider than {@code width}, broken between words; a word wider than the width
	 * on its own is broken within it.
	 */
	static List<String> wrapped(String text, int fontSize, double width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (of(longer, fontSize) <= width) {
				line.setLength(0);
				line.append(longer);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			for (char character : word.toCharArray()) {
				if (!line.isEmpty() && of(line.toString() + character, fontSize) > width) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(character);
			}
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** Arial's advance widths in ems, averaged over each class of character. */
	private static double em(char character) {
		if ("ijlIftr.,:;'!|()[]-/ ".indexOf(character) >= 0) {
			return 0.28;
		}
		if ("mwMW%@\u2014".indexOf(character) >= 0) {
			return 0.87;
		}
		if ("&+<=>~".indexOf(character) >= 0 || Character.isUpperCase(character)) {
			return 0.69;
		}
		return 0.55;
	}

}
