package org.csphub.incidents.internal;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts per source and month of what an import stored and left out. */
final class MonthTally {

	record Key(String source, YearMonth month) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int bySource = source.compareTo(other.source);
			return bySource != 0 ? bySource : month.compareTo(other.month);
		}

	}

	static final class Counts {

		long imported;

		long withoutLocation;

		long outsideArea;

	}

	private final Map<Key, Counts> counts = new TreeMap<>();

	Counts of(String source, YearMonth month) {
		return counts.computeIfAbsent(new Key(source, month), k -> new Counts());
	}

	Map<Key, Counts> all() {
		return counts;
	}

	Set<YearMonth> months() {
		Set<YearMonth> months = new TreeSet<>();
		counts.keySet().forEach(k -> months.add(k.month()));
		return months;
	}

	Set<String> sources() {
		Set<String> sources = new TreeSet<>();
		counts.keySet().forEach(k -> sources.add(k.source()));
		return sources;
	}

	long total(java.util.function.ToLongFunction<Counts> field) {
		return counts.values().stream().mapToLong(field).sum();
	}

}
