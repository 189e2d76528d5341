package org.sendap.etl.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.SourceRow;
import org.springframework.core.io.ClassPathResource;

/**
 * A reference CSV shipped inside the product, read whole (they are a few hundred rows).
 */
record ReferenceTable(List<String> header, List<SourceRow> rows) {

	static ReferenceTable read(String classpathLocation) {
		ClassPathResource resource = new ClassPathResource(classpathLocation);
		try (CsvTabularFile file = CsvTabularFile.open(resource.getFilename(), resource.getInputStream())) {
			List<SourceRow> rows = new ArrayList<>();
			for (SourceRow row = file.nextRow(); row != null; row = file.nextRow()) {
				rows.add(row);
			}
			return new ReferenceTable(file.header(), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int column(String name) {
		int index = this.header.indexOf(name);
		if (index < 0) {
			throw new IllegalStateException("reference file has no column " + name + ": " + this.header);
		}
		return index;
	}

}
