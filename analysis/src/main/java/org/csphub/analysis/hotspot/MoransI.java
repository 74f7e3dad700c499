package org.csphub.analysis.hotspot;

/**
 * Global Moran's I with its moments under both null hypotheses, from {@link GlobalMoran}.
 *
 * @param i Moran's I
 * @param expected {@code E[I] = −1/(n − 1)} (the same under both hypotheses)
 * @param varianceNormality {@code Var[I]} assuming normally distributed values
 * @param varianceRandomisation {@code Var[I]} under random permutation of the observed values
 * @param zNormality {@code (I − E[I]) / sqrt(varianceNormality)}
 * @param zRandomisation {@code (I − E[I]) / sqrt(varianceRandomisation)}
 * @param pNormality two-sided normal p-value {@code 2 Φ(−|zNormality|)}
 * @param pRandomisation two-sided normal p-value {@code 2 Φ(−|zRandomisation|)}
 */
public record MoransI(double i, double expected, double varianceNormality, double varianceRandomisation,
		double zNormality, double zRandomisation, double pNormality, double pRandomisation) {
}
