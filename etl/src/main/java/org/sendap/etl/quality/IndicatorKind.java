package org.sendap.etl.quality;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an indicator measures, as far as the plausibility checks need to know: a percentage (at most
 * 100), a count (never negative) or something else. Taken from the unit the release declares, else
 * from the column's name and label as publishers write them ({@code pt_pc}, {@code pt_overall} beside
 * its count {@code t_sess_overall}, {@code IncExc20weekRate}, "Percentage of ...").
 */
public enum IndicatorKind {

	PERCENTAGE, COUNT, OTHER;

	private static final Pattern PERCENT_WORDS = Pattern.compile(
			"(^|[_\\s])(pc|pct|perc|percent|percentage)([_\\s]|$)|^pt_|percent|\\d+weekrate$|%");

	private static final Pattern NOT_A_COUNT = Pattern.compile(
			"pc|pct|perc|percent|rate|ratio|average|avg|mean|median|change|diff|per_|_per|score|proportion|index|"
					+ "share|gap|%|weight|length|days|weeks|duration|age");

	public static IndicatorKind of(String column, String label, String unit) {
		String declared = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
		if (declared.equals("%")) {
			return PERCENTAGE;
		}
		if (declared.equals("count") || declared.equals("number")) {
			return COUNT;
		}
		if (!declared.isEmpty()) {
			return OTHER;
		}
		String name = column.toLowerCase(Locale.ROOT);
		String text = label == null ? "" : label.toLowerCase(Locale.ROOT);
		if (PERCENT_WORDS.matcher(name).find() || text.startsWith("percentage") || text.contains("percent")) {
			return PERCENTAGE;
		}
		if (NOT_A_COUNT.matcher(name).find() || NOT_A_COUNT.matcher(text).find()) {
			return OTHER;
		}
		return COUNT;
	}

}
