package org.csphub.areas;

import java.util.List;

/**
 * What a successful boundary import did.
 * @param added areas whose code was new
 * @param replaced areas whose code existed and whose boundary and name were replaced
 * @param removed areas of the type that the new files no longer contain
 * @param repairs the features whose invalid geometry was repaired, with what was wrong
 * @param boroughDerived true when the borough was made again from the union of the new LSOAs
 */
public record BoundaryImportResult(AreaType type, int added, int replaced, int removed, List<ImportProblem> repairs,
		boolean boroughDerived) {

	public BoundaryImportResult {
		repairs = List.copyOf(repairs);
	}

	/** The number of areas of the type after the import. */
	public int total() {
		return added + replaced;
	}

}
