package org.csphub.incidents;

import java.util.List;

/** An import was refused: nothing was changed. The problems say which file, line and why. */
public class ImportFailedException extends RuntimeException {

	private final ImportSummary summary;

	public ImportFailedException(ImportSummary summary) {
		super(describe(summary.problems()));
		this.summary = summary;
	}

	public ImportSummary summary() {
		return summary;
	}

	private static String describe(List<ImportProblem> problems) {
		return problems.size() + " problem(s); the first: " + (problems.isEmpty() ? "none" : problems.get(0));
	}

}
