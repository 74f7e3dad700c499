package org.csphub.assessment.web;

import java.time.YearMonth;
import java.util.List;

import org.csphub.assessment.internal.Texts;

/** A month in a select: value {@code 2022-04}, text "April 2022". */
record MonthOption(String value, String label) {

	static List<MonthOption> of(List<YearMonth> months) {
		return months.stream().map(m -> new MonthOption(m.toString(), Texts.month(m))).toList();
	}

}
