package org.csphub.incidents;

import java.time.YearMonth;

/**
 * The number of incidents (the sum of their counts) of one category in one month in one area of a type.
 *
 * @param areaCode the area's code; null for the incidents the import placed in no area of that type
 *        (in an unparished place, say, or outside every custom area)
 */
public record AreaMonthCategoryCount(String areaCode, YearMonth month, String category, long count) {
}
