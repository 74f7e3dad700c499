package org.csphub.shared;

import java.util.List;
import java.util.stream.Collectors;

/** A request was refused because of what the user entered; nothing was changed. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String code, String message) {
		this(List.of(new FieldProblem(field, code, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
