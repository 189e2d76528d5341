package org.sendap.etl.catalogue;

/**
 * A catalogue or target file the loader cannot accept; the message names the file, the place in it
 * and what was expected.
 */
public class CatalogueException extends RuntimeException {

	public CatalogueException(String message) {
		super(message);
	}

}
