package org.csphub.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;

/**
 * One version of a priority-setting matrix: the criteria an issue is scored on, each from 1 to 5 with a
 * written definition of every score and a weight, and the confidence grades. A saved version never
 * changes: a coordinator's change makes the next version, and every assessment keeps the version it
 * was scored with.
 *
 * <p><b>Total.</b> An issue's total is the sum over the criteria of score × weight, defined only when
 * every criterion is scored. The default scheme weighs every criterion 1, so harm (four criteria)
 * counts for half of the 40 points.
 */
public record PriorityScheme(PrioritySchemeRef ref, String name, List<Criterion> criteria, List<ConfidenceGrade> grades,
		Instant createdAt, String createdBy) {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	public PriorityScheme {
		Objects.requireNonNull(ref, "ref");
		Objects.requireNonNull(name, "name");
		criteria = List.copyOf(criteria);
		grades = List.copyOf(grades);
	}

	/**
	 * A criterion.
	 * @param group the heading it is grouped under, such as "Harm" for its four kinds
	 * @param definitions what scores 1 to 5 mean, in order (five of them)
	 */
	public record Criterion(String code, String group, String label, String question, int weight,
			List<String> definitions) {

		public Criterion {
			Objects.requireNonNull(code, "code");
			definitions = List.copyOf(definitions);
		}

		/** What the score means, for a score from 1 to 5. */
		public String definition(int score) {
			return definitions.get(score - 1);
		}

	}

	/** How sure the partnership is of an issue's scores: a letter, a label and what it means. */
	public record ConfidenceGrade(String grade, String label, String definition) {
	}

	public Optional<Criterion> criterion(String code) {
		return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public Optional<ConfidenceGrade> grade(String grade) {
		return grades.stream().filter(g -> g.grade().equals(grade)).findFirst();
	}

	/** The highest possible total. */
	public int maximumTotal() {
		return criteria.stream().mapToInt(c -> c.weight() * HIGHEST).sum();
	}

	/** True when every criterion has a score. */
	public boolean complete(Map<String, Integer> scores) {
		return criteria.stream().allMatch(c -> scores.get(c.code()) != null);
	}

	/** The weighted total, or null unless every criterion is scored. */
	public Integer total(Map<String, Integer> scores) {
		if (!complete(scores)) {
			return null;
		}
		return criteria.stream().mapToInt(c -> c.weight() * scores.get(c.code())).sum();
	}

	/** The weighted total of the criteria in one group (harm, say), or null unless all of them are scored. */
	public Integer groupTotal(String group, Map<String, Integer> scores) {
		int total = 0;
		for (Criterion c : criteria) {
			if (c.group().equals(group)) {
				Integer score = scores.get(c.code());
				if (score == null) {
					return null;
				}
				total += c.weight() * score;
			}
		}
		return total;
	}

	/** The groups of criteria in order, each once. */
	public List<String> groups() {
		return criteria.stream().map(Criterion::group).distinct().toList();
	}

	/**
	 * The next version of this scheme with changed texts and weights (the same criteria and grades, in
	 * the same order), checked field by field; this version is left as it was.
	 * @throws InvalidInputException listing every problem
	 */
	public PriorityScheme nextVersion(String newName, List<Criterion> newCriteria, List<ConfidenceGrade> newGrades,
			Instant now, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		String cleanName = clean(newName);
		require(cleanName, 200, "name", "scheme.name", "Enter the scheme's name", problems);
		if (newCriteria.size() != criteria.size() || newGrades.size() != grades.size()) {
			throw new InvalidInputException(null, "scheme.shape", "A new version keeps the same criteria and grades");
		}
		List<Criterion> checked = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			Criterion was = criteria.get(i);
			Criterion given = newCriteria.get(i);
			String field = "criteria[" + i + "]";
			String label = clean(given.label());
			require(label, 200, field + ".label", "scheme.criterion.label", "Enter the name of criterion " + (i + 1),
					problems);
			String question = clean(given.question());
			require(question, 500, field + ".question", "scheme.criterion.question",
					"Enter the question for " + was.label(), problems);
			if (given.weight() < 0 || given.weight() > 10) {
				problems.add(new FieldProblem(field + ".weight", "scheme.criterion.weight",
						"The weight of " + was.label() + " must be a whole number from 0 to 10"));
			}
			List<String> definitions = new ArrayList<>();
			for (int s = 0; s < HIGHEST; s++) {
				String definition = s < given.definitions().size() ? clean(given.definitions().get(s)) : "";
				require(definition, 500, field + ".definitions[" + s + "]", "scheme.criterion.definition",
						"Enter what a score of " + (s + 1) + " means for " + was.label(), problems);
				definitions.add(definition);
			}
			checked.add(new Criterion(was.code(), was.group(), label, question, given.weight(), definitions));
		}
		List<ConfidenceGrade> checkedGrades = new ArrayList<>();
		for (int i = 0; i < grades.size(); i++) {
			ConfidenceGrade was = grades.get(i);
			ConfidenceGrade given = newGrades.get(i);
			String field = "grades[" + i + "]";
			String label = clean(given.label());
			require(label, 60, field + ".label", "scheme.grade.label", "Enter the label of grade " + was.grade(), problems);
			String definition = clean(given.definition());
			require(definition, 500, field + ".definition", "scheme.grade.definition",
					"Enter what grade " + was.grade() + " means", problems);
			checkedGrades.add(new ConfidenceGrade(was.grade(), label, definition));
		}
		if (checked.stream().mapToInt(Criterion::weight).sum() == 0 && problems.isEmpty()) {
			problems.add(new FieldProblem("criteria[0].weight", "scheme.weights.zero",
					"At least one criterion must have a weight above 0"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new PriorityScheme(new PrioritySchemeRef(ref.schemeId(), ref.version() + 1), cleanName, checked,
				checkedGrades, now, by);
	}

	private static String clean(String text) {
		return text == null ? "" : text.trim().replaceAll("\\s+", " ");
	}

	private static void require(String value, int max, String field, String code, String message,
			List<FieldProblem> problems) {
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, code + ".required", message));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, code + ".tooLong", message.replaceFirst("^Enter ", "Shorten ")
					+ " to " + max + " characters or fewer"));
		}
	}

}
