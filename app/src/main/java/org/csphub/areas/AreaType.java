package org.csphub.areas;

/** The kinds of area a partnership reports on. */
public enum AreaType {

	/** The local authority district the partnership covers; there is one. */
	BOROUGH("Borough"),
	/** Electoral wards. */
	WARD("Ward"),
	/** Civil parishes and town councils (not every place is parished). */
	PARISH("Parish"),
	/** Lower layer super output areas (2011), the unit of population and deprivation statistics. */
	LSOA("LSOA"),
	/** Areas the partnership draws itself: priority neighbourhoods, estates, town centres, rural beats. */
	CUSTOM("Priority neighbourhood or custom area");

	private final String label;

	AreaType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
