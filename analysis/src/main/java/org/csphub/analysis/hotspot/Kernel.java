package org.csphub.analysis.hotspot;

/**
 * The kernels of {@link KernelDensity}: radially symmetric weights that spread each event over the
 * area around it. The bandwidth {@code h} is in metres.
 *
 * <p>{@link #profile(double, double)} is the unnormalised shape, 1 at distance 0;
 * {@link #density(double, double, double)} is the kernel normalised so that its integral over the
 * plane is 1 (per square metre), after truncation where stated.
 */
public enum Kernel {

	/**
	 * The quartic (biweight) kernel of crime mapping (Chainey &amp; Ratcliffe; CrimeStat; open_cp):
	 * {@code profile(d) = (1 − d²/h²)²} for {@code d ≤ h}, else 0; {@code density = 3/(π h²) ·
	 * profile}. Finite support of radius {@code h}: exact, no truncation.
	 */
	QUARTIC {
		@Override
		public double profile(double distance, double bandwidth) {
			return profileOfSquare(distance * distance, bandwidth);
		}

		@Override
		public double density(double dx, double dy, double bandwidth) {
			return 3 / (Math.PI * bandwidth * bandwidth) * profileOfSquare(dx * dx + dy * dy, bandwidth);
		}

		@Override
		public double reach(double bandwidth) {
			return bandwidth;
		}

		private double profileOfSquare(double squared, double bandwidth) {
			double u = 1 - squared / (bandwidth * bandwidth);
			return u > 0 ? u * u : 0;
		}
	},

	/**
	 * The Gaussian kernel with standard deviation {@code σ = h}: {@code profile(d) = exp(−d²/(2h²))};
	 * {@code density = exp(−(dx² + dy²)/(2h²)) / (2π h²)} <b>truncated to the square</b>
	 * {@code |dx| ≤ 4h, |dy| ≤ 4h} (which contains the 4σ disc), so that it factors into two
	 * one-dimensional kernels. Truncation error: the mass outside the square,
	 * {@code 1 − (1 − 2Φ(−4))² ≈ 1.27e-4} of each event, is dropped (not renormalised).
	 */
	GAUSSIAN {
		@Override
		public double profile(double distance, double bandwidth) {
			return Math.exp(-distance * distance / (2 * bandwidth * bandwidth));
		}

		@Override
		public double density(double dx, double dy, double bandwidth) {
			double reach = reach(bandwidth);
			if (Math.abs(dx) > reach || Math.abs(dy) > reach) {
				return 0;
			}
			return Math.exp(-(dx * dx + dy * dy) / (2 * bandwidth * bandwidth)) / (2 * Math.PI * bandwidth * bandwidth);
		}

		@Override
		public double reach(double bandwidth) {
			return 4 * bandwidth;
		}
	};

	/** The unnormalised kernel shape at this distance (metres), 1 at distance 0; untruncated. */
	public abstract double profile(double distance, double bandwidth);

	/** The normalised kernel (per m²) at offset {@code (dx, dy)} metres, truncated as stated. */
	public abstract double density(double dx, double dy, double bandwidth);

	/** The largest offset (metres, in any one axis) at which the kernel can be non-zero. */
	public abstract double reach(double bandwidth);

}
