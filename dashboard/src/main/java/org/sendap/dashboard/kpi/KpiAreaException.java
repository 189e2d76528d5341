package org.sendap.dashboard.kpi;

/**
 * An area a KPI is not published for (an NHS region for an LA measure, ...); the message says what to
 * ask for instead.
 */
public class KpiAreaException extends RuntimeException {

	KpiAreaException(String message) {
		super(message);
	}

}
