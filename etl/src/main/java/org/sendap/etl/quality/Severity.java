package org.sendap.etl.quality;

/** An ERROR rejects the file; a WARNING is reported and the file loads. */
public enum Severity {

	ERROR, WARNING

}
