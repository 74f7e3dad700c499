/**
 * Charts and maps as SVG made on the server, for the web pages (explore's area profiles) and for
 * reports (HTML and PDF alike): a monthly column chart that shows a month without data as "No data",
 * never as zero ({@link org.csphub.reporting.charts.MonthlyChart}); a horizontal bar chart of
 * categories ({@link org.csphub.reporting.charts.CategoryBarChart}); a two-period comparison
 * ({@link org.csphub.reporting.charts.ComparisonBarChart}); and a grid map of British National Grid
 * squares coloured by class with boundary outlines ({@link org.csphub.reporting.charts.GridMap}).
 *
 * <p>Every chart is a complete {@code <svg>} element with a {@code viewBox}, {@code role="img"}, a
 * {@code <title>} and a {@code <desc>} that says in words what it shows; its text is set in
 * {@link org.csphub.reporting.charts.Svg#FONT_FAMILY} (the font the PDF embeds, then Arial) in
 * colours with at least 4.5:1 contrast on white; nothing relies on colour alone (patterns, labels,
 * legends); no {@code style} attributes, so a strict Content-Security-Policy allows them.
 */
@org.springframework.modulith.NamedInterface("charts")
package org.csphub.reporting.charts;
