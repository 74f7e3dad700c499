package org.csphub.areas.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csphub.analysis.geo.PolygonIndex;
import org.csphub.areas.AreaLocator;
import org.csphub.areas.AreaMatch;
import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaType;
import org.csphub.areas.internal.AreaRepository.StoredArea;
import org.locationtech.jts.geom.Point;

/**
 * An immutable picture of every boundary at one moment: a {@link PolygonIndex} per area type, which
 * makes the {@link AreaLocator}, and which LSOAs make up each area.
 *
 * <p><b>Boundary rule.</b> Within each type the polygons are indexed in ascending order of area code,
 * so a point on a boundary shared by two wards goes to the ward with the lower code (see
 * {@link PolygonIndex}); custom areas may overlap and a point is in every custom area that covers it.
 *
 * <p><b>Which LSOAs make up an area</b> (docs/adr/0008). Each LSOA is represented by its interior point
 * (a point inside its polygon, computed by JTS; unlike the centroid it cannot fall outside a concave
 * shape). An LSOA belongs to a borough, ward or parish when the locator puts its interior point there,
 * so each LSOA belongs to exactly one ward; it belongs to every custom area that covers its interior
 * point. A custom area smaller than an LSOA may therefore contain none.
 */
public final class AreaSnapshot {

	private final Map<AreaType, PolygonIndex<String>> indexes = new EnumMap<>(AreaType.class);

	private final Map<AreaRef, List<String>> lsoasByArea = new HashMap<>();

	private final Locator locator;

	private AreaSnapshot(List<StoredArea> areas) {
		Map<AreaType, List<StoredArea>> byType = new EnumMap<>(AreaType.class);
		for (AreaType type : AreaType.values()) {
			byType.put(type, new ArrayList<>());
		}
		areas.forEach(area -> byType.get(area.ref().type()).add(area));
		byType.forEach((type, list) -> {
			list.sort(Comparator.comparing(area -> area.ref().code()));
			PolygonIndex.Builder<String> builder = PolygonIndex.builder();
			list.forEach(area -> builder.add(area.ref().code(), area.geometry()));
			indexes.put(type, builder.build());
		});
		this.locator = new Locator(indexes.get(AreaType.BOROUGH), indexes.get(AreaType.LSOA),
				indexes.get(AreaType.WARD), indexes.get(AreaType.PARISH), indexes.get(AreaType.CUSTOM));
		for (StoredArea lsoa : byType.get(AreaType.LSOA)) {
			String code = lsoa.ref().code();
			lsoasByArea.computeIfAbsent(lsoa.ref(), k -> new ArrayList<>()).add(code);
			Point inside = lsoa.geometry().getInteriorPoint();
			double x = inside.getX();
			double y = inside.getY();
			for (AreaType type : List.of(AreaType.BOROUGH, AreaType.WARD, AreaType.PARISH)) {
				String area = indexes.get(type).locate(x, y);
				if (area != null) {
					lsoasByArea.computeIfAbsent(new AreaRef(type, area), k -> new ArrayList<>()).add(code);
				}
			}
			for (String custom : indexes.get(AreaType.CUSTOM).locateAll(x, y)) {
				lsoasByArea.computeIfAbsent(new AreaRef(AreaType.CUSTOM, custom), k -> new ArrayList<>()).add(code);
			}
		}
		lsoasByArea.values().forEach(list -> list.sort(Comparator.naturalOrder()));
	}

	public static AreaSnapshot of(List<StoredArea> areas) {
		return new AreaSnapshot(areas);
	}

	public AreaLocator locator() {
		return locator;
	}

	/** The codes of the LSOAs that make up the area, in code order; empty if none or no such area. */
	public List<String> lsoasOf(AreaRef area) {
		return List.copyOf(lsoasByArea.getOrDefault(area, List.of()));
	}

	/** The AreaLocator contract over the snapshot's indexes. */
	private record Locator(PolygonIndex<String> borough, PolygonIndex<String> lsoa, PolygonIndex<String> ward,
			PolygonIndex<String> parish, PolygonIndex<String> custom) implements AreaLocator {

		@Override
		public AreaMatch locate(double easting, double northing) {
			if (borough.locate(easting, northing) == null) {
				return AreaMatch.OUTSIDE;
			}
			return new AreaMatch(true, lsoa.locate(easting, northing), ward.locate(easting, northing),
					parish.locate(easting, northing), custom.locateAll(easting, northing));
		}

	}

}
