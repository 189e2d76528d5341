package org.sendap.dashboard.imports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files are kept and how big they may be.
 *
 * @param folder uploads are saved under it, in a sub-folder per day, and never overwritten: the
 * import history points at them
 * @param maxSize the largest file the upload form accepts (the servlet's multipart limits are set
 * from it in application.properties)
 */
@ConfigurationProperties("sendap.upload")
public record UploadProperties(@DefaultValue("data/uploads") Path folder, @DefaultValue("100MB") DataSize maxSize) {

	/** The limit as the data team reads it: {@code 100 MB}, {@code 512 KB}. */
	public String maxSizeText() {
		long bytes = this.maxSize.toBytes();
		if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return this.maxSize.toMegabytes() + " MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return this.maxSize.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

}
