package org.sendap.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The first rows skipped for a reason, as the data team would look for them in the file.
 */
class SkipPlacesTests {

	@Test
	void linesOfAFile() {
		SkipPlaces places = new SkipPlaces();
		places.add(null, 19);

		assertThat(places).hasToString("line 19");
		places.add(null, 20);
		places.add(null, 27);
		assertThat(places).hasToString("lines 19, 20, 27");
	}

	@Test
	void rowsOfAWorkbookBySheetOnlyTheFirstFiveKept() {
		SkipPlaces places = new SkipPlaces();
		for (int row = 7; row <= 11; row++) {
			assertThat(places.add("Table 4", row)).isTrue();
		}
		assertThat(places.add("Table 4", 12)).isFalse();

		assertThat(places).hasToString("sheet 'Table 4' rows 7, 8, 9, 10, 11");
	}

	@Test
	void rowsOfSeveralSheets() {
		SkipPlaces places = new SkipPlaces();
		places.add("Table 4", 47);
		places.add("Table 4a", 47);
		places.add("Table 4a", 48);

		assertThat(places).hasToString("sheet 'Table 4' row 47; sheet 'Table 4a' rows 47, 48");
	}

}
