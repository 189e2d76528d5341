package org.sendap.etl.pipeline;

import java.math.BigDecimal;

/**
 * One indicator cell: an exact number, or the symbol the publisher put in its place. The source
 * column is where the cell is (the indicator's own column in a tidy file; a service's column in a
 * workbook table), for messages.
 */
public record ObservedValue(String indicatorColumn, BigDecimal value, String status, String sourceColumn) {

	public static ObservedValue number(String indicatorColumn, BigDecimal value) {
		return new ObservedValue(indicatorColumn, value, null, indicatorColumn);
	}

	public static ObservedValue symbol(String indicatorColumn, String status) {
		return new ObservedValue(indicatorColumn, null, status, indicatorColumn);
	}

	public ObservedValue at(String column) {
		return new ObservedValue(this.indicatorColumn, this.value, this.status, column);
	}

}
