package org.csphub.incidents.internal;

/** Reads a longitude/latitude pair from text, with the reason when it cannot. */
final class Coordinates {

	private Coordinates() {
	}

	/** The pair, or null when both are empty (no location); problems go to the sink. */
	static double[] read(String longitudeText, String latitudeText, java.util.function.Consumer<String> problem) {
		String lon = longitudeText.trim();
		String lat = latitudeText.trim();
		if (lon.isEmpty() && lat.isEmpty()) {
			return null;
		}
		if (lon.isEmpty() || lat.isEmpty()) {
			problem.accept((lon.isEmpty() ? "Longitude" : "Latitude") + " is empty but "
					+ (lon.isEmpty() ? "Latitude" : "Longitude") + " is not");
			return new double[0];
		}
		double longitude;
		double latitude;
		try {
			longitude = Double.parseDouble(lon);
		}
		catch (NumberFormatException ex) {
			problem.accept("Longitude '" + lon + "' is not a number");
			return new double[0];
		}
		try {
			latitude = Double.parseDouble(lat);
		}
		catch (NumberFormatException ex) {
			problem.accept("Latitude '" + lat + "' is not a number");
			return new double[0];
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			problem.accept("Longitude " + lon + " is out of range (-180 to 180)");
			return new double[0];
		}
		if (!(latitude >= -90 && latitude <= 90)) {
			problem.accept("Latitude " + lat + " is out of range (-90 to 90)");
			return new double[0];
		}
		return new double[] { longitude, latitude };
	}

}
