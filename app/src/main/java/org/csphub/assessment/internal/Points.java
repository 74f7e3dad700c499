package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.csphub.incidents.LocatedIncidents;

/**
 * Located incidents of one or more sources in primitive arrays: each entry a point (British National
 * Grid metres), a month (whole months after {@code first}), a category and how many incidents are there.
 */
record Points(YearMonth first, double[] x, double[] y, int[] month, long[] count, String[] category) {

	static final Points EMPTY = new Points(YearMonth.of(2000, 1), new double[0], new double[0], new int[0], new long[0],
			new String[0]);

	/** The entries of the sources in the given months, months counted from {@code first}. */
	static Points of(YearMonth first, List<LocatedIncidents> sources, Set<YearMonth> months) {
		int size = 0;
		for (LocatedIncidents source : sources) {
			size += source.size();
		}
		double[] x = new double[size];
		double[] y = new double[size];
		int[] month = new int[size];
		long[] count = new long[size];
		String[] category = new String[size];
		int n = 0;
		for (LocatedIncidents source : sources) {
			for (int i = 0; i < source.size(); i++) {
				YearMonth m = source.month(i);
				if (!months.contains(m)) {
					continue;
				}
				x[n] = source.easting(i);
				y[n] = source.northing(i);
				month[n] = (int) first.until(m, ChronoUnit.MONTHS);
				count[n] = source.count(i);
				category[n] = source.category(i);
				n++;
			}
		}
		return new Points(first, java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n),
				java.util.Arrays.copyOf(month, n), java.util.Arrays.copyOf(count, n), java.util.Arrays.copyOf(category, n));
	}

	int size() {
		return x.length;
	}

	long incidents() {
		long total = 0;
		for (long c : count) {
			total += c;
		}
		return total;
	}

	double[] weights() {
		double[] w = new double[count.length];
		for (int i = 0; i < w.length; i++) {
			w[i] = count[i];
		}
		return w;
	}

}
