package org.sendap.etl.socialcare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A category column of the extract: its header, the breakdown filter it becomes, the value of its
 * subtotal rows and the values it may take. A team is whatever the council calls it, so the teams
 * are not listed; the other categories are, so that a value the layout does not define is rejected
 * rather than left out of the sums.
 */
record Category(String header, String filter, String total, List<String> values) {

	static final Category TEAM = new Category("Team", "team", "All teams", List.of());

	static final Category AGE_BAND = new Category("Age band", "age_band", "All ages",
			List.of("Under 5", "5 to 10", "11 to 15", "16 to 17", "18 to 25"));

	static final Category EHCP_STATUS = new Category("EHC plan status", "ehcp_status", "All children with SEND",
			List.of("EHC plan", "SEN support, no EHC plan"));

	/**
	 * A child is counted once, at the most intensive status on the snapshot date (looked after before a
	 * child protection plan, before a child in need plan, before an open assessment); a care leaver is no
	 * longer looked after.
	 */
	static final Category SOCIAL_CARE_STATUS = new Category("Social care status", "social_care_status",
			"All social care", List.of("Assessment", "Child in need plan", "Child protection plan", "Looked after",
					"Care leaver"));

	static final List<Category> ALL = List.of(TEAM, AGE_BAND, EHCP_STATUS, SOCIAL_CARE_STATUS);

	Category {
		values = List.copyOf(values);
	}

	boolean isOpen() {
		return this.values.isEmpty();
	}

	/**
	 * The value as the layout spells it, whatever the case and spacing of the cell; empty when the
	 * category does not have it. Any team is a team, except one named like a subtotal ("All ..."), which
	 * the breakdown-sum check would take for one.
	 */
	Optional<String> canonical(String cell) {
		String value = tidy(cell);
		if (value.equalsIgnoreCase(this.total)) {
			return Optional.of(this.total);
		}
		if (isOpen()) {
			return value.isEmpty() || value.toLowerCase(Locale.ROOT).startsWith("all ") ? Optional.empty()
					: Optional.of(value);
		}
		return this.values.stream().filter(value::equalsIgnoreCase).findFirst();
	}

	/** What the column may hold, for messages. */
	String expected() {
		if (isOpen()) {
			return "the name of a team, or '" + this.total + "' on subtotal rows (no other team name may start with 'All ')";
		}
		return "one of '" + String.join("', '", this.values) + "', or '" + this.total + "' on subtotal rows";
	}

	static String tidy(String cell) {
		return cell.strip().replaceAll("\\s+", " ");
	}

}
