package org.sendap.etl.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sendap.etl.testsupport.TestFiles;

/**
 * Files dropped into a test's inbox: copies of the fixtures (never the fixtures themselves, which
 * the inbox would move), either settled (last changed a minute ago) or still being written.
 */
public final class InboxTestFiles {

	/** The good EES file: children in need, the 165 rows of 2025 (1,320 facts). */
	public static final String CHILDREN_IN_NEED_2025 = TestFiles.Fixtures.CHILDREN_IN_NEED_2025;

	/** Another good EES file: referrals and re-referrals, the 165 rows of 2025. */
	public static final String REFERRALS_2025 = "ees/children-in-need-referrals-2025/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";

	/** Children in need 2025 with one cell keyed wrongly: line 80, column At31_episodes, {@code 22O9}. */
	public static final String CHILDREN_IN_NEED_WITH_TYPO = "ees/children-in-need-with-typo/b1_children_in_need_with_typo.csv";

	/** An Excel workbook in no layout the product imports. */
	public static final String WORKBOOK = TestFiles.Fixtures.WORKBOOK;

	private static final Duration A_MINUTE = Duration.ofMinutes(1);

	private InboxTestFiles() {
	}

	/** A copy of the fixture in the inbox, last changed a minute ago, as a file copied in earlier. */
	public static Path dropSettled(Path inbox, String fixture) {
		return dropSettled(inbox, fixture, TestFiles.fixture(fixture).getFileName().toString());
	}

	public static Path dropSettled(Path inbox, String fixture, String name) {
		Path copy = copy(TestFiles.fixture(fixture), inbox.resolve(name));
		return settle(copy);
	}

	/** A copy of the fixture in the inbox, changed just now, as a file still being copied in. */
	public static Path dropStillBeingWritten(Path inbox, String fixture) {
		Path copy = copy(TestFiles.fixture(fixture), inbox.resolve(TestFiles.fixture(fixture).getFileName().toString()));
		try {
			return Files.setLastModifiedTime(copy, FileTime.from(Instant.now()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip of fixtures, each under {@code data/} as in an EES release download, settled. */
	public static Path dropZipSettled(Path inbox, String name, String... fixtures) {
		Path zip = inbox.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (String fixture : fixtures) {
				Path source = TestFiles.fixture(fixture);
				out.putNextEntry(new ZipEntry("data/" + source.getFileName()));
				Files.copy(source, out);
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return settle(zip);
	}

	public static Path settle(Path file) {
		try {
			return Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(A_MINUTE)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Path archiveOfToday(Path inbox) {
		return inbox.resolve("archive").resolve(LocalDate.now().toString());
	}

	private static Path copy(Path fixture, Path target) {
		try {
			Files.createDirectories(target.getParent());
			return Files.copy(fixture, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
