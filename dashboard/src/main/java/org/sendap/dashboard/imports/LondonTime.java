package org.sendap.dashboard.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times on the import pages, as the data team reads them: UK time (GMT or BST), British format.
 */
public final class LondonTime {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
		.withZone(ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK).withZone(ZONE);

	/** {@code 23 Nov 2026, 13:51:04}; empty for a time not yet known. */
	public String text(Instant time) {
		return time == null ? "" : FORMAT.format(time);
	}

	/** When something finished: only the time when it finished the day it started, as most imports do. */
	public String finishedText(Instant started, Instant finished) {
		if (finished == null) {
			return "";
		}
		boolean sameDay = started != null
				&& started.atZone(ZONE).toLocalDate().equals(finished.atZone(ZONE).toLocalDate());
		return sameDay ? TIME.format(finished) : FORMAT.format(finished);
	}

	/** The machine-readable form, for the {@code datetime} attribute of {@code <time>}. */
	public String iso(Instant time) {
		return time == null ? null : time.toString();
	}

}
