package org.sendap.etl.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A file to import: a file on disk, or an entry of a release zip exactly as downloaded. Its
 * locator ({@code path} or {@code zip!entry}) identifies it across the steps of an import job.
 */
public record SourceFile(Path path, String entry) {

	private static final String ENTRY_SEPARATOR = "!";

	public static SourceFile onDisk(Path path) {
		return new SourceFile(path.toAbsolutePath().normalize(), null);
	}

	public static SourceFile inZip(Path zip, String entry) {
		return new SourceFile(zip.toAbsolutePath().normalize(), entry);
	}

	public static SourceFile fromLocator(String locator) {
		int separator = locator.indexOf(".zip" + ENTRY_SEPARATOR);
		if (separator < 0) {
			return onDisk(Path.of(locator));
		}
		int split = separator + ".zip".length();
		return inZip(Path.of(locator.substring(0, split)), locator.substring(split + 1));
	}

	/** The same file, or the same entry of its zip, once the file on disk has been moved to {@code moved}. */
	public SourceFile movedTo(Path moved) {
		return new SourceFile(moved.toAbsolutePath().normalize(), this.entry);
	}

	public boolean isZipEntry() {
		return this.entry != null;
	}

	public String locator() {
		return isZipEntry() ? this.path + ENTRY_SEPARATOR + this.entry : this.path.toString();
	}

	/** What the data team sees in messages: the file name, and the zip it came from. */
	public String displayName() {
		return isZipEntry() ? this.path.getFileName() + ENTRY_SEPARATOR + this.entry
				: this.path.getFileName().toString();
	}

	public String fileName() {
		String full = isZipEntry() ? this.entry : this.path.getFileName().toString();
		return full.substring(full.lastIndexOf('/') + 1);
	}

	/** The file name without its extension, e.g. {@code sen2_mi} for {@code data/sen2_mi.csv}. */
	public String stem() {
		String name = fileName();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	public InputStream open() {
		try {
			if (!isZipEntry()) {
				return Files.newInputStream(this.path);
			}
			ZipFile zip = new ZipFile(this.path.toFile());
			ZipEntry zipEntry = zip.getEntry(this.entry);
			if (zipEntry == null) {
				zip.close();
				throw new InputRejectedException(displayName(), "the zip has no entry named " + this.entry);
			}
			return new FilterInputStream(zip.getInputStream(zipEntry)) {
				@Override
				public void close() throws IOException {
					try {
						super.close();
					}
					finally {
						zip.close();
					}
				}
			};
		}
		catch (IOException ex) {
			throw new InputRejectedException(displayName(), "the file cannot be opened: " + ex.getMessage());
		}
	}

	/** A file beside this one (same folder, or same folder of the zip), if there is one. */
	public Optional<SourceFile> sibling(String name) {
		if (isZipEntry()) {
			String folder = this.entry.contains("/") ? this.entry.substring(0, this.entry.lastIndexOf('/') + 1) : "";
			String candidate = folder + name;
			try (ZipFile zip = new ZipFile(this.path.toFile())) {
				return zip.getEntry(candidate) != null ? Optional.of(inZip(this.path, candidate)) : Optional.empty();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		Path candidate = this.path.resolveSibling(name);
		return Files.isRegularFile(candidate) ? Optional.of(onDisk(candidate)) : Optional.empty();
	}

	public String sha256() {
		try (InputStream input = open()) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new InputRejectedException(displayName(), "the file cannot be read: " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
