package org.csphub.analysis.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * How fast {@link PolygonIndex} assigns points, on one thread, against a baseline measured in the
 * same run: testing every polygon in turn with JTS prepared geometries. Not part of the test suite.
 * The polygons are a Voronoi tiling of a 20 km square (the size of a district), densified so that
 * each has a few hundred vertices like a real LSOA boundary. The target is at least 500,000 points a
 * second for 100 to 600 polygons.
 *
 * <pre>
 * ./mvnw -q -pl analysis test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp analysis/target/classes:analysis/target/test-classes:$(cat analysis/target/cp.txt) \
 *     org.csphub.analysis.geo.PolygonIndexBenchmark
 * </pre>
 * or run {@code main} from an IDE. On the 2-core development machine: about 1,000,000 points/s for
 * both 100 and 600 polygons.
 */
public final class PolygonIndexBenchmark {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	public static void main(String[] args) {
		for (int polygons : new int[] { 100, 600 }) {
			run(polygons);
		}
	}

	private static void run(int polygonCount) {
		List<Geometry> cells = tiling(polygonCount, new Random(1));
		PolygonIndex.Builder<Integer> builder = PolygonIndex.builder();
		List<PreparedGeometry> prepared = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			builder.add(i, cells.get(i));
			prepared.add(PreparedGeometryFactory.prepare(cells.get(i)));
		}
		PolygonIndex<Integer> index = builder.build();
		double[] xs = new double[1_000_000];
		double[] ys = new double[xs.length];
		Random random = new Random(2);
		for (int i = 0; i < xs.length; i++) {
			xs[i] = 440_000 + random.nextDouble() * 20_000;
			ys[i] = 310_000 + random.nextDouble() * 20_000;
		}
		long vertices = cells.stream().mapToLong(Geometry::getNumPoints).sum();
		for (int warm = 0; warm < 3; warm++) {
			indexed(index, xs, ys);
			bruteForce(prepared, xs, ys, 20_000);
		}
		double indexedRate = indexed(index, xs, ys);
		double baselineRate = bruteForce(prepared, xs, ys, 50_000);
		System.out.printf("%d polygons (%d vertices): PolygonIndex %,.0f points/s; baseline (every prepared polygon) "
				+ "%,.0f points/s; ratio %.1fx%n", cells.size(), vertices, indexedRate, baselineRate,
				indexedRate / baselineRate);
	}

	private static double indexed(PolygonIndex<Integer> index, double[] xs, double[] ys) {
		long start = System.nanoTime();
		long found = 0;
		for (int i = 0; i < xs.length; i++) {
			if (index.locate(xs[i], ys[i]) != null) {
				found++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (found < xs.length * 0.99) {
			throw new IllegalStateException("only " + found + " points were located");
		}
		return xs.length / seconds;
	}

	private static double bruteForce(List<PreparedGeometry> polygons, double[] xs, double[] ys, int points) {
		long start = System.nanoTime();
		for (int i = 0; i < points; i++) {
			var point = GEOMETRY.createPoint(new Coordinate(xs[i], ys[i]));
			for (PreparedGeometry polygon : polygons) {
				if (polygon.covers(point)) {
					break;
				}
			}
		}
		return points / ((System.nanoTime() - start) / 1e9);
	}

	private static List<Geometry> tiling(int count, Random random) {
		List<Coordinate> sites = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sites.add(new Coordinate(440_000 + random.nextDouble() * 20_000, 310_000 + random.nextDouble() * 20_000));
		}
		VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
		voronoi.setSites(sites);
		voronoi.setClipEnvelope(new Envelope(440_000, 460_000, 310_000, 330_000));
		Geometry diagram = voronoi.getDiagram(GEOMETRY);
		Geometry frame = GEOMETRY.toGeometry(new Envelope(440_000, 460_000, 310_000, 330_000));
		List<Geometry> cells = new ArrayList<>();
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = diagram.getGeometryN(i).intersection(frame);
			cells.add(Densifier.densify(cell, Math.sqrt(cell.getArea()) / 60));
		}
		return cells;
	}

}
