package org.sendap.dashboard.kpi;

import java.util.Map;

/**
 * Area levels as a reader names them.
 */
final class AreaLevels {

	private static final Map<String, String> NAMES = Map.of("national", "England", "region", "a region", "la",
			"a local authority", "nhs_region", "an NHS region", "icb", "an integrated care board", "sub_icb",
			"a sub-ICB location", "provider", "an NHS provider");

	private static final Map<String, String> PLURALS = Map.of("la", "local authorities", "icb",
			"integrated care boards", "sub_icb", "sub-ICB locations", "region", "regions", "nhs_region", "NHS regions",
			"provider", "NHS providers");

	private AreaLevels() {
	}

	static String describe(String level) {
		return NAMES.getOrDefault(level, level);
	}

	static String plural(String level) {
		return PLURALS.getOrDefault(level, level);
	}

}
