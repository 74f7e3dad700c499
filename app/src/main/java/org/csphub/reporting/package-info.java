/**
 * Reporting: turns a {@link org.csphub.reporting.ReportDocument} (sections of paragraphs, notes, key
 * figures, data tables and SVG figures with text alternatives) into the partnership's outputs: an
 * accessible HTML report, a tagged PDF/UA committee document with embedded fonts and vector charts,
 * and a spreadsheet (XLSX) and CSV bundle of every table, safe against formula injection.
 *
 * <p>Reporting knows nothing of crime: the assessment (and later the plan) builds the document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared" })
package org.csphub.reporting;
