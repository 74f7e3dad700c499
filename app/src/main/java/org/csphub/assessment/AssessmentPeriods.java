package org.csphub.assessment;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;

/**
 * The rules for an assessment's months: each period from 1 to {@value #MAX_MONTHS} months, and the
 * comparison period ending before the period starts (usually the same number of months straight
 * before). Months are written {@code 2022-04}.
 */
public final class AssessmentPeriods {

	public static final int MAX_MONTHS = 36;

	private AssessmentPeriods() {
	}

	/** A month as written in a form, or null (with a problem for the field) when it is not one. */
	public static YearMonth month(String text, String field, String what, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "assessment.period.monthRequired", "Select the " + what));
			return null;
		}
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "assessment.period.monthInvalid", "Select the " + what + " from the list"));
			return null;
		}
	}

	/** The period's months checked: problems for the fields named, or nothing. */
	public static void checkPeriod(YearMonth first, YearMonth last, String firstField, String lastField,
			List<FieldProblem> problems) {
		if (first == null || last == null) {
			return;
		}
		if (last.isBefore(first)) {
			problems.add(new FieldProblem(lastField, "assessment.period.lastBeforeFirst",
					"The last month must be the same as or after the first month"));
		}
		else if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1 > MAX_MONTHS) {
			problems.add(new FieldProblem(lastField, "assessment.period.tooLong",
					"A period can be at most " + MAX_MONTHS + " months"));
		}
	}

	/** The same number of months straight before the period. */
	public static AssessmentPeriod withComparisonBefore(YearMonth first, YearMonth last) {
		int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
		return new AssessmentPeriod(first, last, first.minusMonths(months), first.minusMonths(1));
	}

	/**
	 * The whole period checked, with the comparison's problems against the fields named.
	 * @throws InvalidInputException when the comparison period is not before the period or too long
	 */
	public static AssessmentPeriod check(AssessmentPeriod period, String comparisonFirstField,
			String comparisonLastField) {
		List<FieldProblem> problems = new ArrayList<>();
		checkPeriod(period.first(), period.last(), "first", "last", problems);
		checkPeriod(period.comparisonFirst(), period.comparisonLast(), comparisonFirstField, comparisonLastField,
				problems);
		if (problems.isEmpty() && !period.comparisonLast().isBefore(period.first())) {
			problems.add(new FieldProblem(comparisonLastField, "assessment.period.overlap",
					"The comparison period must end before the assessment period starts"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return period;
	}

}
