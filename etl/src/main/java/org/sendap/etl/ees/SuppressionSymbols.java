package org.sendap.etl.ees;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an indicator cell: an exact number, or a symbol that stands in place of one. The symbols
 * are kept as they are (never turned into 0): {@code c} confidential, {@code x} unavailable,
 * {@code z} not applicable, {@code low} rounds to zero, {@code u} low reliability, {@code k}
 * fewer than 0.5, legacy {@code :} and {@code ~}, and NHS {@code *}.
 */
public final class SuppressionSymbols {

	/** In a fixed order, so that messages listing them read the same every time. */
	public static final Set<String> SYMBOLS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("c", "x", "z", "low", "u", "k", ":", "~", "*", "..", "-", "[c]",
			"[x]", "[z]", "[low]", "[u]", "[k]")));

	/** An empty cell is kept as this status, so that "no value given" is never read as zero. */
	public static final String BLANK = "blank";

	/** The longest text kept where a number would be (a categorical indicator such as Y / N). */
	public static final int MAX_TEXT = 200;

	/** Digits with an optional decimal point; commas only as thousands separators (1,234.5). */
	private static final Pattern NUMBER = Pattern
		.compile("[-+]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

	private SuppressionSymbols() {
	}

	public static boolean isNumber(String cell) {
		return NUMBER.matcher(cell.trim()).matches();
	}

	public static boolean isSymbol(String cell) {
		return SYMBOLS.contains(cell.trim().toLowerCase(java.util.Locale.ROOT));
	}

	public static boolean isBlank(String cell) {
		return cell.isBlank();
	}

	public static BigDecimal number(String cell) {
		return new BigDecimal(cell.trim().replace(",", ""));
	}

	/** The status kept for a cell without a number: the symbol in lower case, or the text as written. */
	public static String symbol(String cell) {
		if (cell.isBlank()) {
			return BLANK;
		}
		return isSymbol(cell) ? cell.trim().toLowerCase(java.util.Locale.ROOT) : cell.strip();
	}

}
