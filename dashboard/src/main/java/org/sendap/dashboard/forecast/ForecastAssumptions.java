package org.sendap.dashboard.forecast;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiPoint;

/**
 * What a forecast assumes, in plain English, for the page and the reports: a commissioner must be
 * able to defend it.
 */
final class ForecastAssumptions {

	private ForecastAssumptions() {
	}

	/**
	 * @param earlierLeftOut whether periods before the KPI's {@code forecastFrom} were left out
	 */
	static List<String> of(Kpi kpi, ModelChoice.Choice choice, List<KpiPoint> history, boolean earlierLeftOut,
			boolean population, Scenario scenario, boolean monthly) {
		String periods = monthly ? "months" : "years";
		List<String> assumptions = new ArrayList<>();
		assumptions.add("The forecast is fitted to the " + history.size() + " " + periods + " from "
				+ history.get(0).label() + " to " + history.get(history.size() - 1).label()
				+ " in a row with published figures; an earlier suppressed or missing period ends the history used.");
		if (earlierLeftOut) {
			assumptions.add("Periods that start before "
					+ kpi.forecastFrom().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + " are left out: "
					+ kpi.forecastFromReason() + ".");
		}
		assumptions.add("The method is the one that forecast the held-back " + periods
				+ " best, one period ahead at a time (rolling origin, lowest mean absolute scaled error): "
				+ choice.chosen().description());
		assumptions.add("Nothing changes in policy, law or recording that the past " + periods
				+ " did not already show; the published figures are right as they stand.");
		assumptions.add("The prediction intervals say where 80% and 95% of outcomes would fall if the future varies as "
				+ "the past did; they do not allow for changes of method or definition.");
		if ("count".equals(kpi.unit())) {
			assumptions.add("A count is never forecast below zero: a lower bound under zero is shown as zero.");
		}
		if (population) {
			assumptions.add("Population-driven model: the " + kpi.name().toLowerCase(Locale.UK)
					+ " per child aged 0 to 17 (ONS mid-year estimates), times the ONS projection of children aged 0 to 17;"
					+ " the population of a period is that of the year the period starts.");
		}
		if (scenario != null && !scenario.changesNothing()) {
			if (scenario.growthPercent() != null && scenario.growthPercent().signum() != 0) {
				assumptions.add("Scenario: " + scenario.growthPercent().stripTrailingZeros().toPlainString()
						+ "% a period " + (scenario.growthPercent().signum() > 0 ? "more" : "less")
						+ " than the baseline, compounding: h periods ahead, the baseline times (1 + "
						+ scenario.growthPercent().stripTrailingZeros().toPlainString() + "/100)^h.");
			}
			if (scenario.shiftPercent() != null && scenario.shiftPercent().signum() != 0) {
				assumptions.add("Scenario: " + scenario.shiftPercent().stripTrailingZeros().toPlainString()
						+ "% of each period's new placements in special schools (the baseline's increase of EHC plans in"
						+ " special schools) are made in mainstream schools instead, and stay there.");
			}
		}
		return assumptions;
	}

}
