package org.sendap.etl.catalogue;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.IMPORT_KPI_GAP;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.PERIOD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.sendap.etl.catalogue.KpiInputResolver.DatasetColumn;
import org.sendap.etl.pipeline.WrittenRows;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.quality.QualityReport;
import org.springframework.stereotype.Component;

/**
 * Checks, for every KPI that reads the file just loaded, that it finds its rows in each period the file
 * brought: a new release that rewords a category ({@code CINO at 31 March}) or renames a column would
 * otherwise drop the KPI's new year without a word. A KPI reads the file when the catalogue names the
 * file's dataset for it, or when the file has every column one of its layouts reads (a role read from an
 * earlier period, such as a rate's population, comes from another file and is left out). Each period
 * where a role finds none of its rows is a warning naming the KPI, the period, what it looked for and what
 * the file has instead, and is kept with the import so that the dashboard can say why the period is
 * missing.
 */
@Component
public class KpiRowsCheck {

	private final DSLContext dsl;

	public KpiRowsCheck(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * One KPI's problem in one period (or with the whole file, period null). For a period: the columns
	 * that found none of the rows the KPI reads there, and what the file has instead.
	 */
	private record Gap(KpiRoles.Role role, Long periodId, List<String> columns, WrittenRows.Place place, String problem) {

		static Gap ofFile(KpiRoles.Role role, String column, String problem) {
			return new Gap(role, null, List.of(column), null, problem);
		}

		/** The gaps of a KPI's roles that miss the same rows in the same way, told as one. */
		static String told(List<Gap> same, String periodLabel) {
			if (same.get(0).periodId() == null) {
				return same.stream().map(Gap::problem).distinct().collect(Collectors.joining(". "));
			}
			Map<RowsMissed, List<String>> columnsByProblem = new LinkedHashMap<>();
			same.forEach(gap -> columnsByProblem
				.computeIfAbsent(new RowsMissed(gap.role().rows().label(), gap.problem()), key -> new ArrayList<>())
				.addAll(gap.columns()));
			return kpi(same.get(0).role()) + " finds none of its rows for " + periodLabel + ": "
					+ columnsByProblem.entrySet()
						.stream()
						.map(entry -> "it reads " + String.join(" and ", entry.getValue().stream().distinct().toList()) + " at "
								+ entry.getKey().rows() + ", but " + entry.getKey().problem())
						.collect(Collectors.joining("; also, "));
		}

		private record RowsMissed(String rows, String problem) {
		}

	}

	public void check(long importId, String fileName, WrittenRows written, QualityReport report) {
		Map<Long, String> periodLabels = new HashMap<>();
		Record2<Long, String> dataset = this.dsl.select(DATASET.DATASET_ID, DATASET.NAME)
			.from(IMPORT_RUN)
			.join(DATASET).on(DATASET.DATASET_ID.eq(IMPORT_RUN.DATASET_ID))
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.fetchOne();
		if (dataset == null) {
			return;
		}
		List<DatasetColumn> columns = this.dsl.select(INDICATOR.INDICATOR_ID, INDICATOR.COLUMN_NAME)
			.from(INDICATOR)
			.where(INDICATOR.DATASET_ID.eq(dataset.value1()))
			.fetch(record -> new DatasetColumn(record.value1(), record.value2(), dataset.value1(), dataset.value2()));
		Map<List<Object>, List<KpiRoles.Role>> sources = new LinkedHashMap<>();
		KpiRoles.read(this.dsl)
			.forEach(role -> sources.computeIfAbsent(List.of(role.kpiCode(), role.position()), key -> new ArrayList<>())
				.add(role));
		Map<Long, Map<String, String>> breakdowns = KpiInputResolver.breakdownFilters(this.dsl, written.breakdowns());
		Set<String> filters = new HashSet<>();
		breakdowns.values().forEach(row -> filters.addAll(row.keySet()));
		List<Gap> gaps = new ArrayList<>();
		for (List<KpiRoles.Role> roles : sources.values()) {
			if (readsTheFile(roles, dataset.value2(), columns, filters)) {
				for (KpiRoles.Role role : roles) {
					if (role.lagYears() == 0 || dataset.value2().equals(role.dataset())) {
						check(role, columns, written, breakdowns, periodLabels, gaps);
					}
				}
			}
			else if (readsTheFileUnderAnotherName(roles, dataset.value2(), columns, filters)) {
				KpiRoles.Role first = roles.get(0);
				gaps.add(Gap.ofFile(first, first.columns().get(0).text(), kpi(first) + " reads its columns ("
						+ roles.stream().flatMap(role -> role.columns().stream()).map(ColumnName::describe).distinct()
							.collect(Collectors.joining(", "))
						+ ") from the dataset '" + first.dataset() + "' only, and this file, dataset '" + dataset.value2()
						+ "', has them all: if it is that table under a new name, add a source with dataset: "
						+ dataset.value2() + " to the KPI in the catalogue"));
			}
		}
		record(importId, fileName, gaps, periodLabels, report);
	}

	/**
	 * Whether the KPI's layout reads this file: the catalogue names its dataset; or the file has every
	 * column the layout reads in the same rows and, where the layout names filters, one of them at least
	 * (an older release's file of another table may share a column name, {@code Total_all}).
	 */
	private static boolean readsTheFile(List<KpiRoles.Role> roles, String dataset, List<DatasetColumn> columns,
			Set<String> filters) {
		if (roles.stream().anyMatch(role -> dataset.equals(role.dataset()))) {
			return true;
		}
		List<KpiRoles.Role> sameRows = roles.stream().filter(role -> role.lagYears() == 0 && !role.isRate()).toList();
		Set<String> named = new HashSet<>();
		sameRows.forEach(role -> named.addAll(role.rows().filters().keySet()));
		return !sameRows.isEmpty()
				&& sameRows.stream()
					.allMatch(role -> role.columns()
						.stream()
						.allMatch(column -> !KpiInputResolver.matches(role, column, columns).isEmpty()))
				&& (named.isEmpty() || named.stream().anyMatch(filters::contains));
	}

	/**
	 * Whether a layout that reads its columns from one dataset only would read this file but for its
	 * name: a release that renames a file (sen_needs_all_plans.csv to sen_needs_caseload.csv) must not
	 * drop the KPI's new year without a word.
	 */
	private static boolean readsTheFileUnderAnotherName(List<KpiRoles.Role> roles, String dataset,
			List<DatasetColumn> columns, Set<String> filters) {
		List<KpiRoles.Role> anyDataset = roles.stream().map(KpiRoles.Role::ofAnyDataset).toList();
		return roles.stream().allMatch(role -> role.dataset() != null && !role.dataset().equals(dataset))
				&& readsTheFile(anyDataset, dataset, columns, filters);
	}

	private void check(KpiRoles.Role role, List<DatasetColumn> columns, WrittenRows written,
			Map<Long, Map<String, String>> breakdowns, Map<Long, String> periodLabels, List<Gap> gaps) {
		List<DatasetColumn> read = new ArrayList<>();
		for (ColumnName column : role.columns()) {
			List<DatasetColumn> matching = KpiInputResolver.matches(role, column, columns)
				.values()
				.stream()
				.flatMap(List::stream)
				.toList();
			if (matching.isEmpty()) {
				gaps.add(Gap.ofFile(role, column.text(), kpi(role) + " reads the column "
						+ column.describe() + ", which the file does not have"
						+ (role.isRate() ? ": its rate is computed from the numerator and denominator instead of taken as published"
								: "; the file has " + MissingRows.mostLike(columns.stream().map(DatasetColumn::column).toList(), column.text()))));
				continue;
			}
			if (column.pattern() && matching.size() > 1) {
				gaps.add(Gap.ofFile(role, column.text(), kpi(role) + ": the pattern " + column.describe()
						+ " matches " + matching.size() + " columns of the file ("
						+ matching.stream().map(DatasetColumn::column).collect(Collectors.joining(", "))
						+ "), so the KPI reads none of them; make the pattern match one"));
				continue;
			}
			if (!role.isRate()) {
				read.addAll(matching);
			}
		}
		// The role's columns share its rows: one gap per period names them all
		Map<Long, List<String>> columnsMissing = new TreeMap<>();
		Map<Long, Map<Long, WrittenRows.Place>> rowsByPeriod = new HashMap<>();
		for (DatasetColumn found : read) {
			written.rowsWith(found.indicatorId()).forEach((period, rows) -> {
				Map<Long, WrittenRows.Place> known = rowsByPeriod.computeIfAbsent(period, id -> new HashMap<>());
				known.putAll(rows);
				if (rows.keySet().stream().map(breakdowns::get).noneMatch(role.rows()::matches)) {
					columnsMissing.computeIfAbsent(period, id -> new ArrayList<>()).add(found.column());
				}
			});
		}
		columnsMissing.forEach((period, missingColumns) -> {
			Map<Long, WrittenRows.Place> rows = rowsByPeriod.get(period);
			WrittenRows.Place first = rows.values().stream().min(Comparator.comparingLong(WrittenRows.Place::line)).orElseThrow();
			periodLabels.computeIfAbsent(period,
					id -> this.dsl.select(PERIOD.LABEL).from(PERIOD).where(PERIOD.PERIOD_ID.eq(id)).fetchOne(PERIOD.LABEL));
			gaps.add(new Gap(role, period, missingColumns.stream().distinct().toList(), first,
					MissingRows.describe(role.rows(), rows.keySet().stream().map(breakdowns::get).toList())));
		});
	}

	private static String kpi(KpiRoles.Role role) {
		return "KPI " + role.kpiCode() + " (" + role.kpiName() + ")";
	}

	/** One finding for each KPI and period, kept with the import for the dashboard. */
	private void record(long importId, String fileName, List<Gap> gaps, Map<Long, String> periodLabels,
			QualityReport report) {
		Map<List<Object>, List<Gap>> byKpiAndPeriod = new LinkedHashMap<>();
		gaps.forEach(gap -> byKpiAndPeriod.computeIfAbsent(Arrays.asList(gap.role().kpiCode(), gap.periodId()),
				key -> new ArrayList<>()).add(gap));
		byKpiAndPeriod.forEach((key, same) -> {
			Gap first = same.get(0);
			String label = first.periodId() == null ? null : periodLabels.get(first.periodId());
			String message = Gap.told(same, label);
			Finding finding = Finding.of(QualityCheck.KPI_ROWS_MISSING, fileName,
					first.place() == null ? null : first.place().line(),
					same.stream().flatMap(gap -> gap.columns().stream()).distinct().collect(Collectors.joining(", ")), label,
					message);
			report.add(first.place() != null && first.place().sheet() != null ? finding.inSheet(first.place().sheet()) : finding);
			if (first.periodId() != null) {
				this.dsl.insertInto(IMPORT_KPI_GAP)
					.set(IMPORT_KPI_GAP.IMPORT_ID, importId)
					.set(IMPORT_KPI_GAP.KPI_CODE, first.role().kpiCode())
					.set(IMPORT_KPI_GAP.PERIOD_ID, first.periodId())
					.set(IMPORT_KPI_GAP.MESSAGE, message.length() > 2000 ? message.substring(0, 1999) + "…" : message)
					.execute();
			}
		});
	}

}
