/**
 * Near-repeat analysis: the Knox test of space-time clustering with a Monte Carlo significance test
 * ({@link org.csphub.analysis.nearrepeat.KnoxTest}). Plain Java, immutable inputs and outputs.
 */
package org.csphub.analysis.nearrepeat;
