package org.csphub.reporting.charts;

import java.util.List;

final class Lists {

	private Lists() {
	}

	/** "a", "a and b", "a, b and c". */
	static String and(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

}
