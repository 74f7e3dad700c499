package org.csphub.incidents.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaLocator;
import org.csphub.areas.AreaMatch;
import org.csphub.incidents.ImportProgress;

/**
 * What every file of one import shares: the boundaries to place rows in, the forces to keep, the
 * problems and counts so far, and the progress listener.
 */
final class ImportContext {

	static final int PROGRESS_EVERY = 10_000;

	final AreaLocator locator;

	final Set<String> forces;

	final Problems problems = new Problems();

	final MonthTally tally = new MonthTally();

	final ImportProgress progress;

	private final BritishNationalGrid grid = new BritishNationalGrid();

	/**
	 * Places already worked out, by the coordinate text as published. police.uk snaps every location to
	 * one of a limited set of anonymous map points, so the same coordinates recur thousands of times:
	 * projecting and locating each distinct point once makes the import several times faster.
	 */
	private final Map<String, Place> places = new HashMap<>();

	static final int MAX_PLACES = 200_000;

	/** A published location, projected and placed in its areas. */
	record Place(double longitude, double latitude, GridPoint point, AreaMatch match) {
	}

	long rowsRead;

	ImportContext(AreaLocator locator, Set<String> forces, ImportProgress progress) {
		this.locator = locator;
		this.forces = forces;
		this.progress = progress;
	}

	/** False for a police.uk file of a force not kept, which is skipped unread. */
	boolean wants(CsvEntry entry) {
		return PoliceUkFormat.forceOf(entry.fileName()).map(this::keeps).orElse(true);
	}

	/** True when rows of this force are to be kept (all forces when none are configured). */
	boolean keeps(String forceSlug) {
		return forces.isEmpty() || forces.contains(forceSlug);
	}

	GridPoint project(double longitude, double latitude) {
		return grid.project(longitude, latitude);
	}

	/** WGS84 longitude and latitude of a grid point. */
	double[] lonLatOf(GridPoint point) {
		return grid.toLongitudeLatitude(point);
	}

	AreaMatch locate(GridPoint point) {
		return locator.locate(point.easting(), point.northing());
	}

	/**
	 * The place of a row's coordinates: null when both are empty (no location), {@link #INVALID} after
	 * reporting a problem, otherwise the projected point and its areas.
	 */
	Place place(String longitudeText, String latitudeText, java.util.function.Consumer<String> problem) {
		String key = longitudeText + ',' + latitudeText;
		Place known = places.get(key);
		if (known != null) {
			return known;
		}
		double[] lonLat = Coordinates.read(longitudeText, latitudeText, problem);
		if (lonLat == null) {
			return null;
		}
		if (lonLat.length == 0) {
			return INVALID;
		}
		GridPoint point = project(lonLat[0], lonLat[1]);
		Place place = new Place(lonLat[0], lonLat[1], point, locate(point));
		if (places.size() >= MAX_PLACES) {
			places.clear();
		}
		places.put(key, place);
		return place;
	}

	static final Place INVALID = new Place(Double.NaN, Double.NaN, null, null);

	/**
	 * The rule every file applies to a checked row: counts it for its source and month as outside the
	 * area (a force not kept, or a place outside the borough), without location, or imported; and says
	 * whether to store it, which is only when it is imported and no problem has been found so far (the
	 * import will then change nothing).
	 * @param incidents how many incidents the row stands for (1, or a partner's count)
	 */
	boolean admit(MonthTally.Counts counts, boolean forceKept, Place place, long incidents) {
		if (!forceKept || (place != null && !place.match().insideBorough())) {
			counts.outsideArea += incidents;
			return false;
		}
		if (place == null) {
			counts.withoutLocation += incidents;
			return false;
		}
		counts.imported += incidents;
		return !problems.any();
	}

	void countRow(String file) {
		rowsRead++;
		if (rowsRead % PROGRESS_EVERY == 0) {
			progress.rowsProcessed(file, rowsRead);
		}
	}

}
