package org.sendap.etl.nhs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The spellings NHS editions use, shipped as text files under {@code nhs/} so that the data team can
 * add one without a code change: one spelling a line, {@code #} comments and blank lines left out; in
 * a keyed list each line is {@code key: spelling}.
 */
final class ShippedSpellings {

	private ShippedSpellings() {
	}

	static List<String> lines(String classpathLocation) {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource(classpathLocation).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/** The key of each spelling of a keyed list, by the spelling's {@linkplain #key(String) matching key}. */
	static Map<String, String> keyed(String classpathLocation) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String line : lines(classpathLocation)) {
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new IllegalStateException(classpathLocation + ": '" + line + "' is not 'key: spelling'");
			}
			keys.put(key(line.substring(colon + 1)), line.substring(0, colon).strip());
		}
		return keys;
	}

	/** Text as it is matched: case, spacing and punctuation do not matter ({@code ORGANISATION_NAME:}). */
	static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
