package org.csphub.analysis.geo;

/**
 * Ordnance Survey grid references ("SK 537 195") for points on the British National Grid, as printed
 * on OS maps and used by police and council staff.
 *
 * <p>Contract: the two letters name the 100 km square (the OS lettering, which skips I), followed by
 * the easting and northing within it, each truncated (not rounded) to {@code digits} figures, so the
 * reference names the square of side 10<sup>5 − digits</sup> metres whose south-west corner is at or
 * below the point. Valid for 0 ≤ easting &lt; 700 km and 0 ≤ northing &lt; 1,300 km (Great Britain);
 * anything else is refused with {@link IllegalArgumentException}.
 */
public final class OsGridReference {

	private OsGridReference() {
	}

	/**
	 * @param digits figures per axis, 1 to 5 (3 gives a 100 m square, "SK 537 195")
	 */
	public static String of(double easting, double northing, int digits) {
		if (digits < 1 || digits > 5) {
			throw new IllegalArgumentException("digits must be 1 to 5, not " + digits);
		}
		if (!(easting >= 0 && easting < 700_000 && northing >= 0 && northing < 1_300_000)) {
			throw new IllegalArgumentException("not on the British National Grid: " + easting + ", " + northing);
		}
		int e100k = (int) Math.floor(easting / 100_000);
		int n100k = (int) Math.floor(northing / 100_000);
		int first = (19 - n100k) - (19 - n100k) % 5 + (e100k + 10) / 5;
		int second = (19 - n100k) * 5 % 25 + e100k % 5;
		char[] letters = { letter(first), letter(second) };
		long unit = (long) Math.pow(10, 5 - digits);
		long e = (long) Math.floor(easting % 100_000) / unit;
		long n = (long) Math.floor(northing % 100_000) / unit;
		String format = "%0" + digits + "d";
		return new String(letters) + " " + String.format(format, e) + " " + String.format(format, n);
	}

	private static char letter(int index) {
		return (char) ('A' + (index > 7 ? index + 1 : index));
	}

}
