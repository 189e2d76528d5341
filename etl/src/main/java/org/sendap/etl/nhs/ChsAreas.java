package org.sendap.etl.nhs;

import java.util.Locale;

import org.sendap.etl.pipeline.AreaRef;

/**
 * Places an organisation row of an NHS workbook: England, an NHS region or an ICB by its code where the
 * edition gives one, else by its name, through the shipped NHS lookup; a provider by its name. The
 * result is the area, or why the row cannot be placed.
 */
final class ChsAreas {

	private final NhsGeography geography;

	ChsAreas(NhsGeography geography) {
		this.geography = geography;
	}

	record Placed(AreaRef area, String problem, boolean unmatchedName) {

		static Placed at(AreaRef area) {
			return new Placed(area, null, false);
		}

		static Placed unmatched(String problem) {
			return new Placed(null, problem, true);
		}

		static Placed notPlaced(String problem) {
			return new Placed(null, problem, false);
		}

	}

	Placed place(String type, String name, String code) {
		String level = level(type, name);
		if (level == null) {
			return Placed.notPlaced("organisation type '" + type.trim() + "' is not one of National, Region, ICB, Provider"
					+ " (" + ChsOrganisationTypes.TYPES + ")");
		}
		return switch (level) {
			case AreaRef.NATIONAL -> Placed.at(AreaRef.england());
			case AreaRef.PROVIDER -> Placed.at(provider(name, code));
			default -> code.isBlank() ? byName(level, name) : byCode(level, name, code);
		};
	}

	private Placed byName(String level, String name) {
		return this.geography.byName(level, name)
			.map(Placed::at)
			.orElseGet(() -> Placed.unmatched(AreaRef.levelName(level) + " name '" + name.trim()
					+ "' is not in the shipped NHS lookup (" + NhsGeography.LOOKUP + ")"));
	}

	/** Where an edition gives the code, the code decides: a name is spelt many ways, a code one. */
	private Placed byCode(String level, String name, String code) {
		return this.geography.byCode(code)
			.filter(area -> area.level().equals(level))
			.map(Placed::at)
			.orElseGet(() -> Placed.unmatched(AreaRef.levelName(level) + " code '" + code.trim() + "' (" + name.trim()
					+ ") is not the code of an " + AreaRef.levelName(level) + " in the shipped NHS lookup ("
					+ NhsGeography.LOOKUP + ")"));
	}

	/**
	 * A provider is keyed by its name as the workbooks spell it (the editions before October 2023 give no
	 * code), made insensitive to case and punctuation so that the editions agree:
	 * {@code provider:airedale-nhs-foundation-trust} for "Airedale NHS Foundation Trust" and "AIREDALE NHS
	 * FOUNDATION TRUST"; its ODS code is kept where the row gives one.
	 */
	static AreaRef provider(String name, String code) {
		String slug = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return new AreaRef(AreaRef.PROVIDER, "provider:" + slug, null, name.trim(), null,
				code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT));
	}

	private static String level(String type, String name) {
		if (type.isBlank() && name.trim().equalsIgnoreCase("England")) {
			return AreaRef.NATIONAL;
		}
		return ChsOrganisationTypes.level(type).orElse(null);
	}

}
