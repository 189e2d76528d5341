package org.sendap.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files under {@code sendap.upload.folder}, in a folder named after the day
 * ({@code 2026-11-23/}), under the name they were uploaded with. A file is never overwritten: a
 * second file of the same name that day goes to {@code 2026-11-23-2/}, and so on, so that every
 * import in the history still points at the file it read.
 */
@Component
class UploadFolder {

	private final Path root;

	private final Clock clock;

	@Autowired
	UploadFolder(UploadProperties properties) {
		this(properties.folder(), Clock.system(LondonTime.ZONE));
	}

	/** For tests: another folder and a fixed day. */
	UploadFolder(Path root, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.clock = clock;
	}

	Path save(String sentName, InputStream content) {
		String name = UploadFileName.of(sentName);
		String day = LocalDate.now(this.clock).toString();
		try {
			for (int attempt = 1;; attempt++) {
				Path folder = this.root.resolve(attempt == 1 ? day : day + "-" + attempt);
				Path target = folder.resolve(name).normalize();
				if (!target.getParent().equals(folder)) {
					throw new IllegalStateException("upload name " + name + " leaves its folder " + folder);
				}
				Files.createDirectories(folder);
				try {
					// Without REPLACE_EXISTING the copy creates the file or fails: a file is never overwritten.
					Files.copy(content, target);
					return target;
				}
				catch (FileAlreadyExistsException ex) {
					// taken by an earlier upload of that name: try the next folder of the day
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload could not be saved under " + this.root + ": " + ex.getMessage(),
					ex);
		}
	}

	/** Removes a saved file that nothing refers to, and its day folder if that is now empty. */
	void discard(Path saved) {
		try {
			Files.deleteIfExists(saved);
			Files.deleteIfExists(saved.getParent());
		}
		catch (DirectoryNotEmptyException ex) {
			// other uploads of the day stay
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
