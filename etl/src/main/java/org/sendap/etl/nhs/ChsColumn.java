package org.sendap.etl.nhs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a by-service table that say which organisation a row is about, each known by the
 * header texts the editions give it ({@value #COLUMNS}), wherever it stands.
 */
enum ChsColumn {

	TYPE("type", "organisation type", "Organisation Type"), CODE("code", "organisation code", "Organisation Code"),
	NAME("name", "organisation name", "Organisation Name");

	static final String COLUMNS = "nhs/chs_columns.txt";

	private static final Map<String, ChsColumn> BY_HEADER = read();

	private final String key;

	private final String what;

	private final String header;

	ChsColumn(String key, String what, String header) {
		this.key = key;
		this.what = what;
		this.header = header;
	}

	/** The column a header text names, if it names one of them. */
	static Optional<ChsColumn> byHeader(String header) {
		return Optional.ofNullable(BY_HEADER.get(ShippedSpellings.key(header)));
	}

	/** What the column holds, in words: {@code organisation name}. */
	String what() {
		return this.what;
	}

	/** The header the latest editions give it: {@code Organisation Name}. */
	String header() {
		return this.header;
	}

	private static Map<String, ChsColumn> read() {
		Map<String, ChsColumn> byHeader = new HashMap<>();
		ShippedSpellings.keyed(COLUMNS).forEach((header, key) -> byHeader.put(header, Arrays.stream(values())
			.filter(column -> column.key.equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(COLUMNS + ": '" + key + "' is not one of type, code, name"))));
		return byHeader;
	}

}
