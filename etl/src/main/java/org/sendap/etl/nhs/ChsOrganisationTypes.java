package org.sendap.etl.nhs;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendap.etl.pipeline.AreaRef;

/**
 * The organisation types a by-service table gives its rows (National, Region, ICB, Provider, ...), each
 * the level of an area, as the editions spell them ({@value #TYPES}).
 */
final class ChsOrganisationTypes {

	static final String TYPES = "nhs/chs_organisation_types.txt";

	private static final Set<String> LEVELS = Set.of(AreaRef.NATIONAL, AreaRef.NHS_REGION, AreaRef.ICB, AreaRef.PROVIDER);

	private static final Map<String, String> LEVEL_OF_TYPE = read();

	private ChsOrganisationTypes() {
	}

	/** The area level of an organisation type, if the type is one of the list. */
	static Optional<String> level(String type) {
		return Optional.ofNullable(LEVEL_OF_TYPE.get(ShippedSpellings.key(type)));
	}

	static boolean isType(String cell) {
		return level(cell).isPresent();
	}

	private static Map<String, String> read() {
		Map<String, String> levels = ShippedSpellings.keyed(TYPES);
		levels.values().stream().filter(level -> !LEVELS.contains(level)).findFirst().ifPresent(level -> {
			throw new IllegalStateException(TYPES + ": '" + level + "' is not one of " + LEVELS);
		});
		return levels;
	}

}
