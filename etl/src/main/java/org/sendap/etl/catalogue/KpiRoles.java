package org.sendap.etl.catalogue;

import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.KPI_INPUT;
import static org.sendap.warehouse.Tables.KPI_INPUT_FILTER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;

/**
 * What each role of each KPI source reads, as the catalogue loaded into the warehouse says: its columns
 * (names or patterns), the rows (a breakdown spec; the dataset's total row when none is named), the
 * dataset it is limited to and the years it lags.
 */
public final class KpiRoles {

	/** One role (numerator, denominator, value, rate) of one source (layout) of one KPI. */
	public record Role(String kpiCode, String kpiName, int position, String role, List<ColumnName> columns,
			BreakdownSpec breakdown, String dataset, int lagYears) {

		/** The rows it reads: the breakdown named, or the total row. */
		public BreakdownSpec rows() {
			return this.breakdown == null ? BreakdownSpec.total() : this.breakdown;
		}

		public boolean isRate() {
			return "rate".equals(this.role);
		}

		/** The same role, read from whichever dataset has its columns. */
		Role ofAnyDataset() {
			return new Role(this.kpiCode, this.kpiName, this.position, this.role, this.columns, this.breakdown, null,
					this.lagYears);
		}

	}

	private KpiRoles() {
	}

	public static List<Role> read(DSLContext dsl) {
		Map<List<Object>, Map<String, List<String>>> filters = new LinkedHashMap<>();
		dsl.selectFrom(KPI_INPUT_FILTER)
			.orderBy(KPI_INPUT_FILTER.KPI_CODE, KPI_INPUT_FILTER.SOURCE_POSITION, KPI_INPUT_FILTER.ROLE,
					KPI_INPUT_FILTER.FILTER_NAME, KPI_INPUT_FILTER.SPELLING)
			.forEach(filter -> filters
				.computeIfAbsent(List.of(filter.getKpiCode(), filter.getSourcePosition(), filter.getRole()),
						key -> new TreeMap<>())
				.computeIfAbsent(filter.getFilterName(), name -> new ArrayList<>())
				.add(filter.getFilterValue()));
		Map<List<Object>, Role> roles = new LinkedHashMap<>();
		dsl.select(KPI_INPUT.fields())
			.select(KPI.NAME)
			.from(KPI_INPUT)
			.join(KPI).on(KPI.KPI_CODE.eq(KPI_INPUT.KPI_CODE))
			.orderBy(KPI_INPUT.KPI_CODE, KPI_INPUT.SOURCE_POSITION, KPI_INPUT.ROLE, KPI_INPUT.COLUMN_NAME)
			.forEach(record -> {
				var input = record.into(KPI_INPUT);
				List<Object> key = List.of(input.getKpiCode(), input.getSourcePosition(), input.getRole());
				Map<String, List<String>> named = filters.get(key);
				Role role = roles.computeIfAbsent(key, k -> new Role(input.getKpiCode(), record.get(KPI.NAME),
						input.getSourcePosition(), input.getRole(), new ArrayList<>(),
						named == null ? null : new BreakdownSpec(new TreeMap<>(named)), input.getDatasetName(),
						input.getPeriodLagYears()));
				role.columns().add(new ColumnName(input.getColumnName(), input.getColumnPattern()));
			});
		return roles.values()
			.stream()
			.sorted(Comparator.comparing(Role::kpiCode).thenComparingInt(Role::position)
				.thenComparingInt(role -> ROLES.indexOf(role.role())))
			.toList();
	}

	/** The order roles are told in: the counts, then the rate. */
	private static final List<String> ROLES = List.of("numerator", "denominator", "value", "rate");

}
