package org.csphub.analysis.hotspot;

/**
 * Getis-Ord General G for a whole study area, from {@link GetisOrdGeneral}.
 *
 * @param g {@code G = Σ_i Σ_{j≠i} w_ij y_i y_j / Σ_i Σ_{j≠i} y_i y_j}
 * @param expected {@code E[G] = S0 / (n (n − 1))}
 * @param variance {@code Var[G]} under randomisation
 * @param z {@code (G − E[G]) / sqrt(Var[G])}; positive when high values cluster
 * @param p one-tailed normal p-value {@code 1 − Φ(|z|)} (PySAL's {@code p_norm})
 */
public record GeneralG(double g, double expected, double variance, double z, double p) {
}
