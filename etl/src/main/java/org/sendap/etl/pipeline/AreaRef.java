package org.sendap.etl.pipeline;

/**
 * An area as a source row names it. The parent (region of an LA, England for a region, ICB of a
 * sub-ICB location) lets an area the warehouse has not met yet be added in its place. NHS areas carry
 * their ODS code ({@code QOC}) beside their ONS code ({@code E54000011}).
 */
public record AreaRef(String level, String code, String oldCode, String name, AreaRef parent, String odsCode) {

	public static final String NATIONAL = "national";

	public static final String REGION = "region";

	public static final String LOCAL_AUTHORITY = "la";

	public static final String NHS_REGION = "nhs_region";

	public static final String ICB = "icb";

	public static final String SUB_ICB = "sub_icb";

	public static final String PROVIDER = "provider";

	public static final String ENGLAND_CODE = "E92000001";

	public AreaRef(String level, String code, String oldCode, String name, AreaRef parent) {
		this(level, code, oldCode, name, parent, null);
	}

	public static AreaRef england() {
		return new AreaRef(NATIONAL, ENGLAND_CODE, null, "England", null);
	}

	/** A level as the data team says it: {@code la} is a "local authority". */
	public static String levelName(String level) {
		return switch (level) {
			case LOCAL_AUTHORITY -> "local authority";
			case NATIONAL -> "country";
			case ICB -> "ICB";
			case SUB_ICB -> "sub-ICB location";
			case NHS_REGION -> "NHS region";
			default -> level;
		};
	}

}
