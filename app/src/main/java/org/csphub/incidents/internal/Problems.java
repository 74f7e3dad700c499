package org.csphub.incidents.internal;

import java.util.ArrayList;
import java.util.List;

import org.csphub.incidents.ImportProblem;

/**
 * Collects an import's problems. Counts all of them but keeps only the first {@value #KEPT}, so
 * that a file that is wrong on every line still gives a readable answer.
 */
final class Problems {

	static final int KEPT = 100;

	private final List<ImportProblem> kept = new ArrayList<>();

	private long count;

	void add(String file, long line, String message) {
		count++;
		if (kept.size() < KEPT) {
			kept.add(new ImportProblem(file, line, message));
		}
	}

	boolean any() {
		return count > 0;
	}

	long count() {
		return count;
	}

	List<ImportProblem> list() {
		if (count > kept.size()) {
			List<ImportProblem> withNote = new ArrayList<>(kept);
			withNote.add(new ImportProblem("", 0, (count - kept.size()) + " more problems not listed"));
			return withNote;
		}
		return List.copyOf(kept);
	}

}
