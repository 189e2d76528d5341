package org.sendap.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFolderTests {

	@TempDir
	Path root;

	/** 23:30 UTC on 30 June is already 1 July in London (BST). */
	private UploadFolder folderOnTheFirstOfJuly() {
		return new UploadFolder(this.root, Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), LondonTime.ZONE));
	}

	private static ByteArrayInputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void fileIsSavedUnderItsNameInTheFolderOfTheDayInLondon() throws IOException {
		Path saved = folderOnTheFirstOfJuly().save("sen2_mi.csv", text("first"));

		assertThat(saved).isEqualTo(this.root.resolve("2025-07-01").resolve("sen2_mi.csv"));
		assertThat(saved).hasContent("first");
	}

	@Test
	void fileOfTheSameNameThatDayNeverOverwritesTheFirst() throws IOException {
		UploadFolder folder = folderOnTheFirstOfJuly();

		Path first = folder.save("sen2_mi.csv", text("first"));
		Path second = folder.save("sen2_mi.csv", text("second"));
		Path third = folder.save("sen2_mi.csv", text("third"));

		assertThat(first).hasContent("first");
		assertThat(second).isEqualTo(this.root.resolve("2025-07-01-2").resolve("sen2_mi.csv")).hasContent("second");
		assertThat(third).isEqualTo(this.root.resolve("2025-07-01-3").resolve("sen2_mi.csv")).hasContent("third");
	}

	@Test
	void nameWithFoldersStaysInTheUploadFolder() {
		Path saved = folderOnTheFirstOfJuly().save("../../outside.csv", text("x"));

		assertThat(saved.getParent()).isEqualTo(this.root.resolve("2025-07-01"));
		assertThat(this.root.getParent().resolve("outside.csv")).doesNotExist();
	}

	@Test
	void discardedFileTakesItsEmptyFolderWithIt() throws IOException {
		UploadFolder folder = folderOnTheFirstOfJuly();
		Path kept = folder.save("a.csv", text("a"));
		Path duplicate = folder.save("a.csv", text("a"));

		folder.discard(duplicate);

		assertThat(duplicate.getParent()).doesNotExist();
		assertThat(kept).exists();
		assertThat(Files.list(this.root)).hasSize(1);
	}

}
