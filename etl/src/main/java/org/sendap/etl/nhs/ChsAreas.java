package org.sendap.etl.nhs;

import java.util.Locale;

import org.sendap.etl.pipeline.AreaRef;

/**
 * Places an organisation row of an NHS workbook: England, an NHS region or an ICB by its name (or code
 * where the edition gives one) through the shipped NHS lookup, a provider by its name. The result is
 * the area, or why the row cannot be placed.
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
			return Placed.notPlaced("organisation type '" + type + "' is not one of National, Region, ICB, Provider");
		}
		if (!code.isBlank() && !level.equals(AreaRef.PROVIDER)) {
			var byCode = this.geography.byCode(code);
			if (byCode.isPresent()) {
				return Placed.at(byCode.get());
			}
		}
		return switch (level) {
			case AreaRef.NATIONAL -> Placed.at(AreaRef.england());
			case AreaRef.NHS_REGION, AreaRef.ICB -> this.geography.byName(level, name)
				.map(Placed::at)
				.orElseGet(() -> Placed.unmatched((level.equals(AreaRef.ICB) ? "ICB" : "NHS region") + " name '" + name
						+ "' is not in the shipped NHS lookup (" + NhsGeography.LOOKUP + ")"));
			default -> Placed.at(provider(name, code));
		};
	}

	/**
	 * A provider is keyed by its name as the workbooks spell it (they give no code), made insensitive to
	 * case and punctuation so that the editions agree: {@code provider:airedale-nhs-foundation-trust}.
	 */
	static AreaRef provider(String name, String code) {
		String slug = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return new AreaRef(AreaRef.PROVIDER, "provider:" + slug, null, name.trim(), null,
				code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT));
	}

	private static String level(String type, String name) {
		String label = type.trim().toLowerCase(Locale.ROOT);
		if (name.trim().equalsIgnoreCase("England") && (label.isEmpty() || label.equals("national"))) {
			return AreaRef.NATIONAL;
		}
		return switch (label) {
			case "national", "england" -> AreaRef.NATIONAL;
			case "region", "nhs region", "commissioning region" -> AreaRef.NHS_REGION;
			case "icb", "integrated care board" -> AreaRef.ICB;
			case "organisation", "provider", "trust" -> AreaRef.PROVIDER;
			default -> null;
		};
	}

}
