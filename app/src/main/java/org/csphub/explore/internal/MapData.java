package org.csphub.explore.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csphub.analysis.geo.BritishNationalGrid;
import org.csphub.analysis.geo.GridPoint;
import org.csphub.areas.AreaDetails;
import org.csphub.shared.MapTiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a profile's map draws: the area's boundary (WGS84 GeoJSON), the density squares as a
 * GeoJSON FeatureCollection of WGS84 polygons (each square's four grid corners converted with
 * {@link BritishNationalGrid}, so they are not quite rectangles in longitude and latitude), the bands
 * for the legend, and the tile server if one is configured.
 */
public final class MapData {

	private MapData() {
	}

	public static String json(AreaDetails area, DensityGrid grid, MapTiles tiles, String period) {
		BritishNationalGrid bng = new BritishNationalGrid();
		List<Map<String, Object>> features = grid.cells().stream().map(cell -> {
			List<double[]> ring = new java.util.ArrayList<>();
			for (GridPoint corner : cell.square().corners()) {
				ring.add(round(bng.toLongitudeLatitude(corner)));
			}
			ring.add(ring.get(0));
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("gridReference", cell.gridReference());
			properties.put("count", cell.count());
			properties.put("band", cell.band());
			Map<String, Object> geometry = new LinkedHashMap<>();
			geometry.put("type", "Polygon");
			geometry.put("coordinates", List.of(ring));
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("properties", properties);
			feature.put("geometry", geometry);
			return feature;
		}).toList();
		Map<String, Object> cells = new LinkedHashMap<>();
		cells.put("type", "FeatureCollection");
		cells.put("features", features);

		Map<String, Object> data = new LinkedHashMap<>();
		data.put("area", Map.of("name", area.name(), "code", area.code()));
		JsonNode boundary = JsonMapper.shared().readTree(area.geoJson());
		data.put("boundary", boundary);
		data.put("period", period);
		data.put("cellSize", grid.cellSize());
		data.put("bands", grid.bands().stream().map(b -> Map.of("band", b.number(), "from", b.from(), "to", b.to())).toList());
		data.put("cells", cells);
		if (tiles.configured()) {
			data.put("tiles", Map.of("url", tiles.url(), "attribution", tiles.attribution(), "subdomains",
					tiles.subdomains()));
		}
		return JsonMapper.shared().writeValueAsString(data);
	}

	/** Six decimal places of a degree, about 0.1 m. */
	private static double[] round(double[] lonLat) {
		return new double[] { Math.round(lonLat[0] * 1e6) / 1e6, Math.round(lonLat[1] * 1e6) / 1e6 };
	}

}
