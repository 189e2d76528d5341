package org.sendap.etl.nhs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.sendap.etl.ees.EesPeriods;
import org.sendap.etl.ees.SuppressionSymbols;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.CsvObservationReader;
import org.sendap.etl.pipeline.DatasetDescription;
import org.sendap.etl.pipeline.IndicatorDescription;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.pipeline.SourceLayout;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.source.CalendarDates;
import org.sendap.etl.source.ContentSniffer;
import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * NHS England Autism Statistics: a long CSV with one value per row ({@code METRIC}, {@code
 * METRIC_VALUE}) for a reporting period (dd/mm/yyyy), an organisation ({@code PRIMARY_LEVEL}: the
 * ODS code of a sub-ICB location, ICB, NHS region or provider, or England) and optionally a
 * secondary breakdown such as age group. Each metric becomes an indicator; {@code *} (suppressed, the
 * counts are rounded to 5) is kept as a symbol.
 */
@Component
@Order(30)
public class AutismStatisticsLayout implements SourceLayout {

	public static final String ID = "nhs-autism-statistics";

	public static final String PUBLICATION = "Autism Statistics";

	static final List<String> REQUIRED = List.of("REPORTING_PERIOD_START", "REPORTING_PERIOD_END", "BREAKDOWN",
			"PRIMARY_LEVEL", "PRIMARY_LEVEL_DESCRIPTION", "SECONDARY_LEVEL", "SECONDARY_LEVEL_DESCRIPTION", "METRIC",
			"METRIC_DESCRIPTION", "METRIC_VALUE");

	private static final List<DateTimeFormatter> DAY_MONTH_YEAR = List.of(CalendarDates.strict("dd/MM/uuuu"));

	private static final String START = "REPORTING_PERIOD_START";

	private static final String END = "REPORTING_PERIOD_END";

