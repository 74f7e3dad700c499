package org.csphub.incidents;

import java.time.Instant;
import java.util.UUID;

/** One import as recorded: who ran it, when, on what, and what it did. */
public record ImportRun(UUID id, String kind, String sources, String actor, String files, Instant startedAt,
		Instant finishedAt, String status, long rowsRead, long imported, long replaced, long withoutLocation,
		long outsideArea, long rejected, String message) {

	public boolean succeeded() {
		return "SUCCEEDED".equals(status);
	}

}
