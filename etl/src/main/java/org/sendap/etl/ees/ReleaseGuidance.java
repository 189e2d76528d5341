package org.sendap.etl.ees;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.sendap.etl.source.SourceFile;

/**
 * The {@code data-guidance.txt} that EES puts in a release download: the publication title and
 * release on its first lines, then for each data file a title and a table of variable
 * descriptions, which become the dataset title and the indicator labels.
 */
record ReleaseGuidance(String publication, String release, Map<String, FileGuidance> files) {

	static final String FILE_NAME = "data-guidance.txt";

	private static final Pattern VARIABLE_ROW = Pattern.compile("^(\\S+)\\s+\\|\\s+(.+)$");

	record FileGuidance(String title, Map<String, String> variables) {
	}

	/** The guidance of the release a data file belongs to, if it came with one. */
	static Optional<ReleaseGuidance> of(SourceFile data) {
		try {
			if (data.isZipEntry()) {
				try (ZipFile zip = new ZipFile(data.path().toFile())) {
					var entry = zip.stream().filter(e -> e.getName().endsWith(FILE_NAME)).findFirst();
					if (entry.isEmpty()) {
						return Optional.empty();
					}
					try (var reader = new BufferedReader(
							new InputStreamReader(zip.getInputStream(entry.get()), StandardCharsets.UTF_8))) {
						return Optional.of(parse(reader.lines().toList()));
					}
				}
			}
			Path folder = data.path().getParent();
			for (Path candidate : List.of(folder.resolve(FILE_NAME), folder.resolveSibling("data-guidance").resolve(FILE_NAME))) {
				if (Files.isRegularFile(candidate)) {
					return Optional.of(parse(Files.readAllLines(candidate, StandardCharsets.UTF_8)));
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ReleaseGuidance parse(List<String> lines) {
		List<String> nonBlank = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
		String publication = nonBlank.isEmpty() ? "" : nonBlank.get(0).replace("\uFEFF", "");
		String release = nonBlank.size() > 1 ? nonBlank.get(1) : "";
		Map<String, FileGuidance> files = new HashMap<>();
		String currentFile = null;
		String previous = null;
		String title = null;
		Map<String, String> variables = null;
		for (String line : nonBlank) {
			if (line.startsWith("Filename:")) {
				if (currentFile != null) {
					files.put(currentFile, new FileGuidance(title, Map.copyOf(variables)));
				}
				currentFile = line.substring("Filename:".length()).trim();
				title = previous;
				variables = new HashMap<>();
			}
			else if (currentFile != null) {
				Matcher row = VARIABLE_ROW.matcher(line);
				if (row.matches() && !row.group(1).startsWith("-") && !row.group(1).equals("Variable")) {
					variables.put(row.group(1), row.group(2).strip());
				}
			}
			previous = line;
		}
		if (currentFile != null) {
			files.put(currentFile, new FileGuidance(title, Map.copyOf(variables)));
		}
		return new ReleaseGuidance(publication, release, Map.copyOf(files));
	}

	Optional<FileGuidance> file(String fileName) {
		return Optional.ofNullable(this.files.get(fileName));
	}

}
