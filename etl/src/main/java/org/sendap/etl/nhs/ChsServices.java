package org.sendap.etl.nhs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The service a column of a waiting-list table counts, spelt the same way in every edition. Editions
 * differ in capitalisation and spacing ("(CYP) Therapy interventions: speech and language", "...
 * Speech and language"), so a label is matched, ignoring both, to the shipped list of services
 * ({@value #SERVICES}); a service not on the list is kept as the workbook spells it, spaces tidied.
 */
final class ChsServices {

	static final String SERVICES = "nhs/chs_services.txt";

	private static final Map<String, String> KNOWN = read();

	private ChsServices() {
	}

	static String canonical(String label) {
		String tidy = tidy(label);
		return KNOWN.getOrDefault(key(tidy), tidy);
	}

	static boolean isKnown(String label) {
		return KNOWN.containsKey(key(tidy(label)));
	}

	private static String tidy(String label) {
		return label.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll("\\s*:\\s*", ": ").trim();
	}

	private static String key(String tidy) {
		return tidy.toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> read() {
		Map<String, String> known = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(SERVICES).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String service = tidy(line);
					known.put(key(service), service);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return known;
	}

}
