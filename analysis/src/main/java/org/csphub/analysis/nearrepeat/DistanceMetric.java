package org.csphub.analysis.nearrepeat;

/**
 * How far apart two events are in the plane, in the units of their coordinates (metres on the
 * British National Grid).
 */
public enum DistanceMetric {

	/** {@code sqrt(dx² + dy²)}, computed as {@code Math.sqrt(dx*dx + dy*dy)} (correctly rounded). */
	EUCLIDEAN {
		@Override
		public double distance(double dx, double dy) {
			return Math.sqrt(dx * dx + dy * dy);
		}
	},

	/** {@code |dx| + |dy|}, the distance along a street grid. Never less than the Euclidean distance. */
	MANHATTAN {
		@Override
		public double distance(double dx, double dy) {
			return Math.abs(dx) + Math.abs(dy);
		}
	};

	/** The distance between two points whose coordinates differ by {@code dx} and {@code dy}. */
	public abstract double distance(double dx, double dy);

}
