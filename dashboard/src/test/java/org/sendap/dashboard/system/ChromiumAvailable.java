package org.sendap.dashboard.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's Chromium and ChromeDriver. On CI ({@code CI=true}) they always run
 * (.ci/run installs both); elsewhere they are skipped, with how to enable them, when either is missing.
 */
public final class ChromiumAvailable implements ExecutionCondition {

	public static final Path CHROMIUM = Path.of(env("SENDAP_CHROMIUM", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(env("SENDAP_CHROMEDRIVER", "/usr/bin/chromedriver"));

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: browser tests are required");
		}
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
		}
		return ConditionEvaluationResult.disabled("Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " is missing. Install them (apt-get install -y chromium chromium-driver) or run with CI=true.");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
