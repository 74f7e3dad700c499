/**
 * Analysis at the command line, for analysts who script: {@code analyse kde}, {@code gistar},
 * {@code moran}, {@code knox}, {@code trend} and {@code forecast} read points, areas, values and
 * weights from files (CSV, gzip, zip, GeoJSON, GeoDa {@code .gal}/{@code .gwt}), run the analysis
 * engine ({@code org.csphub.analysis}, plain Java) and write CSV or JSON. They use no database:
 * {@link org.csphub.analyse.AnalyseCommandLine} runs them without starting the Spring application,
 * and they are also registered as ordinary commands so that {@code help} lists them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analyse (command line)", allowedDependencies = { "shared" })
package org.csphub.analyse;
