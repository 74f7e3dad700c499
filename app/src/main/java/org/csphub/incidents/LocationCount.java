package org.csphub.incidents;

/**
 * The incidents at one published location: for police.uk, one of the anonymous map points each crime
 * is moved to (a street centre or public place covering at least eight addresses), so a count here is
 * a count at a map point, never at an address.
 *
 * @param easting British National Grid metres
 * @param northing British National Grid metres
 * @param location the published description, such as "On or near Market Place" (the alphabetically first
 *        where rows at the point differ); null when none was published
 * @param count the incidents there (the sum of their counts)
 */
public record LocationCount(double easting, double northing, String location, long count) {
}
