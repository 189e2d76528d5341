package org.sendap.etl.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns what the user named (files, folders, release zips) into the data files to import. A
 * folder is searched with its sub-folders; a zip contributes its CSV data files. Metadata files
 * ({@code *.meta.csv}) and release guidance are read beside the data, not imported as data.
 */
public final class SourceFinder {

	private SourceFinder() {
	}

	public record Found(List<SourceFile> files, List<String> missing, List<Path> ignored) {
	}

	public static Found find(List<String> arguments) {
		List<SourceFile> files = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<Path> ignored = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				for (Path file : listFolder(path)) {
					if (isDataFile(file.getFileName().toString())) {
						files.addAll(expandFile(file));
					}
					else if (!isCompanionFile(file.getFileName().toString())) {
						ignored.add(file);
					}
				}
			}
			else if (Files.isRegularFile(path)) {
				files.addAll(expandFile(path));
			}
			else {
				missing.add(argument);
			}
		}
		return new Found(Collections.unmodifiableList(files), missing, ignored);
	}

	private static List<Path> listFolder(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<SourceFile> expandFile(Path file) {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return List.of(SourceFile.onDisk(file));
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<SourceFile> entries = zip.stream()
				.filter(entry -> !entry.isDirectory())
				.map(ZipEntry::getName)
				.filter(name -> isDataFile(name.substring(name.lastIndexOf('/') + 1)))
				.sorted()
				.map(name -> SourceFile.inZip(file, name))
				.toList();
			if (entries.isEmpty()) {
				// Imported on its own, an archive with no data files is rejected with a clear reason.
				return List.of(SourceFile.onDisk(file));
			}
			return entries;
		}
		catch (IOException ex) {
			return List.of(SourceFile.onDisk(file));
		}
	}

	static boolean isDataFile(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return (name.endsWith(".csv") && !name.endsWith(".meta.csv")) || name.endsWith(".xlsx") || name.endsWith(".zip");
	}

	private static boolean isCompanionFile(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".meta.csv") || name.equals("data-guidance.txt");
	}

}
