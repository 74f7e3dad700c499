package org.csphub.audit;

import java.util.List;

/** One page of audit entries, newest first, with the total number that matched. */
public record AuditPage(List<AuditEntry> entries, int page, int pageSize, long total) {

	public int pageCount() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pageCount();
	}

}
