package org.sendap.dashboard.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/imports}: the import history, newest first, and one import's full report.
 */
@RestController
class ImportsApiController {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private final ImportRepository imports;

	ImportsApiController(ImportRepository imports) {
		this.imports = imports;
	}

	@GetMapping("/api/v1/imports")
	List<ImportRun> imports(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"limit must be between 1 and " + MAX_LIMIT + "; it was " + limit);
		}
		return this.imports.newestFirst(status(status), 0, limit);
	}

	@GetMapping("/api/v1/imports/{id}")
	ImportReport report(@PathVariable long id) {
		return this.imports.report(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import with id " + id));
	}

	private static String status(String requested) {
		if (requested == null || requested.isBlank()) {
			return null;
		}
		String status = requested.strip().toUpperCase(Locale.ROOT);
		if (!ImportRun.STATUSES.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown status '" + requested + "'; expected one of " + String.join(", ", ImportRun.STATUSES));
		}
		return status;
	}

}
