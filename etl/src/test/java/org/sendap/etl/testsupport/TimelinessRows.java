package org.sendap.etl.testsupport;

import java.util.List;

/**
 * Real lines of {@code timeliness_20_week.csv}, Education, health and care plans, reporting year
 * 2025 (Department for Education, Open Government Licence v3.0), with their line numbers in that
 * file.
 */
public final class TimelinessRows {

	public static final String FILE_NAME = "timeliness_20_week.csv";

	/** Line 1, without its byte-order mark. */
	public static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
			+ "region_name,new_la_code,old_la_code,la_name,breakdown_topic,breakdown,plans_issued_den,plans_issued_den_ex,"
			+ "plans_issued_within_20_weeks,plans_issued_20_weeks_ex,pc_plans_issued_within_20_weeks,"
			+ "PC_plans_issued_20_weeks_ex,plans_issued_gt20weeks_ltYear,plans_issued_gt20weeks_ltYear_ex,"
			+ "pc_plans_issued_gt20weeks_ltYear,PC_plans_issued_gt20weeks_ltYear_ex,plans_issued_gt_1_year,"
			+ "plans_issued_gt_1_year_ex,pc_plans_issued_gt_1_year,PC_plans_issued_gt_1_year_ex";

	/** The indicator columns, in file order: every column after {@code breakdown}. */
	public static final List<String> INDICATORS = List.of("plans_issued_den", "plans_issued_den_ex",
			"plans_issued_within_20_weeks", "plans_issued_20_weeks_ex", "pc_plans_issued_within_20_weeks",
			"PC_plans_issued_20_weeks_ex", "plans_issued_gt20weeks_ltYear", "plans_issued_gt20weeks_ltYear_ex",
			"pc_plans_issued_gt20weeks_ltYear", "PC_plans_issued_gt20weeks_ltYear_ex", "plans_issued_gt_1_year",
			"plans_issued_gt_1_year_ex", "pc_plans_issued_gt_1_year", "PC_plans_issued_gt_1_year_ex");

	/** Line 2: England, 2019. */
	public static final String ENGLAND_2019 = "2019,Calendar year,National,E92000001,England,,,,,,All EHC plans issued,"
			+ "All EHC plans issued,53327,49519,31313,29895,58.7,60.4,x,x,x,x,x,x,x,x";

	/** Line 80: Herefordshire, 2019, its name quoted because it holds a comma. */
	public static final String HEREFORDSHIRE_2019 = "2019,Calendar year,Local authority,E92000001,England,E12000005,"
			+ "West Midlands,E06000019,884,\"Herefordshire, County of\",All EHC plans issued,All EHC plans issued,131,131,"
			+ "118,118,90.1,90.1,x,x,x,x,x,x,x,x";

	/** Line 82: Shropshire, 2019, the later timeliness bands suppressed with {@code x}. */
	public static final String SHROPSHIRE_2019 = "2019,Calendar year,Local authority,E92000001,England,E12000005,"
			+ "West Midlands,E06000051,893,Shropshire,All EHC plans issued,All EHC plans issued,126,116,95,95,75.4,81.9,"
			+ "x,x,x,x,x,x,x,x";

	/** Line 860: West Midlands, 2023. */
	public static final String WEST_MIDLANDS_2023 = "2023,Calendar year,Regional,E92000001,England,E12000005,"
			+ "West Midlands,,,,All EHC plans issued,All EHC plans issued,8562,7908,4144,3912,48.4,49.5,4207,3807,49.1,"
			+ "48.1,211,189,2.5,2.4";

	/** Line 3491: Shropshire, 2023: 253 of 666 plans issued within 20 weeks. */
	public static final String SHROPSHIRE_2023 = "2023,Calendar year,Local authority,E92000001,England,E12000005,"
			+ "West Midlands,E06000051,893,Shropshire,All EHC plans issued,All EHC plans issued,666,652,253,250,38,38.3,"
			+ "404,393,60.7,60.3,9,9,1.4,1.4";

	private TimelinessRows() {
	}

	public static List<String> header() {
		return List.of(HEADER.split(",", -1));
	}

	/**
	 * The values of a real line, split as CSV (these lines quote only fields holding a comma).
	 */
	public static List<String> values(String line) {
		List<String> values = new java.util.ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				values.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		values.add(field.toString());
		return values;
	}

	/** The line as if its geographic level were another one. */
	public static String withGeographicLevel(String line, String level) {
		List<String> values = values(line);
		return line.replaceFirst("," + java.util.regex.Pattern.quote(values.get(2)) + ",", java.util.regex.Matcher.quoteReplacement("," + level + ","));
	}

}
