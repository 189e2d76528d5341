package org.sendap.etl.nhs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.SourceRow;
import org.springframework.core.io.ClassPathResource;

/**
 * The NHS geography shipped with the product (ONS sub-ICB location → ICB → NHS England region lookup):
 * every NHS region, ICB and sub-ICB location with its ONS code, ODS code and parent, found by either
 * code or by the names NHS workbooks use for them ("Shropshire, Telford and Wrekin", "MIDLANDS",
 * "NHS Shropshire, Telford and Wrekin ICB - M2L0M").
 */
public final class NhsGeography {

	public static final String LOOKUP = "reference/sub_icb_to_icb_lookup_july_2022.csv";

	private static final NhsGeography SHIPPED = read(LOOKUP);

	private final Map<String, AreaRef> regions = new LinkedHashMap<>();

	private final Map<String, AreaRef> icbs = new LinkedHashMap<>();

	private final Map<String, AreaRef> subIcbs = new LinkedHashMap<>();

	private final Map<String, AreaRef> byName = new LinkedHashMap<>();

	private final Map<String, AreaRef> byCode = new LinkedHashMap<>();

	private NhsGeography() {
	}

	public static NhsGeography shipped() {
		return SHIPPED;
	}

	static NhsGeography read(String classpathLocation) {
		NhsGeography geography = new NhsGeography();
		ClassPathResource resource = new ClassPathResource(classpathLocation);
		AreaRef england = AreaRef.england();
		try (CsvTabularFile file = CsvTabularFile.open(resource.getFilename(), resource.getInputStream())) {
			List<String> header = file.header();
			for (SourceRow next = file.nextRow(); next != null; next = file.nextRow()) {
				SourceRow row = next;
				String regionCode = row.value(header.indexOf("NHSER22CD"));
				AreaRef region = geography.regions.computeIfAbsent(regionCode,
						code -> new AreaRef(AreaRef.NHS_REGION, code, null, row.value(header.indexOf("NHSER22NM")),
								england, row.value(header.indexOf("NHSER22CDH"))));
				String icbCode = row.value(header.indexOf("ICB22CD"));
				AreaRef icb = geography.icbs.computeIfAbsent(icbCode,
						code -> new AreaRef(AreaRef.ICB, code, null, row.value(header.indexOf("ICB22NM")), region,
								row.value(header.indexOf("ICB22CDH"))));
				String subIcbCode = row.value(header.indexOf("SICBL22CD"));
				geography.subIcbs.put(subIcbCode, new AreaRef(AreaRef.SUB_ICB, subIcbCode, null,
						row.value(header.indexOf("SICBL22NM")), icb, row.value(header.indexOf("SICBL22CDH"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Map<String, AreaRef> level : List.of(geography.regions, geography.icbs, geography.subIcbs)) {
			for (AreaRef area : level.values()) {
				geography.byCode.put(area.code().toUpperCase(Locale.ROOT), area);
				geography.byCode.put(area.odsCode().toUpperCase(Locale.ROOT), area);
				// Sub-ICB locations share their ICB's name; publications give their codes.
				if (!area.level().equals(AreaRef.SUB_ICB)) {
					geography.byName.put(area.level() + ":" + normalise(area.name()), area);
				}
			}
		}
		return geography;
	}

	public Collection<AreaRef> regions() {
		return this.regions.values();
	}

	public Collection<AreaRef> icbs() {
		return this.icbs.values();
	}

	public Collection<AreaRef> subIcbs() {
		return this.subIcbs.values();
	}

	/** An NHS region, ICB or sub-ICB location by its ONS or ODS code. */
	public Optional<AreaRef> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code.trim().toUpperCase(Locale.ROOT)));
	}

	/** An area of the given level by any of the names NHS publications give it. */
	public Optional<AreaRef> byName(String level, String name) {
		return Optional.ofNullable(this.byName.get(level + ":" + normalise(name)));
	}

	/**
	 * A name reduced to what identifies it: case, punctuation, "NHS", "Integrated Care Board" or "ICB"
	 * and a trailing sub-ICB code do not matter.
	 */
	static String normalise(String name) {
		String lower = name.toLowerCase(Locale.ROOT)
			.replace('\u00a0', ' ')
			.replace("&", " and ")
			.replaceAll("\\s+-\\s+[a-z0-9]{3,5}$", "");
		List<String> words = new ArrayList<>(List.of(lower.replaceAll("[^a-z0-9]+", " ").trim().split(" ")));
		if (!words.isEmpty() && words.get(0).equals("nhs")) {
			words.remove(0);
		}
		String joined = String.join(" ", words);
		joined = joined.replaceAll(" integrated care board$", "").replaceAll(" icb$", "");
		return joined;
	}

}
