package org.csphub.areas;

/**
 * One area in a list.
 * @param population2019 the 2019 population (see {@link Areas#population(AreaRef)}), or null when unknown
 * @param derived true for a borough made from the union of the LSOAs rather than imported
 */
public record AreaSummary(AreaRef ref, String name, double areaKm2, Long population2019, boolean derived) {

	public AreaType type() {
		return ref.type();
	}

	public String code() {
		return ref.code();
	}

}
