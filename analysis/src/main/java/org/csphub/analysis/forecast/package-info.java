/**
 * Grid forecasts of where crime will happen next and how to score them: naive baselines
 * ({@link org.csphub.analysis.forecast.LastPeriodModel}, {@link org.csphub.analysis.forecast.LongRunAverageModel}),
 * retrospective kernel hotspots ({@link org.csphub.analysis.forecast.RetrospectiveKernelModel}), prospective
 * hotspotting ({@link org.csphub.analysis.forecast.ProspectiveHotspotModel}), coverage selection
 * ({@link org.csphub.analysis.forecast.CoverageSelection}), hit rate, PAI and PEI
 * ({@link org.csphub.analysis.forecast.ForecastScoring}) and a rolling-origin evaluation
 * ({@link org.csphub.analysis.forecast.ForecastEvaluation}). All on a
 * {@link org.csphub.analysis.grid.Grid}; risks are row-major arrays of the grid's cells.
 */
package org.csphub.analysis.forecast;
