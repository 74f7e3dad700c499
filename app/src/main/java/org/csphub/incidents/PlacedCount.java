package org.csphub.incidents;

import java.time.YearMonth;

/**
 * The number of incidents (the sum of their counts) of one category in one month that the import placed
 * in one LSOA, ward and parish. Any code is null where no area of that type holds the incidents (an
 * unparished place, say).
 */
public record PlacedCount(String lsoaCode, String wardCode, String parishCode, YearMonth month, String category,
		long count) {
}
