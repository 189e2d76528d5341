package org.sendap.etl.quality;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How strict the checks are, set by the data team: a severity per check (by code, e.g.
 * {@code sendap.quality.severity.negative-count=error}) and the thresholds of the plausibility checks.
 *
 * @param severity severities that differ from each check's default, by check code
 * @param jumpFactor a value is implausible when it is more than this many times the previous release's
 * value, or less than that value divided by it ...
 * @param jumpMinimum ... and differs from it by more than this absolute amount (so that 2 becoming 7 is
 * not flagged)
 * @param breakdownTolerance how far the breakdown rows of a count may add up from their total row: exact
 * figures by this much (0.5 lets no whole count go astray); figures rounded to 5 or 10 by this much of
 * the base for each figure added, as independent rounding can leave them (see {@code BreakdownSums})
 * @param findingsKeptPerCheck how many findings of each check an import keeps in detail
 * @param skippedRowsPercent the share of its rows, in percent, a file may skip (rows of an area or level
 * the warehouse cannot place) and still load; more is a half-loaded file, which the skipped-rows check
 * rejects
 */
@ConfigurationProperties("sendap.quality")
public record QualityPolicy(Map<String, Severity> severity, BigDecimal jumpFactor, BigDecimal jumpMinimum,
		BigDecimal breakdownTolerance, Integer findingsKeptPerCheck, BigDecimal skippedRowsPercent) {

	public QualityPolicy {
		severity = severity == null ? Map.of() : Map.copyOf(severity);
		jumpFactor = jumpFactor == null ? new BigDecimal("3") : jumpFactor;
		jumpMinimum = jumpMinimum == null ? new BigDecimal("50") : jumpMinimum;
		breakdownTolerance = breakdownTolerance == null ? new BigDecimal("0.5") : breakdownTolerance;
		findingsKeptPerCheck = findingsKeptPerCheck == null ? 50 : findingsKeptPerCheck;
		skippedRowsPercent = skippedRowsPercent == null ? new BigDecimal("5") : skippedRowsPercent;
		severity.keySet().forEach(QualityCheck::ofCode);
	}

	public static QualityPolicy defaults() {
		return new QualityPolicy(null, null, null, null, null, null);
	}

	/**
	 * The finding with the configured severity. A check whose default depends on the case (a repeated
	 * column with identical copies is only a warning) keeps its own severity unless configured.
	 */
	public Finding apply(Finding finding) {
		Severity configured = this.severity.get(finding.check().code());
		return configured == null ? finding : finding.withSeverity(configured);
	}

}
