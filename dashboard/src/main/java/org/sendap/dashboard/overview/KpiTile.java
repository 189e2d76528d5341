package org.sendap.dashboard.overview;

import java.time.LocalDate;

import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiBenchmark;
import org.sendap.dashboard.kpi.KpiNarrative;
import org.sendap.dashboard.kpi.SymbolMeanings;

/**
 * One KPI on the overview: its latest value and period for the area, England's and the statistical
 * neighbours' values, RAG, quartile band, direction of travel, a sparkline, and where the figure came
 * from. Every judgement is in words as well as in its style: never colour alone.
 *
 * @param gap how far behind or ahead of England, for rates and percentages with a direction of good
 */
public record KpiTile(Kpi kpi, KpiBenchmark benchmark, Sparkline sparkline, EnglandGap gap) {

	public boolean hasValue() {
		return this.benchmark.hasValue();
	}

	/** The area's value as shown, or what its symbol means. */
	public String value() {
		if (this.benchmark.value() != null) {
			return KpiNarrative.format(this.benchmark.value(), this.kpi);
		}
		return this.benchmark.status() != null ? this.benchmark.status() : "–";
	}

	public String symbolMeaning() {
		return this.benchmark.value() == null && this.benchmark.status() != null
				? SymbolMeanings.meaning(this.benchmark.status()) : null;
	}

	public String england() {
		return this.benchmark.england() == null ? null : KpiNarrative.format(this.benchmark.england(), this.kpi);
	}

	public String neighbours() {
		KpiBenchmark.Neighbours neighbours = this.benchmark.neighbours();
		if (neighbours == null || neighbours.value() == null && neighbours.status() == null) {
			return null; // no neighbour has figures: a local extract only this LA has
		}
		return neighbours.value() != null ? KpiNarrative.format(neighbours.value(), this.kpi)
				: SymbolMeanings.meaning(neighbours.status());
	}

	/** Improving, worsening, no change; for a neutral KPI, up or down. */
	public String direction() {
		KpiBenchmark.Direction direction = this.benchmark.direction();
		if (direction == null || direction.change() == null) {
			return null;
		}
		String judgement = direction.judgement() != null ? direction.judgement() : direction.trend();
		return Character.toUpperCase(judgement.charAt(0)) + judgement.substring(1) + " since " + direction.previousPeriod();
	}

	/** improving, worsening, steady or neutral: the arrow's style. */
	public String directionStyle() {
		KpiBenchmark.Direction direction = this.benchmark.direction();
		if (direction == null || direction.change() == null) {
			return null;
		}
		if (direction.judgement() == null) {
			return direction.change().signum() > 0 ? "up" : direction.change().signum() < 0 ? "down" : "steady";
		}
		return switch (direction.judgement()) {
			case "improving" -> direction.change().signum() > 0 ? "improving-up" : "improving-down";
			case "worsening" -> direction.change().signum() > 0 ? "worsening-up" : "worsening-down";
			default -> "steady";
		};
	}

	public LocalDate updated() {
		return this.benchmark.lineage() == null || this.benchmark.lineage().importedAt() == null ? null
				: this.benchmark.lineage().importedAt().toLocalDate();
	}

}
