package org.csphub.analysis.concentration;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Incidents per place (an LSOA, a grid square, a police.uk map point), the input of the concentration
 * measures, with whether the places are snapped locations.
 *
 * <p><b>Contract.</b> Counts are {@code >= 0}. Places with no incident matter to concentration (a Gini
 * over the places with crime only understates it): {@link #of(Map, Collection, boolean)} adds every place
 * of {@code allPlaces} that has no count with 0. {@code locationsSnapped} is true for police.uk data,
 * whose locations are moved to one of about 750,000 anonymous map points; every result then carries
 * {@link #SNAPPED_LOCATIONS_CAVEAT}, which the UI must show beside it. Immutable; places sorted by code.
 *
 * @param counts incidents per place code, ascending by code
 * @param locationsSnapped whether the places are police.uk snap points rather than true locations
 */
public record PlaceCounts(SortedMap<String, Long> counts, boolean locationsSnapped) {

	/** What the UI must say wherever a result from snapped locations is shown. */
	public static final String SNAPPED_LOCATIONS_CAVEAT = "Locations are approximate: police.uk moves each crime "
			+ "to one of about 750,000 anonymous map points (the centre of a street or a public place), each "
			+ "covering at least eight addresses. A \"repeat location\" is a map point with several crimes, "
			+ "not necessarily one address, and concentration is measured over map points.";

	public PlaceCounts {
		TreeMap<String, Long> copy = new TreeMap<>();
		counts.forEach((place, count) -> {
			if (place == null || count == null || count < 0) {
				throw new IllegalArgumentException("each place needs a code and a count of at least 0");
			}
			copy.put(place, count);
		});
		counts = Collections.unmodifiableSortedMap(copy);
	}

	/** The counts as given (places with no entry are not included). */
	public static PlaceCounts of(Map<String, Long> counts, boolean locationsSnapped) {
		return new PlaceCounts(new TreeMap<>(counts), locationsSnapped);
	}

	/** The counts, with every place of {@code allPlaces} that has none counted as 0. */
	public static PlaceCounts of(Map<String, Long> counts, Collection<String> allPlaces, boolean locationsSnapped) {
		TreeMap<String, Long> all = new TreeMap<>(counts);
		allPlaces.forEach(place -> all.putIfAbsent(place, 0L));
		return new PlaceCounts(all, locationsSnapped);
	}

	/** The number of places. */
	public int places() {
		return counts.size();
	}

	/** The number of incidents. */
	public long incidents() {
		return counts.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
	}

	/** The caveat to show, present when the locations are snapped. */
	public Optional<String> caveat() {
		return locationsSnapped ? Optional.of(SNAPPED_LOCATIONS_CAVEAT) : Optional.empty();
	}

	/** Places from most to fewest incidents, ties in ascending code order. */
	java.util.List<Map.Entry<String, Long>> busiestFirst() {
		java.util.List<Map.Entry<String, Long>> entries = new java.util.ArrayList<>(counts.entrySet());
		entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		return entries;
	}

}
