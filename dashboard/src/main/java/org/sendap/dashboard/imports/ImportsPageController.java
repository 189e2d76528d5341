package org.sendap.dashboard.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.sendap.etl.pipeline.SourceLayouts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import history pages: every import, newest first, with an upload form; and one import's
 * report (counts, checks, findings, skipped rows, lineage).
 */
@Controller
class ImportsPageController {

	static final String LIST_VIEW = "imports/list";

	static final String DETAIL_VIEW = "imports/detail";

	static final String NOT_FOUND_VIEW = "imports/not-found";

	/** Marks the site navigation's current section. */
	static final String NAV_SECTION = "imports";

	private final ImportRepository imports;

	private final UploadImporter uploads;

	private final UploadProperties uploadSettings;

	private final SourceLayouts layouts;

	ImportsPageController(ImportRepository imports, UploadImporter uploads, UploadProperties uploadSettings,
			SourceLayouts layouts) {
		this.imports = imports;
		this.uploads = uploads;
		this.uploadSettings = uploadSettings;
		this.layouts = layouts;
	}

	/**
	 * The history, newest first.
	 * @param upload {@code too-large} when the browser comes back from an upload over the limit
	 */
	@GetMapping("/imports")
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String upload, Model model, HttpServletResponse response) {
		String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
		if (wanted != null && !ImportRun.STATUSES.contains(wanted)) {
			model.addAttribute("unknownStatus", status);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			wanted = null;
		}
		if (UploadTooLargeAdvice.TOO_LARGE.equals(upload)) {
			addUploadError(model, "upload.error.too-large", this.uploadSettings.maxSizeText());
		}
		return listPage(model, wanted, page);
	}

	/** The list page, also shown with an upload error (the form is on it). */
	private String listPage(Model model, String status, int page) {
		model.addAttribute("navSection", NAV_SECTION);
		// ten columns need more than the usual page width
		model.addAttribute("wide", true);
		model.addAttribute("times", new LondonTime());
		model.addAttribute("statuses", ImportRun.STATUSES);
		model.addAttribute("list", ImportListModel.of(this.imports, status, page));
		model.addAttribute("upload", this.uploadSettings);
		return LIST_VIEW;
	}

	@GetMapping("/imports/{id}")
	String detail(@PathVariable String id, Model model, HttpServletResponse response) {
		model.addAttribute("navSection", NAV_SECTION);
		Optional<ImportReport> report = importId(id).flatMap(this.imports::report);
		if (report.isEmpty()) {
			model.addAttribute("unknownImport", id);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return NOT_FOUND_VIEW;
		}
		model.addAttribute("times", new LondonTime());
		model.addAttribute("report", report.get());
		model.addAttribute("layout", layoutDescription(report.get().run().source()));
		return DETAIL_VIEW;
	}

	@PostMapping("/imports/upload")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return uploadError(model, response, HttpStatus.BAD_REQUEST, "upload.error.none", null);
		}
		if (file.getSize() > this.uploadSettings.maxSize().toBytes()) {
			return uploadError(model, response, HttpStatus.CONTENT_TOO_LARGE, "upload.error.too-large",
					this.uploadSettings.maxSizeText());
		}
		List<UploadResult> results = this.uploads.importUpload(file.getOriginalFilename(), file);
		redirect.addFlashAttribute("uploadResults", results);
		if (results.size() == 1 && results.get(0).importId() != null) {
			return "redirect:/imports/" + results.get(0).importId();
		}
		return "redirect:/imports";
	}

	/** Reloading the address of a failed upload shows the history rather than "no import 'upload'". */
	@GetMapping("/imports/upload")
	String uploadAddress() {
		return "redirect:/imports";
	}

	private String uploadError(Model model, HttpServletResponse response, HttpStatus status, String messageCode,
			String argument) {
		addUploadError(model, messageCode, argument);
		response.setStatus(status.value());
		return listPage(model, null, 1);
	}

	private static void addUploadError(Model model, String messageCode, String argument) {
		model.addAttribute("uploadError", messageCode);
		model.addAttribute("uploadErrorArgument", argument);
	}

	private static Optional<Long> importId(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private String layoutDescription(String layoutId) {
		try {
			return this.layouts.byId(layoutId).description();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
