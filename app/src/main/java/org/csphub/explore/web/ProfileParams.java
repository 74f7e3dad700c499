package org.csphub.explore.web;

import java.util.List;

/**
 * A profile's query string, as bookmarked or sent by the filter form (GET): the data source, the
 * start and end months ({@code YYYY-MM}) and the crime types ({@code category}, repeated). Fields in
 * the order the page shows them, for the error summary.
 */
record ProfileParams(String source, String from, String to, List<String> category) {

	ProfileParams {
		category = category == null ? List.of() : List.copyOf(category);
	}

}
