package org.csphub.incidents;

import java.time.YearMonth;

/**
 * One loaded month of a source, with what the import that loaded it left out: the data-quality figures
 * of a month ({@code import_month}). A month with no entry is not loaded: missing data, never zero.
 *
 * @param imported rows stored for the month
 * @param withoutLocation rows without coordinates, counted and not stored
 * @param outsideArea rows located outside the borough, counted and not stored
 */
public record LoadedMonth(String source, YearMonth month, long imported, long withoutLocation, long outsideArea) {
}
