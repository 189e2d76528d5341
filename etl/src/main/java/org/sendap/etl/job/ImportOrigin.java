package org.sendap.etl.job;

/** What started an import, as the import history shows it. */
public enum ImportOrigin {

	COMMAND_LINE("command line"), INBOX("inbox"), UPLOAD("upload"), FIRST_START("first start");

	private final String label;

	ImportOrigin(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
