package org.csphub.shared.web;


import org.csphub.shared.FieldProblem;
import org.csphub.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Shows a service's refusal on the form that caused it, field by field. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, InvalidInputException ex) {
		for (FieldProblem problem : ex.problems()) {
			if (problem.field() != null && result.getTarget() != null
					&& hasProperty(result.getTarget().getClass(), problem.field())) {
				result.rejectValue(problem.field(), problem.code(), problem.message());
			}
			else {
				result.reject(problem.code(), problem.message());
			}
		}
	}

	private static boolean hasProperty(Class<?> type, String name) {
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				if (component.getName().equals(name)) {
					return true;
				}
			}
			return false;
		}
		return org.springframework.beans.BeanUtils.getPropertyDescriptor(type, name) != null;
	}

}
