/**
 * Spatial weights: who neighbours whom, for hotspot and autocorrelation statistics.
 * {@link org.csphub.analysis.weights.SpatialWeights} is the immutable sparse matrix; builders make it
 * from points ({@link org.csphub.analysis.weights.DistanceBandWeights},
 * {@link org.csphub.analysis.weights.KNearestWeights}), polygons
 * ({@link org.csphub.analysis.weights.ContiguityWeights}) or a grid
 * ({@link org.csphub.analysis.weights.GridWeights}); {@link org.csphub.analysis.weights.GalFormat} and
 * {@link org.csphub.analysis.weights.GwtFormat} read and write GeoDa's files.
 */
package org.csphub.analysis.weights;
