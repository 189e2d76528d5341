package org.sendap.dashboard.imports;

import java.util.List;

/**
 * One page of the import history: 50 imports, newest first, optionally of one status.
 *
 * @param status the status shown, or null for all
 * @param page the page number, from 1
 * @param total how many imports there are with that status
 */
public record ImportListModel(List<ImportRun> imports, String status, int page, int total) {

	static final int PAGE_SIZE = 50;

	static ImportListModel of(ImportRepository repository, String status, int page) {
		int wanted = Math.max(1, page);
		int total = repository.count(status);
		return new ImportListModel(repository.newestFirst(status, (wanted - 1) * PAGE_SIZE, PAGE_SIZE), status, wanted,
				total);
	}

	public int pages() {
		return Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	/** The position of the first import on the page, from 1 (0 when the page is empty). */
	public int first() {
		return this.imports.isEmpty() ? 0 : (this.page - 1) * PAGE_SIZE + 1;
	}

	public int last() {
		return this.imports.isEmpty() ? 0 : first() + this.imports.size() - 1;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

}
