package org.sendap.dashboard.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The report tests that open the Excel workbook in LibreOffice and render the PDF with pdftoppm need
 * both programs. On CI ({@code CI=true}) they always run (.ci/run installs both); elsewhere they are
 * skipped, with how to enable them, when either is missing.
 */
public final class OfficeToolsAvailable implements ExecutionCondition {

	public static final String LIBREOFFICE = "libreoffice";

	public static final String PDFTOPPM = "pdftoppm";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: the LibreOffice and pdftoppm checks are required");
		}
		if (onPath(LIBREOFFICE).isPresent() && onPath(PDFTOPPM).isPresent()) {
			return ConditionEvaluationResult.enabled("LibreOffice and pdftoppm found");
		}
		return ConditionEvaluationResult.disabled("Report checks in LibreOffice skipped: " + LIBREOFFICE + " or "
				+ PDFTOPPM + " is not on the PATH. Install them (apt-get install -y libreoffice-calc-nogui "
				+ "poppler-utils) or run with CI=true.");
	}

	static Optional<Path> onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String folder : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
