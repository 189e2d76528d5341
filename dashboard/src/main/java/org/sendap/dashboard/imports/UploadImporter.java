package org.sendap.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOrigin;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * Imports an uploaded file as the command line would: saves it in the upload folder, refuses
 * content that is not CSV, a workbook or a zip, expands a release zip into its data files, and
 * imports each through the pipeline. Every upload that reaches the folder ends in the import
 * history, a refused one too, with its reason.
 */
@Service
class UploadImporter {

	private static final Logger log = LoggerFactory.getLogger(UploadImporter.class);

	private final UploadFolder folder;

	private final FileImporter importer;

	private final ImportHistory history;

	UploadImporter(UploadFolder folder, FileImporter importer, ImportHistory history) {
		this.folder = folder;
		this.importer = importer;
		this.history = history;
	}

	List<UploadResult> importUpload(String sentName, InputStreamSource content) {
		Path saved = save(sentName, content);
		SourceFile upload = SourceFile.onDisk(saved);
		UploadedContent kind;
		try {
			kind = UploadedContent.of(upload);
		}
		catch (InputRejectedException ex) {
			return List.of(refuse(upload, ex.getMessage()));
		}
		List<SourceFile> files = kind == UploadedContent.ZIP ? SourceFinder.find(List.of(saved.toString())).files()
				: List.of(upload);
		List<UploadResult> results = new ArrayList<>();
		// One file at a time through importFile: the partial data of interrupted imports is removed
		// when the dashboard starts and before each inbox pass, not on the way of an upload.
		for (SourceFile file : files) {
			ImportOutcome outcome = this.importer.importFile(file, ImportOrigin.UPLOAD);
			results.add(UploadResult.of(outcome, outcome.shownImport()));
		}
		if (results.stream().allMatch(UploadResult::alreadyImported)) {
			// The same content is in the warehouse already, with the copy it came from: keep no duplicate.
			this.folder.discard(saved);
		}
		log.info("Upload {} saved as {}: {}", sentName, saved, results.stream().map(UploadResult::result).toList());
		return results;
	}

	private Path save(String sentName, InputStreamSource content) {
		String name = UploadFileName.of(sentName);
		try (InputStream start = content.getInputStream(); InputStream whole = content.getInputStream()) {
			// The pipeline opens a release zip only when its name says .zip: give it one if the content is a zip.
			String lower = name.toLowerCase(Locale.ROOT);
			if (UploadedContent.isZip(start.readNBytes(4)) && !lower.endsWith(".zip") && !lower.endsWith(".xlsx")) {
				name = name + ".zip";
			}
			return this.folder.save(name, whole);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload " + name + " could not be read: " + ex.getMessage(), ex);
		}
	}

	/** Records a file refused before the pipeline saw it, so that the history shows it and why. */
	private UploadResult refuse(SourceFile upload, String reason) {
		long importId = this.history.start(upload.fileName(), upload.locator(), upload.sha256(),
				ImportOrigin.UPLOAD.label());
		this.history.fail(importId, reason);
		log.info("Refused upload {}", reason);
		return UploadResult.rejected(upload.displayName(), importId, reason);
	}

}
