package org.sendap.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class TabularRowReaderTests {

	@Test
	void readsEveryRowOfAFileOnDisk() throws Exception {
		List<SourceRow> rows = readAll(SourceFile.onDisk(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025)));

		assertThat(rows).hasSize(165);
		assertThat(rows).filteredOn(row -> row.value(9).equals("Shropshire"))
			.singleElement()
			.extracting(SourceRow::values)
			.isEqualTo(List.of("2025", "Reporting year", "Local authority", "E92000001", "England", "E12000005",
					"West Midlands", "893", "E06000051", "Shropshire", "Children in Need", "3328", "3216", "1270",
					"1215", "1119", "1090", "2209", "23"));
	}

	@Test
	void readsAnEntryOfAReleaseZipWithoutUnpackingIt() throws Exception {
		SourceFile senMi = SourceFile.inZip(TestFiles.sampleData(TestFiles.EHCP_2022_ZIP), "data/sen2_mi.csv");

		List<SourceRow> rows = readAll(senMi);

		assertThat(rows).hasSize(1294);
		assertThat(rows.get(0).values().subList(0, 5))
			.containsExactly("2021", "Calendar year", "National", "E92000001", "England");
	}

	private static List<SourceRow> readAll(SourceFile source) throws Exception {
		TabularRowReader reader = new TabularRowReader(source);
		reader.open(new ExecutionContext());
		try {
			List<SourceRow> rows = new ArrayList<>();
			for (SourceRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
			return rows;
		}
		finally {
			reader.close();
		}
	}

}
