package org.sendap.etl.benchmark;

/**
 * A database the benchmark imports into: a name to print and how to connect.
 */
public record Warehouse(String name, String url, String user, String password) {

	public boolean isPostgreSql() {
		return this.url.startsWith("jdbc:postgresql:");
	}

}
