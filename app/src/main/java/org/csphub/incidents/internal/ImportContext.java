package org.csphub.incidents.internal;

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

	long rowsRead;

	ImportContext(AreaLocator locator, Set<String> forces, ImportProgress progress) {
		this.locator = locator;
		this.forces = forces;
		this.progress = progress;
	}

	/** True when rows of this force are to be kept (all forces when none are configured). */
	boolean keeps(String forceSlug) {
		return forces.isEmpty() || forces.contains(forceSlug);
	}

	GridPoint project(double longitude, double latitude) {
		return grid.project(longitude, latitude);
	}

	AreaMatch locate(GridPoint point) {
		return locator.locate(point.easting(), point.northing());
	}

	void countRow(String file) {
		rowsRead++;
		if (rowsRead % PROGRESS_EVERY == 0) {
			progress.rowsProcessed(file, rowsRead);
		}
	}

}
