package org.sendap.etl.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

	/**
	 * Every file under the folder, in name order. Linked folders are searched too (a data team links
	 * in folders of a shared drive); a link back to a folder above it, which would be searched for
	 * ever, is passed over, since everything under it is searched already; and a file reached by more
	 * than one path is listed once, by the first of its paths in name order.
	 */
	private static List<Path> listFolder(Path folder) {
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
							if (attributes.isRegularFile()) {
								files.add(file);
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
							if (ex instanceof FileSystemLoopException) {
								return FileVisitResult.CONTINUE;
							}
							throw ex;
						}

					});
			files.sort(null);
			Set<Path> seen = new HashSet<>();
			List<Path> once = new ArrayList<>();
			for (Path file : files) {
				if (seen.add(file.toRealPath())) {
					once.add(file);
				}
			}
			return once;
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
