package org.csphub.incidents;

import java.time.YearMonth;

/** The number of incidents of one category in one month (the sum of their counts). */
public record MonthCategoryCount(YearMonth month, String category, long count) {
}
