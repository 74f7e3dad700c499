/**
 * Change and trend: the exact comparison of two periods' counts ({@link
 * org.csphub.analysis.change.PoissonRateComparison}), the Mann-Kendall trend test and Sen's slope, their
 * seasonal forms, and the seasonal profile by month of the year.
 *
 * <p>Series are {@code double[]} in time order with {@code NaN} for a missing month (as
 * {@link org.csphub.analysis.aggregate.MonthlySeries#toDoubles()} gives them).
 */
package org.csphub.analysis.change;
