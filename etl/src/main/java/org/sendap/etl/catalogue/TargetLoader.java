package org.sendap.etl.catalogue;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.KPI_TARGET;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Loads the data team's local targets ({@code targets.csv} in the catalogue folder) into the warehouse.
 * A target is kept with its history: a line whose target, tolerance or note differs from the one last
 * recorded for that KPI, LA and start date is recorded as a new target; an unchanged line changes
 * nothing. The whole file is checked before anything is recorded.
 */
@Component
public class TargetLoader {

	static final String FILE_NAME = "targets.csv";

	static final List<String> HEADER = List.of("kpi", "area", "target", "amber_tolerance", "applies_from", "note");

	private final DSLContext dsl;

	private final CatalogueProperties properties;

	TargetLoader(DSLContext dsl, CatalogueProperties properties) {
		this.dsl = dsl;
		this.properties = properties;
	}

	/** One target as a line of the file gives it. */
	public record Target(String kpiCode, long areaId, BigDecimal target, BigDecimal amberTolerance,
			LocalDate appliesFrom, String note) {
	}

	/** Records the new and changed targets of the catalogue folder's file; returns how many were recorded. */
	public int load() {
		Path file = this.properties.targetFile();
		return Files.isRegularFile(file) ? load(file, "file " + file) : 0;
	}

	/** Records the file's new and changed targets, checked whole first; returns how many were recorded. */
	public int load(Path file, String recordedBy) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return load(reader, file.toString(), recordedBy);
		}
		catch (IOException ex) {
			throw new CatalogueException(file + ": cannot be read: " + ex.getMessage());
		}
	}

	/** Records the new and changed targets of a targets file's content ({@code name} names it in messages). */
	public int load(Reader content, String name, String recordedBy) {
		int recorded = 0;
		for (Target target : read(content, name)) {
			if (record(target, recordedBy)) {
				recorded++;
			}
		}
		return recorded;
	}

	/** Records a target unless it is the one already in force for its KPI, area and start date. */
	public boolean record(Target target, String recordedBy) {
		var last = this.dsl.select(KPI_TARGET.TARGET, KPI_TARGET.AMBER_TOLERANCE, KPI_TARGET.NOTE)
			.from(KPI_TARGET)
			.where(KPI_TARGET.KPI_CODE.eq(target.kpiCode())
				.and(KPI_TARGET.AREA_ID.eq(target.areaId()))
				.and(target.appliesFrom() == null ? KPI_TARGET.APPLIES_FROM.isNull()
						: KPI_TARGET.APPLIES_FROM.eq(target.appliesFrom())))
			.orderBy(KPI_TARGET.TARGET_ID.desc())
			.limit(1)
			.fetchOptional();
		boolean unchanged = last.isPresent() && last.get().value1().compareTo(target.target()) == 0
				&& last.get().value2().compareTo(target.amberTolerance()) == 0
				&& Objects.equals(last.get().value3(), target.note());
		if (unchanged) {
			return false;
		}
		this.dsl.insertInto(KPI_TARGET)
			.set(KPI_TARGET.KPI_CODE, target.kpiCode())
			.set(KPI_TARGET.AREA_ID, target.areaId())
			.set(KPI_TARGET.TARGET, target.target())
			.set(KPI_TARGET.AMBER_TOLERANCE, target.amberTolerance())
			.set(KPI_TARGET.APPLIES_FROM, target.appliesFrom())
			.set(KPI_TARGET.NOTE, target.note())
			.set(KPI_TARGET.RECORDED_BY, recordedBy)
			.execute();
		return true;
	}

	List<Target> read(Reader content, String file) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		List<Target> targets = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(content, format)) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "")).toList();
			if (!header.equals(HEADER)) {
				throw new CatalogueException(file + ", line 1: the header is " + String.join(",", header)
						+ "; expected " + String.join(",", HEADER));
			}
			for (CSVRecord line : parser) {
				targets.add(target(file, line));
			}
		}
		catch (IOException ex) {
			throw new CatalogueException(file + ": cannot be read: " + ex.getMessage());
		}
		return targets;
	}

	private Target target(String file, CSVRecord line) {
		String where = file + ", line " + parserLine(line);
		if (line.size() != HEADER.size()) {
			throw new CatalogueException(where + ": " + line.size() + " columns; expected " + HEADER.size());
		}
		String kpi = line.get(0);
		if (!this.dsl.fetchExists(KPI, KPI.KPI_CODE.eq(kpi))) {
			throw new CatalogueException(where + ", column kpi: no KPI with code '" + kpi + "' in the catalogue");
		}
		String area = line.get(1);
		Long areaId = this.dsl.select(AREA.AREA_ID)
			.from(AREA)
			.where(AREA.CODE.equalIgnoreCase(area).or(AREA.OLD_CODE.eq(area)).or(AREA.ODS_CODE.equalIgnoreCase(area)))
			.orderBy(AREA.CODE.desc())
			.limit(1)
			.fetchOptional(AREA.AREA_ID)
			.orElseThrow(() -> new CatalogueException(where + ", column area: no area with code '" + area
					+ "'; expected an LA code (E06000051 or 893) or an NHS code"));
		BigDecimal target = number(where, "target", line.get(2));
		BigDecimal tolerance = number(where, "amber_tolerance", line.get(3));
		if (tolerance.signum() < 0) {
			throw new CatalogueException(where + ", column amber_tolerance: " + tolerance + "; expected 0 or more");
		}
		LocalDate appliesFrom = null;
		if (!line.get(4).isEmpty()) {
			try {
				appliesFrom = LocalDate.parse(line.get(4));
			}
			catch (DateTimeParseException ex) {
				throw new CatalogueException(where + ", column applies_from: '" + line.get(4)
						+ "'; expected a date as 2025-09-01, or nothing for every period");
			}
		}
		return new Target(kpi, areaId, target, tolerance, appliesFrom, line.get(5).isEmpty() ? null : line.get(5));
	}

	private static long parserLine(CSVRecord line) {
		return line.getRecordNumber() + 1;
	}

	private static BigDecimal number(String where, String column, String text) {
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new CatalogueException(where + ", column " + column + ": '" + text + "'; expected a number");
		}
	}

}
