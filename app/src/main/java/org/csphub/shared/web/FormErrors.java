package org.csphub.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Shows a service's refusal on the form that caused it, field by field. A form record declares its
 * fields in the order its page shows them, and the problems are added in that order, so that the
 * error summary lists them as the page does; problems with no field of the form come first.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, InvalidInputException ex) {
		Class<?> form = result.getTarget() == null ? null : result.getTarget().getClass();
		List<FieldProblem> problems = new ArrayList<>(ex.problems());
		ToIntFunction<FieldProblem> position = problem -> form != null && form.isRecord() && problem.field() != null
				? recordFields(form).indexOf(problem.field()) : -1;
		problems.sort(Comparator.comparingInt(position));
		for (FieldProblem problem : problems) {
			if (problem.field() != null && form != null && hasProperty(form, problem.field())) {
				result.rejectValue(problem.field(), problem.code(), problem.message());
			}
			else {
				result.reject(problem.code(), problem.message());
			}
		}
	}

	private static List<String> recordFields(Class<?> record) {
		return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	private static boolean hasProperty(Class<?> type, String name) {
		if (type.isRecord()) {
			return recordFields(type).contains(name);
		}
		return org.springframework.beans.BeanUtils.getPropertyDescriptor(type, name) != null;
	}

}
