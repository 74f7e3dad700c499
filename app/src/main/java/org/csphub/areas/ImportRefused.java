package org.csphub.areas;

import java.util.List;

import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;

/**
 * An import was refused because of what the files contain, and nothing was changed. Lists every
 * problem found, up to {@link #MAX_PROBLEMS}.
 */
public class ImportRefused extends InvalidInputException {

	/** Reading stops after this many problems; a file with more is certainly not the right one. */
	public static final int MAX_PROBLEMS = 100;

	private final List<ImportProblem> importProblems;

	private final boolean truncated;

	public ImportRefused(List<ImportProblem> problems, boolean truncated) {
		super(fieldProblems(problems, truncated));
		this.importProblems = List.copyOf(problems);
		this.truncated = truncated;
	}

	/** The problems in the order found. */
	public List<ImportProblem> importProblems() {
		return importProblems;
	}

	/** True when reading stopped at {@link #MAX_PROBLEMS} and there may be more. */
	public boolean truncated() {
		return truncated;
	}

	private static List<FieldProblem> fieldProblems(List<ImportProblem> problems, boolean truncated) {
		var list = new java.util.ArrayList<FieldProblem>();
		for (ImportProblem problem : problems) {
			list.add(new FieldProblem("file", "areas.import.problem", problem.message()));
		}
		if (truncated) {
			list.add(new FieldProblem("file", "areas.import.tooManyProblems",
					"Reading stopped after " + MAX_PROBLEMS + " problems; there may be more"));
		}
		return list;
	}

}
