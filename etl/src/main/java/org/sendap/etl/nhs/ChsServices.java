package org.sendap.etl.nhs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service a column of a waiting-list table counts, spelt the same way in every edition. Editions
 * differ in capitalisation and spacing ("(CYP) Therapy interventions: speech and language", "...
 * Speech and language"), so a label is matched, ignoring both, to the shipped list of services
 * ({@value #SERVICES}); a service not on the list is kept as the workbook spells it, spaces tidied.
 */
final class ChsServices {

	static final String SERVICES = "nhs/chs_services.txt";

	private static final Map<String, String> KNOWN = read();

	private static final Pattern GROUP_PREFIX = Pattern.compile("\\((A|CYP)\\)\\s*\\S", Pattern.CASE_INSENSITIVE);

	private ChsServices() {
	}

	static String canonical(String label) {
		String tidy = tidy(label);
		return KNOWN.getOrDefault(key(tidy), tidy);
	}

	static boolean isKnown(String label) {
		return KNOWN.containsKey(key(tidy(label)));
	}

	/**
	 * Whether a header names a service: one on the list, or one NHS England has added since, which it
	 * names as every service, after the group of people it serves ({@code (A)} adults, {@code (CYP)}
	 * children and young people).
	 */
	static boolean isService(String label) {
		return isKnown(label) || GROUP_PREFIX.matcher(tidy(label)).lookingAt();
	}

	private static String tidy(String label) {
		return label.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll("\\s*:\\s*", ": ").trim();
	}

	private static String key(String tidy) {
		return tidy.toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> read() {
		Map<String, String> known = new HashMap<>();
		for (String line : ShippedSpellings.lines(SERVICES)) {
			String service = tidy(line);
			known.put(key(service), service);
		}
		return known;
	}

}
