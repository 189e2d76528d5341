package org.sendap.etl.quality;

import java.util.List;

import org.sendap.etl.source.InputRejectedException;

/**
 * A file rejected because the data-quality checks found errors. The message gives the first error
 * in full and how many more there are; all of them are in the import's findings.
 */
public class QualityRejection extends InputRejectedException {

	private QualityRejection(String file, long line, String column, String problem) {
		super(file, line, column, problem);
	}

	public static QualityRejection of(String file, List<Finding> findings, long errors) {
		Finding first = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).findFirst().orElse(null);
		String more = errors > 1 ? " (and " + (errors - 1) + " more " + (errors == 2 ? "error" : "errors")
				+ "; see the import's findings)" : "";
		if (first == null) {
			return new QualityRejection(file, 0, null, errors + " errors found by the data-quality checks");
		}
		String problem = (first.sheet() != null ? "sheet '" + first.sheet() + "': " : "") + first.message() + more;
		return new QualityRejection(file, first.line() == null ? 0 : first.line(), first.column(), problem);
	}

}
