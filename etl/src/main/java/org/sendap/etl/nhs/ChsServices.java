package org.sendap.etl.nhs;

/**
 * The service a column of a waiting-list table counts, spelt the same way in every edition: editions
 * differ in capitalisation ("(CYP) Therapy interventions: speech and language" and "... Speech and
 * language"), so the first letter of each part is capitalised and spaces are tidied.
 */
final class ChsServices {

	private ChsServices() {
	}

	static String canonical(String label) {
		String tidy = label.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
		StringBuilder canonical = new StringBuilder(tidy.length());
		boolean capitalise = true;
		for (int i = 0; i < tidy.length(); i++) {
			char c = tidy.charAt(i);
			if (capitalise && Character.isLetter(c)) {
				canonical.append(Character.toUpperCase(c));
				capitalise = false;
			}
			else {
				canonical.append(c);
			}
			if (c == ':' || c == ')') {
				capitalise = true;
			}
			else if (Character.isLetterOrDigit(c)) {
				capitalise = false;
			}
		}
		return canonical.toString();
	}

}
