package org.csphub.analysis.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Answers "which polygon contains this point" for a fixed set of polygons, such as a borough's LSOAs
 * or wards on the British National Grid.
 *
 * <p><b>Contract.</b> Each polygon is a non-empty JTS {@link Polygonal} ({@code Polygon} or
 * {@code MultiPolygon}, holes allowed) with a key, added in an order that the caller chooses (the
 * application orders by area code). Polygons are closed sets: a point on a polygon's boundary is
 * covered by it.
 * <ul>
 * <li>{@link #locate(double, double)} returns exactly one key for any point covered by at least one
 * polygon, and null for a point covered by none. <b>Boundary rule:</b> if the point lies in the
 * interior of some polygon, the earliest-added such polygon wins; otherwise (the point lies only on
 * boundaries, such as an edge or vertex shared by neighbouring polygons) the earliest-added polygon
 * whose boundary it lies on wins. So over a tiling (LSOAs, wards) every point is counted once and
 * counts add up, and the answer does not depend on the order in which candidates are examined.</li>
 * <li>{@link #locateAll(double, double)} returns every polygon that covers the point (interior or
 * boundary), in the order added: for areas that may overlap, such as priority neighbourhoods.</li>
 * <li>"On the boundary" is decided exactly, in double precision, on the stored coordinates; there is
 * no tolerance. Non-finite coordinates (NaN, infinities) are covered by nothing.</li>
 * <li>Invalid polygons (self-intersecting rings) are not refused, but a point inside them is judged by
 * the even-odd crossing rule; repair geometry before indexing (the import does, with
 * {@code GeometryFixer}).</li>
 * </ul>
 *
 * <p><b>How.</b> Candidates come from an {@link STRtree} over the polygons' envelopes; each is tested
 * with an {@link IndexedPointInAreaLocator} (the point locator inside JTS's {@code PreparedPolygon},
 * used directly because it tells interior from boundary in one pass, which the boundary rule needs).
 * A test costs O(log n) in the number of polygons plus O(log v) in the candidate's vertices. All
 * indexes are built in the constructor, so an instance is immutable and safe to share between threads.
 *
 * @param <T> the key, such as an area code
 */
public final class PolygonIndex<T> {

	private final STRtree tree = new STRtree();

	private final List<Entry<T>> entries;

	private PolygonIndex(List<Entry<T>> entries) {
		this.entries = List.copyOf(entries);
		for (Entry<T> entry : this.entries) {
			tree.insert(entry.envelope, entry);
			// Build each locator's lazy index now, so queries never contend on its lock.
			entry.locator.locate(entry.envelope.centre());
		}
		tree.build();
	}

	/** A builder that keeps the order in which polygons are added. */
	public static <T> Builder<T> builder() {
		return new Builder<>();
	}

	/** The number of polygons. */
	public int size() {
		return entries.size();
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The key of the polygon that covers the point under the boundary rule, or null if none does. */
	public T locate(double x, double y) {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			return null;
		}
		Search<T> search = new Search<>(new Coordinate(x, y));
		tree.query(new Envelope(x, x, y, y), search);
		return search.best == null ? null : search.best.key;
	}

	/** The key of the polygon that covers the grid point, or null. */
	public T locate(GridPoint point) {
		return locate(point.easting(), point.northing());
	}

	/** The keys of every polygon that covers the point, in the order added; empty if none does. */
	public List<T> locateAll(double x, double y) {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			return List.of();
		}
		Coordinate c = new Coordinate(x, y);
		List<Entry<T>> found = new ArrayList<>(2);
		tree.query(new Envelope(x, x, y, y), item -> {
			@SuppressWarnings("unchecked")
			Entry<T> entry = (Entry<T>) item;
			if (entry.locator.locate(c) != Location.EXTERIOR) {
				found.add(entry);
			}
		});
		if (found.isEmpty()) {
			return List.of();
		}
		found.sort(Comparator.comparingInt(e -> e.order));
		List<T> keys = new ArrayList<>(found.size());
		for (Entry<T> entry : found) {
			keys.add(entry.key);
		}
		return keys;
	}

	private static final class Entry<T> {

		final int order;

		final T key;

		final Envelope envelope;

		final IndexedPointInAreaLocator locator;

		Entry(int order, T key, Geometry polygon) {
			this.order = order;
			this.key = key;
			this.envelope = polygon.getEnvelopeInternal();
			this.locator = new IndexedPointInAreaLocator(polygon);
		}

	}

	/** One query's state: the best candidate so far under the boundary rule. */
	private static final class Search<T> implements org.locationtech.jts.index.ItemVisitor {

		private final Coordinate point;

		private Entry<T> best;

		private boolean bestIsInterior;

		Search(Coordinate point) {
			this.point = point;
		}

		@Override
		public void visitItem(Object item) {
			@SuppressWarnings("unchecked")
			Entry<T> entry = (Entry<T>) item;
			boolean earlier = best == null || entry.order < best.order;
			if (bestIsInterior && !earlier) {
				return;
			}
			int location = entry.locator.locate(point);
			if (location == Location.INTERIOR) {
				if (!bestIsInterior || earlier) {
					best = entry;
					bestIsInterior = true;
				}
			}
			else if (location == Location.BOUNDARY && !bestIsInterior && earlier) {
				best = entry;
			}
		}

	}

	/** Collects polygons in order; {@link #build()} makes the immutable index. */
	public static final class Builder<T> {

		private final List<Entry<T>> entries = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Adds a polygon after those added so far (later polygons lose ties on shared boundaries).
		 * @throws IllegalArgumentException if the geometry is empty or not a Polygon or MultiPolygon
		 */
		public Builder<T> add(T key, Geometry polygon) {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(polygon, "polygon");
			if (!(polygon instanceof Polygonal) || polygon.isEmpty()) {
				throw new IllegalArgumentException("the geometry of " + key + " must be a non-empty Polygon or "
						+ "MultiPolygon, not " + (polygon.isEmpty() ? "empty" : polygon.getGeometryType()));
			}
			entries.add(new Entry<>(entries.size(), key, polygon));
			return this;
		}

		public PolygonIndex<T> build() {
			return new PolygonIndex<>(entries);
		}

	}

}
