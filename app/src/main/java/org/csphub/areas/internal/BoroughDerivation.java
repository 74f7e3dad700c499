package org.csphub.areas.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Makes the borough from its LSOAs when no borough boundary has been imported (docs/adr/0007): the
 * boundary is the union of the LSOA polygons (LSOAs nest exactly within local authority districts),
 * and the name is the district name with which ONS starts every LSOA name ("Charnwood 022A" gives
 * "Charnwood"), or "Borough" when the LSOAs' names disagree. The code is made from the name
 * ({@code charnwood}), since LSOA files do not carry the district's code.
 */
final class BoroughDerivation {

	private static final Pattern LSOA_NAME = Pattern.compile("^(.+?)\\s+\\d{3}[A-Z]$");

	private BoroughDerivation() {
	}

	static AreaRepository.NewArea from(List<BoundaryFeature> lsoas) {
		Geometry union = UnaryUnionOp.union(lsoas.stream().map(BoundaryFeature::geometry).toList());
		String name = districtName(lsoas.stream().map(BoundaryFeature::name).toList());
		return new AreaRepository.NewArea(BoundaryProperties.slug(name), name, union);
	}

	static String districtName(List<String> lsoaNames) {
		String district = null;
		for (String lsoaName : lsoaNames) {
			Matcher matcher = LSOA_NAME.matcher(lsoaName.trim());
			String candidate = matcher.matches() ? matcher.group(1) : null;
			if (candidate == null || (district != null && !district.equals(candidate))) {
				return "Borough";
			}
			district = candidate;
		}
		return district == null ? "Borough" : district;
	}

}
