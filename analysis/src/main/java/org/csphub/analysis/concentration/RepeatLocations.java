package org.csphub.analysis.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Repeat locations: places with at least {@code k} incidents.
 *
 * <p><b>Definition.</b> A repeat location is a place with {@code count >= threshold} ({@code threshold >=
 * 2}). The result lists them busiest first (ties by ascending code), with how many there are, the
 * incidents at them and their share of all incidents. {@code repeatIncidents} counts, over <em>every</em>
 * place, the incidents after the first at the same place, {@code Σ max(0, count − 1)}: the usual measure
 * of repeat victimisation, independent of the threshold.
 *
 * <p><b>Snapped locations.</b> With police.uk data ({@code locationsSnapped}) a place is an anonymous map
 * point covering at least eight addresses, so repeats at it are repeat <em>map points</em>, not repeat
 * addresses; part of them is an artefact of the snapping. {@link #caveat()} gives the text the UI must
 * show.
 *
 * @param threshold the minimum count of a repeat location
 * @param locations the repeat locations, busiest first, with their counts
 * @param incidentsAtRepeatLocations the incidents at them
 * @param totalIncidents all incidents
 * @param shareAtRepeatLocations their share of all incidents, empty when there are none
 * @param repeatIncidents incidents after the first at the same place, over every place
 * @param locationsSnapped whether the places are police.uk snap points
 */
public record RepeatLocations(int threshold, List<Map.Entry<String, Long>> locations, long incidentsAtRepeatLocations,
		long totalIncidents, OptionalDouble shareAtRepeatLocations, long repeatIncidents, boolean locationsSnapped) {

	public RepeatLocations {
		locations = List.copyOf(locations);
	}

	public static RepeatLocations find(PlaceCounts counts, int threshold) {
		if (threshold < 2) {
			throw new IllegalArgumentException("a repeat needs at least 2 incidents, not " + threshold);
		}
		List<Map.Entry<String, Long>> repeats = new ArrayList<>();
		long at = 0;
		long repeatIncidents = 0;
		for (Map.Entry<String, Long> e : counts.busiestFirst()) {
			long c = e.getValue();
			if (c >= threshold) {
				repeats.add(Map.entry(e.getKey(), c));
				at += c;
			}
			repeatIncidents += Math.max(0, c - 1);
		}
		long total = counts.incidents();
		OptionalDouble share = total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) at / total);
		return new RepeatLocations(threshold, repeats, at, total, share, repeatIncidents, counts.locationsSnapped());
	}

	/** The number of repeat locations. */
	public int locationCount() {
		return locations.size();
	}

	/** The caveat to show with the result, present when the locations are snapped. */
	public Optional<String> caveat() {
		return locationsSnapped ? Optional.of(PlaceCounts.SNAPPED_LOCATIONS_CAVEAT) : Optional.empty();
	}

}
