package org.sendap.etl.pipeline;

/**
 * An area as a source row names it. The parent (region of an LA, England for a region) lets an
 * area the warehouse has not met yet be added in its place.
 */
public record AreaRef(String level, String code, String oldCode, String name, AreaRef parent) {

	public static final String NATIONAL = "national";

	public static final String REGION = "region";

	public static final String LOCAL_AUTHORITY = "la";

}
