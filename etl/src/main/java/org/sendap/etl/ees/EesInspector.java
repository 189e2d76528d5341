package org.sendap.etl.ees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendap.etl.pipeline.DatasetDescription;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.quality.Severity;
import org.sendap.etl.pipeline.IndicatorDescription;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceRow;

/**
 * Reads a whole EES file once, before anything is written, so that a bad file is rejected
 * without leaving anything behind. It checks the standard columns, every row's shape and period,
 * and tells filters from indicators: from the release's {@code *.meta.csv} when there is one,
 * otherwise from the content. EES files put filters before indicators, so the indicators start at
 * the first column that holds only numbers and suppression symbols; a later column of text only
 * (such as Y/N) is a categorical indicator, and a column mixing numbers and text is rejected.
 */
public final class EesInspector {

	private EesInspector() {
	}

	public static EesInspection inspect(SourceFile source) {
		String name = source.displayName();
		Optional<EesMetadata> metadata = EesMetadata.beside(source);
		try (CsvTabularFile file = CsvTabularFile.open(name, source.open())) {
			List<String> header = file.header();
			checkHeader(name, header);
			Map<String, Integer> positions = positions(header);
			Map<Integer, Integer> repeats = repeatedColumns(header);
			Map<Integer, Finding> differing = new java.util.LinkedHashMap<>();
			int timePeriod = positions.get(EesColumns.TIME_PERIOD);
			int timeIdentifier = positions.get(EesColumns.TIME_IDENTIFIER);
			List<Integer> candidates = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				if (!EesColumns.isStandard(header.get(i))) {
					candidates.add(i);
				}
			}
			Set<String> declaredIndicators = new LinkedHashSet<>();
			metadata.ifPresent(meta -> meta.columns()
				.values()
				.stream()
				.filter(EesMetadata.Column::indicator)
				.forEach(column -> declaredIndicators.add(column.name())));
			ColumnProfile[] profiles = new ColumnProfile[header.size()];
			for (int column : candidates) {
				profiles[column] = new ColumnProfile();
			}
			Map<String, PeriodRef> periods = new HashMap<>();
			Map<String, String> notInCalendar = new HashMap<>();
			List<Finding> findings = new ArrayList<>();
			int latestYear = 0;
			long rows = 0;
			for (SourceRow row = file.nextRow(); row != null; row = file.nextRow()) {
				rows++;
				String rowPeriod = row.value(timePeriod);
				String rowIdentifier = row.value(timeIdentifier);
				String periodKey = rowPeriod + "\u001F" + rowIdentifier;
				String impossible = notInCalendar.computeIfAbsent(periodKey,
						key -> EesPeriods.notInCalendar(rowPeriod, rowIdentifier).orElse(""));
				PeriodRef period = periods.get(periodKey);
				if (!impossible.isEmpty()) {
					findings.add(Finding.of(QualityCheck.IMPOSSIBLE_DATE, name, row.line(), EesColumns.TIME_IDENTIFIER,
							rowIdentifier, impossible + "; the row is skipped"));
				}
				else if (period == null) {
					period = EesPeriods.require(name, row.line(), rowPeriod, rowIdentifier);
					periods.put(periodKey, period);
					latestYear = Math.max(latestYear, period.start().getYear());
				}
				for (int column : candidates) {
					String cell = row.value(column);
					profiles[column].add(cell, row.line());
				}
				for (Map.Entry<Integer, Integer> repeat : repeats.entrySet()) {
					String later = row.value(repeat.getKey());
					String earlier = row.value(repeat.getValue());
					if (!later.equals(earlier) && !differing.containsKey(repeat.getKey())) {
						differing.put(repeat.getKey(), Finding.of(QualityCheck.DUPLICATE_COLUMN, name, row.line(),
								header.get(repeat.getKey()), later,
								"the column named '" + header.get(repeat.getKey()) + "' appears twice (columns "
										+ (repeat.getValue() + 1) + " and " + (repeat.getKey() + 1)
										+ ") and the two differ on this line ('" + earlier + "' and '" + later
										+ "'); expected each column name once, or identical copies"));
					}
				}
			}
			if (rows == 0) {
				throw new InputRejectedException(name, 2, null, "the file has a header but no data rows");
			}
			if (periods.isEmpty()) {
				Finding first = findings.get(0);
				throw new InputRejectedException(name, first.line(), first.column(),
						"no row has a period that can be loaded; the first: " + first.message());
			}
			if (metadata.isPresent()) {
				for (int column : candidates) {
					if (declaredIndicators.contains(header.get(column))) {
						checkMixed(name, header.get(column), profiles[column], findings);
					}
				}
			}
			Set<String> indicators = metadata.isPresent() ? declaredIndicators
					: indicatorsFromContent(name, header, candidates, profiles, findings);
			if (indicators.isEmpty()) {
				throw new InputRejectedException(name, 1, null, "no indicator columns found: expected, after the "
						+ "geography, time and filter columns, columns of numbers or suppression symbols; the header has "
						+ header);
			}
			EesLayout layout = EesLayout.of(header, indicators);
			for (Map.Entry<Integer, Integer> repeat : repeats.entrySet()) {
				Finding finding = differing.get(repeat.getKey());
				findings.add(finding != null ? finding
						: Finding.of(QualityCheck.DUPLICATE_COLUMN, name, 1L, header.get(repeat.getKey()), null,
								"the column named '" + header.get(repeat.getKey()) + "' appears twice (columns "
										+ (repeat.getValue() + 1) + " and " + (repeat.getKey() + 1)
										+ "); the copies are identical on every line, so the first is loaded")
							.withSeverity(Severity.WARNING));
			}
			return new EesInspection(layout, describe(source, layout, metadata, latestYear), rows, findings);
		}
	}

	private static void checkHeader(String name, List<String> header) {
		List<String> missing = EesColumns.REQUIRED.stream().filter(column -> !header.contains(column)).sorted().toList();
		if (!missing.isEmpty()) {
			throw new InputRejectedException(name, 1, missing.get(0), "required column" + (missing.size() > 1 ? "s " : " ")
					+ String.join(", ", missing) + (missing.size() > 1 ? " are" : " is")
					+ " missing; an EES data file has time_period, time_identifier and geographic_level columns. "
					+ "The header has: " + String.join(", ", header));
		}
		for (String column : header) {
			if (column.isEmpty()) {
				throw new InputRejectedException(name, 1, null, "a column has no name; every column needs a name");
			}
			}
	}

	/** Later columns that repeat an earlier column's name, with the position of the first. */
	private static Map<Integer, Integer> repeatedColumns(List<String> header) {
		Map<String, Integer> first = new HashMap<>();
		Map<Integer, Integer> repeats = new java.util.LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			Integer earlier = first.putIfAbsent(header.get(i), i);
			if (earlier != null) {
				repeats.put(i, earlier);
			}
		}
		return repeats;
	}

	private static Map<String, Integer> positions(List<String> header) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			positions.putIfAbsent(header.get(i), i);
		}
		return positions;
	}

	private static Set<String> indicatorsFromContent(String name, List<String> header, List<Integer> candidates,
			ColumnProfile[] profiles, List<Finding> findings) {
		Set<String> indicators = new LinkedHashSet<>();
		boolean started = false;
		for (int column : candidates) {
			ColumnProfile profile = profiles[column];
			started |= profile.isNumeric();
			if (!started) {
				continue;
			}
			checkMixed(name, header.get(column), profile, findings);
			indicators.add(header.get(column));
		}
		return indicators;
	}

	private static void checkMixed(String name, String column, ColumnProfile profile, List<Finding> findings) {
		if (profile.isMixed()) {
			findings.add(Finding.of(QualityCheck.UNKNOWN_SYMBOL, name, profile.firstTextLine, column,
					profile.firstText, "found '" + profile.firstText + "' in a column of numbers ("
							+ profile.textCells + (profile.textCells == 1 ? " cell" : " cells")
							+ " like it); expected a number or one of the symbols " + SuppressionSymbols.SYMBOLS));
		}
	}

	/** What kinds of cell a column holds: numbers, symbols, text. */
	private static final class ColumnProfile {

		private boolean hasNumber;

		private String firstText;

		private long firstTextLine;

		private long textCells;

		void add(String cell, long line) {
			if (SuppressionSymbols.isNumber(cell)) {
				this.hasNumber = true;
			}
			else if (!SuppressionSymbols.isSymbol(cell) && !SuppressionSymbols.isBlank(cell)) {
				this.textCells++;
				if (this.firstText == null) {
					this.firstText = cell;
					this.firstTextLine = line;
				}
			}
		}

		boolean isNumeric() {
			return this.firstText == null;
		}

		boolean isMixed() {
			return this.hasNumber && this.firstText != null;
		}

	}

	private static DatasetDescription describe(SourceFile source, EesLayout layout, Optional<EesMetadata> metadata,
			int latestYear) {
		Optional<ReleaseGuidance> guidance = ReleaseGuidance.of(source);
		Optional<ReleaseGuidance.FileGuidance> fileGuidance = guidance.flatMap(g -> g.file(source.fileName()));
		EesRelease release = EesRelease.of(source, guidance, latestYear);
		List<IndicatorDescription> indicators = new ArrayList<>();
		for (String column : layout.indicatorColumns()) {
			EesMetadata.Column declared = metadata.map(meta -> meta.columns().get(column)).orElse(null);
			String label = declared != null && declared.label() != null ? declared.label()
					: fileGuidance.map(g -> g.variables().get(column)).orElse(column);
			indicators.add(new IndicatorDescription(column, label, declared == null ? null : declared.unit(),
					declared == null ? null : declared.decimals()));
		}
		String title = fileGuidance.map(ReleaseGuidance.FileGuidance::title).orElse(source.stem());
		return new DatasetDescription(release.publication(), release.label(), release.order(), source.stem(), title,
				indicators);
	}

}
