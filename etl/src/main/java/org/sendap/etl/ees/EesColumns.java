package org.sendap.etl.ees;

import java.util.Set;

/**
 * Column names that every EES tidy-data file shares, in any order, and the geography columns of
 * levels the warehouse does not model yet: neither kind is a filter or an indicator.
 */
final class EesColumns {

	static final String TIME_PERIOD = "time_period";

	static final String TIME_IDENTIFIER = "time_identifier";

	static final String GEOGRAPHIC_LEVEL = "geographic_level";

	static final String COUNTRY_CODE = "country_code";

	static final String COUNTRY_NAME = "country_name";

	static final String REGION_CODE = "region_code";

	static final String REGION_NAME = "region_name";

	static final String NEW_LA_CODE = "new_la_code";

	static final String OLD_LA_CODE = "old_la_code";

	static final String LA_NAME = "la_name";

	static final Set<String> REQUIRED = Set.of(TIME_PERIOD, TIME_IDENTIFIER, GEOGRAPHIC_LEVEL);

	/** From the EES data screener's list of geography columns. */
	static final Set<String> GEOGRAPHY = Set.of(COUNTRY_CODE, COUNTRY_NAME, REGION_CODE, REGION_NAME, NEW_LA_CODE,
			OLD_LA_CODE, LA_NAME, "lad_code", "lad_name", "pcon_code", "pcon_name", "lsip_code", "lsip_name",
			"local_enterprise_partnership_code", "local_enterprise_partnership_name", "english_devolved_area_code",
			"english_devolved_area_name", "opportunity_area_code", "opportunity_area_name", "ward_code", "ward_name",
			"trust_id", "trust_name", "sponsor_id", "sponsor_name", "school_laestab", "school_name", "school_urn",
			"school_postcode", "provider_ukprn", "provider_name", "institution_id", "institution_name",
			"planning_area_code", "planning_area_name", "rsc_region_lead_name", "mayoral_combined_authority_code",
			"mayoral_combined_authority_name", "police_force_area_code", "police_force_area_name",
			"health_board_code", "health_board_name", "local_authority_district_code",
			"local_authority_district_name");

	private EesColumns() {
	}

	static boolean isStandard(String column) {
		return REQUIRED.contains(column) || GEOGRAPHY.contains(column);
	}

}
