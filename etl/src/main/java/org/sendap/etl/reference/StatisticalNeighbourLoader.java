package org.sendap.etl.reference;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.COMPARATOR_GROUP;
import static org.sendap.warehouse.Tables.COMPARATOR_MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.source.SourceRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the DfE statistical neighbour groups: the 2025 model (used for comparisons) and the
 * April 2021 groupings (kept for history). Each file lists, for each LA by its old code, ten
 * neighbours (SN_1 ... SN_10, or SN1 ... SN10) each followed by a closeness column.
 */
@Component
class StatisticalNeighbourLoader {

	static final String KIND = "statistical_neighbours";

	private static final Logger log = LoggerFactory.getLogger(StatisticalNeighbourLoader.class);

	private static final Pattern NEIGHBOUR_COLUMN = Pattern.compile("SN_?(\\d+)");

	private final DSLContext dsl;

	StatisticalNeighbourLoader(DSLContext dsl) {
		this.dsl = dsl;
	}

	record Model(String model, String file, String subjectColumn) {
	}

	static final List<Model> MODELS = List.of(new Model("2025", "reference/sn_model_2025_wide.csv", "old_la_code"),
			new Model("2021", "reference/New_Statistical_Neighbour_Groupings_April_2021.csv", "LA num"));

	int load() {
		// An old code can belong to a current LA and to its predecessor (e.g. 825 Buckinghamshire):
		// the LA of today's list comes first, any other (added from older data) next.
		Map<String, Long> laByOldCode = new java.util.HashMap<>();
		ReferenceTable current = ReferenceTable.read(AreaReferenceLoader.LOCAL_AUTHORITIES);
		Map<String, Long> areaByCode = this.dsl.select(AREA.CODE, AREA.AREA_ID).from(AREA).fetchMap(AREA.CODE, AREA.AREA_ID);
		for (SourceRow row : current.rows()) {
			laByOldCode.put(row.value(current.column("old_la_code")), areaByCode.get(row.value(current.column("new_la_code"))));
		}
		this.dsl.select(AREA.OLD_CODE, AREA.AREA_ID)
			.from(AREA)
			.where(AREA.AREA_LEVEL.eq(AreaRef.LOCAL_AUTHORITY).and(AREA.OLD_CODE.isNotNull()))
			.orderBy(AREA.AREA_ID)
			.forEach(record -> laByOldCode.putIfAbsent(record.value1(), record.value2()));
		int groups = 0;
		for (Model model : MODELS) {
			groups += load(model, laByOldCode);
		}
		return groups;
	}

	private int load(Model model, Map<String, Long> laByOldCode) {
		ReferenceTable table = ReferenceTable.read(model.file());
		int subject = table.column(model.subjectColumn());
		List<int[]> neighbourColumns = new ArrayList<>();
		for (int i = 0; i < table.header().size(); i++) {
			Matcher matcher = NEIGHBOUR_COLUMN.matcher(table.header().get(i));
			if (matcher.matches()) {
				neighbourColumns.add(new int[] { Integer.parseInt(matcher.group(1)), i });
			}
		}
		int groups = 0;
		List<String> unmatched = new ArrayList<>();
		for (SourceRow row : table.rows()) {
			Long subjectArea = laByOldCode.get(row.value(subject).trim());
			if (subjectArea == null) {
				unmatched.add(row.value(subject).trim());
				continue;
			}
			Record2<String, String> area = this.dsl.select(AREA.CODE, AREA.NAME)
				.from(AREA)
				.where(AREA.AREA_ID.eq(subjectArea))
				.fetchSingle();
			long groupId = group("sn" + model.model() + "-" + area.value1(), model.model(),
					"Statistical neighbours of " + area.value2() + " (DfE " + model.model() + ")", subjectArea);
			this.dsl.deleteFrom(COMPARATOR_MEMBER).where(COMPARATOR_MEMBER.GROUP_ID.eq(groupId)).execute();
			for (int[] column : neighbourColumns) {
				String code = row.value(column[1]).trim();
				Long member = laByOldCode.get(code);
				if (member == null) {
					unmatched.add(code);
					continue;
				}
				String closeness = column[1] + 1 < row.values().size() ? row.value(column[1] + 1).trim() : null;
				this.dsl.insertInto(COMPARATOR_MEMBER)
					.set(COMPARATOR_MEMBER.GROUP_ID, groupId)
					.set(COMPARATOR_MEMBER.AREA_ID, member)
					.set(COMPARATOR_MEMBER.RANK, column[0])
					.set(COMPARATOR_MEMBER.CLOSENESS, closeness == null || closeness.isEmpty() ? null : closeness)
					.onConflictDoNothing()
					.execute();
			}
			groups++;
		}
		if (!unmatched.isEmpty()) {
			log.info("Statistical neighbours {}: LA codes not among today's 153 LAs (boundary changes) left out: {}",
					model.model(), unmatched.stream().distinct().sorted().toList());
		}
		return groups;
	}

	private long group(String code, String model, String name, long subjectArea) {
		Optional<Long> existing = this.dsl.select(COMPARATOR_GROUP.GROUP_ID)
			.from(COMPARATOR_GROUP)
			.where(COMPARATOR_GROUP.GROUP_CODE.eq(code))
			.fetchOptional(COMPARATOR_GROUP.GROUP_ID);
		if (existing.isPresent()) {
			this.dsl.update(COMPARATOR_GROUP)
				.set(COMPARATOR_GROUP.NAME, name)
				.where(COMPARATOR_GROUP.GROUP_ID.eq(existing.get()))
				.execute();
			return existing.get();
		}
		return this.dsl.insertInto(COMPARATOR_GROUP)
			.set(COMPARATOR_GROUP.GROUP_CODE, code)
			.set(COMPARATOR_GROUP.KIND, KIND)
			.set(COMPARATOR_GROUP.MODEL, model)
			.set(COMPARATOR_GROUP.NAME, name)
			.set(COMPARATOR_GROUP.SUBJECT_AREA_ID, subjectArea)
			.returning(COMPARATOR_GROUP.GROUP_ID)
			.fetchOne(COMPARATOR_GROUP.GROUP_ID);
	}

}
