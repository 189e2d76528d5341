package org.sendap.etl.catalogue;

import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI_INPUT_BREAKDOWN;
import static org.sendap.warehouse.Tables.KPI_INPUT_INDICATOR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves what each KPI input reads in the warehouse as it now is: the indicators whose column it
 * names (or whose name its pattern matches) and the breakdowns whose filter values it reads (by
 * meaning: {@link BreakdownSpec}). Run whenever the catalogue is loaded and after every import, which
 * may bring new columns and breakdowns; the dashboard reads the result. Only what changed is written,
 * and a row another process wrote at the same moment is left alone, so that imports may run at once.
 */
@Component
public class KpiInputResolver {

	private final DSLContext dsl;

	public KpiInputResolver(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** An indicator as a KPI may find it: its column, in a dataset. */
	record DatasetColumn(long indicatorId, String column, long datasetId, String dataset) {
	}

	@Transactional
	public void resolve() {
		List<KpiRoles.Role> roles = KpiRoles.read(this.dsl);
		syncIndicators(indicatorsRead(roles, datasetColumns()));
		syncBreakdowns(breakdownsRead(roles, breakdownFilters(this.dsl, null)));
	}

	private List<DatasetColumn> datasetColumns() {
		return this.dsl.select(INDICATOR.INDICATOR_ID, INDICATOR.COLUMN_NAME, DATASET.DATASET_ID, DATASET.NAME)
			.from(INDICATOR)
			.join(DATASET).on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID))
			.fetch(record -> new DatasetColumn(record.value1(), record.value2(), record.value3(), record.value4()));
	}

	/** Each breakdown's filter values (none for the empty breakdown), of the breakdowns given or of all. */
	static Map<Long, Map<String, String>> breakdownFilters(DSLContext dsl, Set<Long> only) {
		Map<Long, Map<String, String>> filters = new HashMap<>();
		dsl.select(BREAKDOWN.BREAKDOWN_ID, BREAKDOWN_ITEM.FILTER_NAME, BREAKDOWN_ITEM.FILTER_VALUE)
			.from(BREAKDOWN)
			.leftJoin(BREAKDOWN_ITEM).on(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(BREAKDOWN.BREAKDOWN_ID))
			.where(only == null ? DSL.noCondition() : BREAKDOWN.BREAKDOWN_ID.in(only))
			.forEach(record -> {
				Map<String, String> own = filters.computeIfAbsent(record.value1(), id -> new HashMap<>());
				if (record.value2() != null) {
					own.put(record.value2(), record.value3());
				}
			});
		return filters;
	}

	/**
	 * The columns each role reads, dataset by dataset. A pattern that matches two columns of one dataset
	 * reads neither: which one the KPI means is not for the product to guess (the import says so).
	 */
	static Map<List<Object>, Set<Long>> indicatorsRead(List<KpiRoles.Role> roles, List<DatasetColumn> columns) {
		Map<List<Object>, Set<Long>> read = new LinkedHashMap<>();
		for (KpiRoles.Role role : roles) {
			for (ColumnName column : role.columns()) {
				for (List<DatasetColumn> matching : matches(role, column, columns).values()) {
					if (matching.size() == 1 || !column.pattern()) {
						matching.forEach(found -> read.computeIfAbsent(key(role, column.text()), k -> new LinkedHashSet<>())
							.add(found.indicatorId()));
					}
				}
			}
		}
		return read;
	}

	/** The columns a role's column name or pattern matches, by dataset. */
	static Map<Long, List<DatasetColumn>> matches(KpiRoles.Role role, ColumnName column, List<DatasetColumn> columns) {
		Map<Long, List<DatasetColumn>> byDataset = new LinkedHashMap<>();
		for (DatasetColumn candidate : columns) {
			if ((role.dataset() == null || role.dataset().equals(candidate.dataset())) && column.matches(candidate.column())) {
				byDataset.computeIfAbsent(candidate.datasetId(), id -> new ArrayList<>()).add(candidate);
			}
		}
		return byDataset;
	}

	private static Map<List<Object>, Set<Long>> breakdownsRead(List<KpiRoles.Role> roles,
			Map<Long, Map<String, String>> breakdowns) {
		Map<List<Object>, Set<Long>> read = new LinkedHashMap<>();
		for (KpiRoles.Role role : roles) {
			BreakdownSpec rows = role.rows();
			breakdowns.forEach((id, filters) -> {
				if (rows.matches(filters)) {
					read.computeIfAbsent(List.of(role.kpiCode(), role.position(), role.role()), k -> new HashSet<>()).add(id);
				}
			});
		}
		return read;
	}

	private static List<Object> key(KpiRoles.Role role, String column) {
		return List.of(role.kpiCode(), role.position(), role.role(), column);
	}

	private void syncIndicators(Map<List<Object>, Set<Long>> wanted) {
		Set<List<Object>> rows = new HashSet<>();
		wanted.forEach((key, ids) -> ids.forEach(id -> rows.add(List.of(key.get(0), key.get(1), key.get(2), key.get(3), id))));
		sync(KPI_INPUT_INDICATOR, List.of(KPI_INPUT_INDICATOR.KPI_CODE, KPI_INPUT_INDICATOR.SOURCE_POSITION,
				KPI_INPUT_INDICATOR.ROLE, KPI_INPUT_INDICATOR.COLUMN_NAME, KPI_INPUT_INDICATOR.INDICATOR_ID), rows);
	}

	private void syncBreakdowns(Map<List<Object>, Set<Long>> wanted) {
		Set<List<Object>> rows = new HashSet<>();
		wanted.forEach((key, ids) -> ids.forEach(id -> rows.add(List.of(key.get(0), key.get(1), key.get(2), id))));
		sync(KPI_INPUT_BREAKDOWN, List.of(KPI_INPUT_BREAKDOWN.KPI_CODE, KPI_INPUT_BREAKDOWN.SOURCE_POSITION,
				KPI_INPUT_BREAKDOWN.ROLE, KPI_INPUT_BREAKDOWN.BREAKDOWN_ID), rows);
	}

	/** Makes the table hold exactly the rows wanted, touching only those that differ. */
	@SuppressWarnings("unchecked")
	private <R extends Record> void sync(Table<R> table, List<TableField<R, ?>> key, Set<List<Object>> wanted) {
		Set<List<Object>> existing = new HashSet<>();
		this.dsl.select(key).from(table).forEach(row -> existing.add(Arrays.asList(row.intoArray())));
		List<Query> changes = new ArrayList<>();
		for (List<Object> row : existing) {
			if (!wanted.contains(row)) {
				changes.add(this.dsl.deleteFrom(table)
					.where(DSL.and(IntStream.range(0, key.size())
						.mapToObj(i -> ((Field<Object>) key.get(i)).eq(row.get(i)))
						.toList())));
			}
		}
		for (List<Object> row : wanted) {
			if (!existing.contains(row)) {
				changes.add(this.dsl.insertInto(table, key).values(row).onDuplicateKeyIgnore());
			}
		}
		if (!changes.isEmpty()) {
			this.dsl.batch(changes).execute();
		}
	}

}
