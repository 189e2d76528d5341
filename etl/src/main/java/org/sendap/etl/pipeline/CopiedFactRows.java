package org.sendap.etl.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;

import org.jooq.DSLContext;
import org.postgresql.PGConnection;

/**
 * Facts sent with PostgreSQL's {@code COPY ... FROM STDIN} in its text format: several times faster
 * than batched inserts, and inside the chunk's transaction like them, so a rolled-back chunk leaves
 * nothing behind.
 */
class CopiedFactRows implements FactRows {

	private static final String COPY = "COPY fact (indicator_id, area_id, period_id, breakdown_id, import_id, "
			+ "obs_value, obs_status) FROM STDIN";

	private final DSLContext dsl;

	private final StringBuilder text = new StringBuilder(1 << 16);

	private int rows;

	CopiedFactRows(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public void add(long indicatorId, long areaId, long periodId, long breakdownId, long importId, BigDecimal value,
			String status) {
		this.text.append(indicatorId).append('\t').append(areaId).append('\t').append(periodId).append('\t')
			.append(breakdownId).append('\t').append(importId).append('\t');
		if (value == null) {
			this.text.append("\\N");
		}
		else {
			this.text.append(value.toPlainString());
		}
		this.text.append('\t');
		appendText(status);
		this.text.append('\n');
		this.rows++;
	}

	/** COPY's text format: backslash, tab and line breaks escaped, {@code \N} for null. */
	private void appendText(String value) {
		if (value == null) {
			this.text.append("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
	}

	@Override
	public int send() {
		int sent = this.rows;
		if (sent > 0) {
			this.dsl.connection(connection -> {
				try {
					connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(this.text.toString()));
				}
				catch (IOException ex) {
					throw new SQLException("COPY into fact failed: " + ex.getMessage(), ex);
				}
			});
		}
		this.text.setLength(0);
		this.rows = 0;
		return sent;
	}

}