	private static final Set<String> NO_SECONDARY = Set.of("", "NONE");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "NHS England Autism Statistics CSV (columns REPORTING_PERIOD_START, BREAKDOWN, PRIMARY_LEVEL, METRIC, "
				+ "METRIC_VALUE)";
	}

	@Override
	public boolean recognises(SourceFile source) {
		return ContentSniffer.csvHeader(source).map(header -> header.containsAll(REQUIRED)).orElse(false);
	}

	@Override
	public LayoutInspection inspect(SourceFile source) {
		String name = source.displayName();
		Map<String, String> metrics = new LinkedHashMap<>();
		List<Finding> findings = new ArrayList<>();
		Map<String, Boolean> reportedCodes = new HashMap<>();
		LocalDate latest = null;
		long rows = 0;
		try (CsvTabularFile file = CsvTabularFile.open(name, source.open())) {
			Columns columns = Columns.of(name, file.header());
			RowMapper mapper = new RowMapper(name, columns);
			for (SourceRow row = file.nextRow(); row != null; row = file.nextRow()) {
				rows++;
				PeriodReading period = mapper.period(row);
				period.finding(name, row.line()).ifPresent(findings::add);
				if (!period.skipped()) {
					latest = latest == null || period.period().end().isAfter(latest) ? period.period().end() : latest;
				}
				metrics.putIfAbsent(row.value(columns.metric()).trim(), row.value(columns.metricDescription()).trim());
				String value = row.value(columns.value()).trim();
				if (!SuppressionSymbols.isNumber(value) && !SuppressionSymbols.isSymbol(value)) {
					findings.add(Finding.of(QualityCheck.UNKNOWN_SYMBOL, name, row.line(), "METRIC_VALUE", value,
							"found '" + value + "' as the value of " + row.value(columns.metric())
									+ "; expected a number or '*' (suppressed)"));
				}
				AreaOrProblem placed = mapper.area(row);
				if (placed.unmatched() && reportedCodes.putIfAbsent(row.value(columns.primaryLevel()), true) == null) {
					findings.add(Finding.of(QualityCheck.UNMATCHED_NAME, name, row.line(), "PRIMARY_LEVEL",
							row.value(columns.primaryLevel()), placed.problem() + "; its rows are skipped"));
				}
			}
		}
		if (rows == 0) {
			throw new InputRejectedException(name, 2, null, "the file has a header but no data rows");
		}
		if (latest == null) {
			Finding first = findings.stream().filter(finding -> finding.check() == QualityCheck.IMPOSSIBLE_DATE)
				.findFirst().orElseThrow();
			throw new InputRejectedException(name, first.line(), first.column(),
					"no row has a reporting period that can be loaded; the first: " + first.message());
		}
		List<IndicatorDescription> indicators = new ArrayList<>();
		metrics.forEach((metric, label) -> indicators.add(new IndicatorDescription(metric, label, null, null)));
		String release = "data to " + latest.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + latest.getYear();
		DatasetDescription dataset = new DatasetDescription(PUBLICATION, release,
				latest.getYear() * 100 + latest.getMonthValue(), "autism_statistics",
				"Autism Statistics: suspected autism referrals and waiting times, by organisation", indicators);
		return new LayoutInspection(dataset, rows, "", findings);
	}

	@Override
	public ItemStreamReader<Observation> reader(SourceFile source, String plan) {
		String name = source.displayName();
		List<String> header = ContentSniffer.csvHeader(source).orElseThrow();
		RowMapper mapper = new RowMapper(name, Columns.of(name, header));
		return new CsvObservationReader(source, row -> List.of(mapper.map(row)));
	}

	private record Columns(int start, int end, int breakdown, int primaryLevel, int primaryDescription, int secondaryLevel,
			int secondaryDescription, int metric, int metricDescription, int value) {

		static Columns of(String file, List<String> header) {
			for (String required : REQUIRED) {
				if (!header.contains(required)) {
					throw new InputRejectedException(file, 1, required, "the column " + required
							+ " is missing; an Autism Statistics file has " + String.join(", ", REQUIRED));
				}
			}
			return new Columns(header.indexOf("REPORTING_PERIOD_START"), header.indexOf("REPORTING_PERIOD_END"),
					header.indexOf("BREAKDOWN"), header.indexOf("PRIMARY_LEVEL"), header.indexOf("PRIMARY_LEVEL_DESCRIPTION"),
					header.indexOf("SECONDARY_LEVEL"), header.indexOf("SECONDARY_LEVEL_DESCRIPTION"), header.indexOf("METRIC"),
					header.indexOf("METRIC_DESCRIPTION"), header.indexOf("METRIC_VALUE"));
		}

	}

	record AreaOrProblem(AreaRef area, String problem, boolean unmatched) {
	}

	/**
	 * The reporting period of a row, with what is wrong with its dates, if anything: a date that is not in
	 * the calendar or a period that ends before it starts leaves the row without a period (it is skipped);
	 * a period that ends on the day it starts is loaded as published, as a one-day period, with a warning.
	 */
	record PeriodReading(PeriodRef period, String column, String value, String problem) {

		static PeriodReading fine(PeriodRef period) {
			return new PeriodReading(period, null, null, null);
		}

		static PeriodReading skipped(String column, String value, String problem) {
			return new PeriodReading(null, column, value, problem);
		}

		boolean skipped() {
			return this.period == null;
		}

		Optional<Finding> finding(String file, long line) {
			if (this.problem == null) {
				return Optional.empty();
			}
			return Optional.of(Finding.of(QualityCheck.IMPOSSIBLE_DATE, file, line, this.column, this.value,
					this.problem + (skipped() ? "; the row is skipped" : "")));
		}

	}

	/** One row to one observation: the metric's value for an organisation, a month and a breakdown. */
	private static final class RowMapper {

		private final String file;

		private final Columns columns;

		private final NhsGeography geography = NhsGeography.shipped();

		private final Map<String, PeriodReading> periods = new HashMap<>();

		private final Map<String, BreakdownRef> breakdowns = new HashMap<>();

		RowMapper(String file, Columns columns) {
			this.file = file;
			this.columns = columns;
		}

		Observation map(SourceRow row) {
			AreaOrProblem placed = area(row);
			if (placed.area() == null) {
				return Observation.skipped(row.line(), placed.problem());
			}
			PeriodReading period = period(row);
			if (period.skipped()) {
				return Observation.skipped(row.line(), period.problem());
			}
			String metric = row.value(this.columns.metric()).trim();
			String cell = row.value(this.columns.value()).trim();
			ObservedValue value = SuppressionSymbols.isNumber(cell)
					? ObservedValue.number(metric, SuppressionSymbols.number(cell))
					: ObservedValue.symbol(metric, SuppressionSymbols.symbol(cell));
			return Observation.of(row.line(), placed.area(), period.period(), breakdown(row), List.of(value));
		}

		AreaOrProblem area(SourceRow row) {
			String breakdown = row.value(this.columns.breakdown()).trim();
			String level = breakdown.split(";")[0].trim().toLowerCase(Locale.ROOT);
			String code = row.value(this.columns.primaryLevel()).trim();
			String description = row.value(this.columns.primaryDescription()).trim();
			if (level.equals("england")) {
				return new AreaOrProblem(AreaRef.england(), null, false);
			}
			if (level.startsWith("provider")) {
				return new AreaOrProblem(ChsAreas.provider(description, code), null, false);
			}
			if (level.contains("sub icb") || level.startsWith("icb") || level.contains("region")) {
				return this.geography.byCode(code)
					.map(area -> new AreaOrProblem(area, null, false))
					.orElseGet(() -> new AreaOrProblem(null, "organisation code '" + code + "' (" + description
							+ ") is not in the shipped NHS lookup (" + NhsGeography.LOOKUP + ")", true));
			}
			return new AreaOrProblem(null, "breakdown '" + breakdown + "' is not modelled yet", false);
		}

		PeriodReading period(SourceRow row) {
			String start = row.value(this.columns.start()).trim();
			String end = row.value(this.columns.end()).trim();
			return this.periods.computeIfAbsent(start + "/" + end, key -> read(row, start, end));
		}

		private PeriodReading read(SourceRow row, String start, String end) {
			CalendarDates.Reading from = date(row, start, START);
			if (from.isNotInCalendar()) {
				return PeriodReading.skipped(START, start, notInCalendar(START, start, from));
			}
			CalendarDates.Reading to = date(row, end, END);
			if (to.isNotInCalendar()) {
				return PeriodReading.skipped(END, end, notInCalendar(END, end, to));
			}
			LocalDate first = from.date();
			LocalDate last = to.date();
			if (last.isBefore(first)) {
				return PeriodReading.skipped(END, end,
						"the reporting period ends (" + end + ") before it starts (" + start + ")");
			}
			if (first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()))) {
				return PeriodReading.fine(EesPeriods
					.parse(String.valueOf(first.getYear()), first.getMonth().getDisplayName(TextStyle.FULL, Locale.UK))
					.orElseThrow());
			}
			DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
			PeriodRef period = new PeriodRef(first + "/" + last, "Reporting period",
					first.format(label) + " to " + last.format(label), "period", first, last);
			if (last.equals(first)) {
				return new PeriodReading(period, END, end, "the reporting period ends on the day it starts (" + start
						+ "); loaded as published, as a period of one day");
			}
			return PeriodReading.fine(period);
		}

		private static String notInCalendar(String column, String text, CalendarDates.Reading reading) {
			return column + " '" + text + "' is not a day of the calendar (" + reading.notInCalendar() + ")";
		}

		/** The date, or why a text in the form of one names no day; the file is rejected for a text that is no date. */
		private CalendarDates.Reading date(SourceRow row, String text, String column) {
			CalendarDates.Reading reading = CalendarDates.read(text, DAY_MONTH_YEAR);
			if (!reading.isDate() && !reading.isNotInCalendar()) {
				throw new InputRejectedException(this.file, row.line(), column,
						"'" + text + "' is not a date; expected dd/mm/yyyy such as 01/07/2022");
			}
			return reading;
		}

		private BreakdownRef breakdown(SourceRow row) {
			String secondary = row.value(this.columns.secondaryLevel()).trim();
			if (NO_SECONDARY.contains(secondary.toUpperCase(Locale.ROOT))) {
				return BreakdownRef.total();
			}
			String breakdown = row.value(this.columns.breakdown()).trim();
			String[] parts = breakdown.split(";");
			String filter = (parts.length > 1 ? parts[parts.length - 1] : "breakdown").trim()
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "_");
			String value = row.value(this.columns.secondaryDescription()).trim();
			return this.breakdowns.computeIfAbsent(filter + "\u001F" + value, key -> {
				TreeMap<String, String> filters = new TreeMap<>();
				filters.put(filter, value.isEmpty() ? secondary : value);
				return new BreakdownRef(filters);
			});
		}

	}

}
