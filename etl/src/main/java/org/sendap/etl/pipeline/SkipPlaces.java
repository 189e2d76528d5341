package org.sendap.etl.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The first few rows skipped for one reason, as the data team would look for them: {@code lines 19,
 * 20, 27}, or {@code sheet 'Table 4' rows 7, 8, 9, 10, 11} in a workbook. Only the first
 * {@value #KEPT} are kept, however many rows a reason skips.
 */
public final class SkipPlaces {

	public static final int KEPT = 5;

	private record Place(String sheet, long line) {
	}

	private final List<Place> places = new ArrayList<>(KEPT);

	/** Keeps the place of a skipped row, if fewer than {@value #KEPT} are kept; whether it was kept. */
	public boolean add(String sheet, long line) {
		if (this.places.size() >= KEPT) {
			return false;
		}
		this.places.add(new Place(sheet, line));
		return true;
	}

	@Override
	public String toString() {
		List<String> groups = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= this.places.size(); i++) {
			if (i == this.places.size() || !Objects.equals(this.places.get(i).sheet(), this.places.get(start).sheet())) {
				groups.add(group(this.places.subList(start, i)));
				start = i;
			}
		}
		return String.join("; ", groups);
	}

	private static String group(List<Place> places) {
		String sheet = places.get(0).sheet();
		String lines = String.join(", ", places.stream().map(place -> String.valueOf(place.line())).toList());
		String what = sheet == null ? "line" : "row";
		return (sheet == null ? "" : "sheet '" + sheet + "' ") + what + (places.size() > 1 ? "s " : " ") + lines;
	}

}
