package org.sendap.dashboard.system;

import java.math.BigDecimal;

/**
 * How exact decimals from the warehouse are written out.
 */
public final class Numbers {

	private Numbers() {
	}

	/** 253.000000000000 as 253 and 57.900000000000 as 57.9; never 2.53E+2. Null stays null. */
	public static BigDecimal plain(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
