package org.csphub.analyse.internal;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to read from a points table.
 *
 * @param files the files, archives or folders (see {@link DataFiles})
 * @param xColumn the easting column in metres (with {@code yColumn}), or null
 * @param yColumn the northing column in metres, or null
 * @param lonColumn the WGS84 longitude column (with {@code latColumn}; projected to the British National
 *     Grid), or null
 * @param latColumn the WGS84 latitude column, or null
 * @param dateColumn the date column, or null when dates are not read
 * @param dates how dates are parsed
 * @param valueColumn a numeric column (a weight or value per point), or null
 * @param idColumn a column naming each point, or null (points are then named by their position, 1..n)
 * @param where keep only rows whose column (key) holds one of the values (compared ignoring case)
 * @param from keep only rows dated at or after this (null: no limit)
 * @param until keep only rows dated before this (null: no limit)
 */
public record PointsSpec(List<Path> files, String xColumn, String yColumn, String lonColumn, String latColumn,
		String dateColumn, Dates dates, String valueColumn, String idColumn, Map<String, Set<String>> where,
		LocalDateTime from, LocalDateTime until) {

	public PointsSpec {
		files = List.copyOf(files);
		where = Map.copyOf(where);
	}

	/** Whether coordinates are read (else every row is kept, located or not). */
	public boolean hasCoordinates() {
		return xColumn != null || lonColumn != null;
	}

	public boolean projected() {
		return lonColumn != null;
	}

}
