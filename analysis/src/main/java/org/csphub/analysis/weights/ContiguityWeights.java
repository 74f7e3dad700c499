package org.csphub.analysis.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

/**
 * Binary contiguity weights between polygons (LSOAs, wards, beats): {@code w_ij = 1} when polygons
 * {@code i ≠ j} are neighbours under the chosen rule, else 0.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li><b>Queen</b>: the polygons share at least one point (they touch at a vertex or along an edge,
 * or overlap).</li>
 * <li><b>Rook</b>: the polygons share a boundary segment of positive length (the DE-9IM
 * boundary/boundary intersection has dimension 1), or their interiors overlap. Polygons meeting at a
 * single corner are queen but not rook neighbours.</li>
 * <li>The test is exact, in double precision, on the stored coordinates (JTS {@link RelateNG}): there
 * is no snapping tolerance, so boundaries from the same source (which share vertices exactly) work,
 * while independently digitised boundaries separated by slivers do not touch. Repair or snap the
 * geometries first if needed.</li>
 * <li>Each geometry must be a non-empty {@code Polygon} or {@code MultiPolygon}. The result is
 * symmetric, {@link SpatialWeights.Transform#BINARY}, observation {@code i} is polygon {@code i}.</li>
 * <li>Candidate pairs come from a JTS {@link STRtree} over the polygons' envelopes; only pairs whose
 * envelopes intersect are tested.</li>
 * </ul>
 */
public final class ContiguityWeights {

	/** Which shared boundary makes two polygons neighbours. */
	public enum Rule {

		/** At least one shared point. */
		QUEEN,

		/** A shared boundary segment of positive length. */
		ROOK

	}

	private ContiguityWeights() {
	}

	/** Queen contiguity, ids {@code "0".."n-1"}. */
	public static SpatialWeights queen(List<? extends Geometry> polygons) {
		return build(polygons, Rule.QUEEN, null);
	}

	/** Rook contiguity, ids {@code "0".."n-1"}. */
	public static SpatialWeights rook(List<? extends Geometry> polygons) {
		return build(polygons, Rule.ROOK, null);
	}

	/**
	 * Contiguity under the rule, with the given ids (null for {@code "0".."n-1"}).
	 * @throws IllegalArgumentException if a geometry is empty or not polygonal, or the ids do not match
	 */
	public static SpatialWeights build(List<? extends Geometry> polygons, Rule rule, List<String> ids) {
		Objects.requireNonNull(polygons, "polygons");
		Objects.requireNonNull(rule, "rule");
		int n = polygons.size();
		if (ids != null && ids.size() != n) {
			throw new IllegalArgumentException(n + " polygons but " + ids.size() + " ids");
		}
		STRtree tree = new STRtree();
		for (int i = 0; i < n; i++) {
			Geometry polygon = polygons.get(i);
			if (!(polygon instanceof Polygonal) || polygon.isEmpty()) {
				throw new IllegalArgumentException("Geometry " + i + " must be a non-empty Polygon or MultiPolygon, not "
						+ (polygon == null ? "null" : polygon.isEmpty() ? "empty" : polygon.getGeometryType()));
			}
			tree.insert(polygon.getEnvelopeInternal(), i);
		}
		tree.build();
		List<String> checkedIds = ids == null ? SpatialWeights.defaultIds(n) : SpatialWeights.checkedIds(ids);
		List<Points.Found> lists = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			lists.add(new Points.Found());
		}
		for (int i = 0; i < n; i++) {
			int self = i;
			RelateNG prepared = RelateNG.prepare(polygons.get(i));
			tree.query(polygons.get(i).getEnvelopeInternal(), item -> {
				int j = (Integer) item;
				if (j > self && neighbours(prepared, polygons.get(j), rule)) {
					lists.get(self).add(j);
					lists.get(j).add(self);
				}
			});
		}
		List<int[]> arrays = new ArrayList<>(n);
		for (Points.Found found : lists) {
			arrays.add(found.toArray());
		}
		return SpatialWeights.fromLists(checkedIds, arrays);
	}

	private static boolean neighbours(RelateNG a, Geometry b, Rule rule) {
		if (!a.evaluate(b, RelatePredicate.intersects())) {
			return false;
		}
		return rule == Rule.QUEEN || a.evaluate(b, "****1****") || a.evaluate(b, "2********");
	}

}
