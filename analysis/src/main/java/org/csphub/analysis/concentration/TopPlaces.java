package org.csphub.analysis.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The busiest places and the share of incidents they hold: "the top 5% of places have 40% of crime", and
 * the reverse, "half of all crime happens in 3% of places".
 *
 * <p><b>Definition.</b> Places are ordered from most to fewest incidents; ties are broken by ascending
 * place code (the tie rule: it decides which tied places are listed, never the share, since tied places
 * hold the same count). {@link #topFraction(PlaceCounts, double)} takes the first {@code k =
 * floor(fraction × n + 10⁻⁹)} places (the {@code 10⁻⁹} absorbs decimal rounding, so 29% of 100 is 29
 * places; 5% of 10 places is 0 places and a share of 0). {@link #holding(PlaceCounts, double)} takes the
 * fewest places, in the same order, whose incidents reach at least {@code share} of the total.
 * {@code tiedAtCutOff} says whether a place left out has the same count as the last one taken (the list
 * then depends on the tie rule). The share is unavailable when there are no incidents.
 *
 * @param places the places taken, busiest first
 * @param placeCount how many places were taken ({@code k})
 * @param totalPlaces how many places there are
 * @param incidentsInTop the incidents in the places taken
 * @param totalIncidents all incidents
 * @param share {@code incidentsInTop / totalIncidents}, empty when there are none
 * @param tiedAtCutOff whether a place left out ties with the last place taken
 * @param locationsSnapped whether the places are police.uk snap points
 */
public record TopPlaces(List<String> places, int placeCount, int totalPlaces, long incidentsInTop,
		long totalIncidents, OptionalDouble share, boolean tiedAtCutOff, boolean locationsSnapped) {

	public TopPlaces {
		places = List.copyOf(places);
	}

	/** The busiest {@code floor(fraction × n)} places, {@code fraction} in [0, 1]. */
	public static TopPlaces topFraction(PlaceCounts counts, double fraction) {
		if (!(fraction >= 0 && fraction <= 1)) {
			throw new IllegalArgumentException("the fraction of places must lie in [0, 1], not " + fraction);
		}
		int k = (int) Math.floor(fraction * counts.places() + 1e-9);
		return take(counts, Math.min(k, counts.places()));
	}

	/** The fewest busiest places holding at least {@code share} (in [0, 1]) of the incidents. */
	public static TopPlaces holding(PlaceCounts counts, double share) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException("the share of incidents must lie in [0, 1], not " + share);
		}
		List<Map.Entry<String, Long>> ordered = counts.busiestFirst();
		long total = counts.incidents();
		int k = 0;
		long held = 0;
		while (k < ordered.size() && held < share * total - 1e-9 * total) {
			held += ordered.get(k++).getValue();
		}
		return take(counts, k);
	}

	private static TopPlaces take(PlaceCounts counts, int k) {
		List<Map.Entry<String, Long>> ordered = counts.busiestFirst();
		List<String> places = new ArrayList<>(k);
		long held = 0;
		for (int i = 0; i < k; i++) {
			places.add(ordered.get(i).getKey());
			held += ordered.get(i).getValue();
		}
		long total = counts.incidents();
		boolean tied = k > 0 && k < ordered.size() && ordered.get(k).getValue().equals(ordered.get(k - 1).getValue());
		OptionalDouble share = total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) held / total);
		return new TopPlaces(places, k, ordered.size(), held, total, share, tied, counts.locationsSnapped());
	}

	/** The share of places taken, {@code placeCount / totalPlaces}; empty with no place. */
	public OptionalDouble placeShare() {
		return totalPlaces == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) placeCount / totalPlaces);
	}

	/** The caveat to show with the result, present when the locations are snapped. */
	public Optional<String> caveat() {
		return locationsSnapped ? Optional.of(PlaceCounts.SNAPPED_LOCATIONS_CAVEAT) : Optional.empty();
	}

}
