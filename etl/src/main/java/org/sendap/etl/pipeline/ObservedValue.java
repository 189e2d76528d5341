package org.sendap.etl.pipeline;

import java.math.BigDecimal;

/**
 * One indicator cell: an exact number, or the symbol the publisher put in its place.
 */
public record ObservedValue(String indicatorColumn, BigDecimal value, String status) {

	public static ObservedValue number(String indicatorColumn, BigDecimal value) {
		return new ObservedValue(indicatorColumn, value, null);
	}

	public static ObservedValue symbol(String indicatorColumn, String status) {
		return new ObservedValue(indicatorColumn, null, status);
	}

}
