package org.sendap.etl.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one import as they are found: every finding is counted, the first of each check
 * are kept in detail. Memory stays small however many rows break a rule.
 */
public class QualityReport {

	private final QualityPolicy policy;

	private final Map<QualityCheck, Tally> tallies = new EnumMap<>(QualityCheck.class);

	private final List<Finding> kept = new ArrayList<>();

	public QualityReport(QualityPolicy policy) {
		this.policy = policy;
	}

	/** How often one check fired, and its severity (the most severe of its findings). */
	public static final class Tally {

		private long count;

		private long errors;

		private Severity severity = Severity.WARNING;

		public long count() {
			return this.count;
		}

		public long errors() {
			return this.errors;
		}

		public long warnings() {
			return this.count - this.errors;
		}

		public Severity severity() {
			return this.severity;
		}

	}

	public void add(Finding finding) {
		Finding applied = this.policy.apply(finding);
		Tally tally = this.tallies.computeIfAbsent(applied.check(), check -> new Tally());
		tally.count++;
		if (applied.severity() == Severity.ERROR) {
			tally.errors++;
			tally.severity = Severity.ERROR;
		}
		if (tally.count <= this.policy.findingsKeptPerCheck()) {
			this.kept.add(applied);
		}
	}

	public void addAll(List<Finding> findings) {
		findings.forEach(this::add);
	}

	public Map<QualityCheck, Tally> tallies() {
		return this.tallies;
	}

	public List<Finding> kept() {
		return this.kept;
	}

	public long errors() {
		return this.tallies.values().stream().mapToLong(Tally::errors).sum();
	}

	public long warnings() {
		return this.tallies.values().stream().mapToLong(Tally::warnings).sum();
	}

	public boolean isEmpty() {
		return this.tallies.isEmpty();
	}

	/** Forgets what has been saved, so that the report can go on collecting. */
	public void clear() {
		this.tallies.clear();
		this.kept.clear();
	}

}
