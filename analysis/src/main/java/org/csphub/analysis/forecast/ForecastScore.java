package org.csphub.analysis.forecast;

/**
 * How well one forecast, cut at one coverage, captured the events that followed.
 *
 * <p><b>Definitions.</b>
 * <ul>
 * <li>{@code hitRate = captured / events}: the share of the events in included cells that fell in
 * flagged cells. NaN when there were no such events.</li>
 * <li>{@code pai = hitRate / (flaggedCells / includedCells)}, the Predictive Accuracy Index (Chainey,
 * Tompson and Uhlig 2008) using the cells actually flagged; all cells have the same area, so this is
 * (events share) / (area share). A uniform outcome gives 1. NaN when no cell is flagged or there were
 * no events.</li>
 * <li>{@code pei = captured / bestCaptured}, the Predictive Efficiency Index (Hunt 2016): PAI over the
 * largest PAI any selection of the same number of cells could reach, which is the events captured
 * over the events in the {@code flaggedCells} busiest included cells. In [0, 1]; NaN when
 * {@code bestCaptured} is 0 (no cell flagged or no events).</li>
 * <li>{@code outsideGrid} and {@code inExcludedCells}: events of the outcome that no included cell
 * holds; they are reported here and left out of every denominator.</li>
 * </ul>
 *
 * @param coverage the requested fraction of included cells
 * @param includedCells N, the cells of the study area
 * @param flaggedCells ⌊N·coverage⌋
 * @param events outcome events in included cells
 * @param captured of those, the events in flagged cells
 * @param bestCaptured the events in the flaggedCells included cells with the most events
 * @param outsideGrid outcome events outside the grid
 * @param inExcludedCells outcome events in excluded cells
 * @param hitRate captured / events
 * @param pai hit rate / (flagged / included)
 * @param pei captured / bestCaptured
 */
public record ForecastScore(double coverage, int includedCells, int flaggedCells, int events, int captured,
		int bestCaptured, int outsideGrid, int inExcludedCells, double hitRate, double pai, double pei) {
}
