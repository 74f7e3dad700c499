/**
 * Counts of incidents by area × category × month, built in one streaming pass, with the months a source
 * does not cover kept <b>missing</b> (never zero); roll-ups, rates per 1,000 residents, shares and
 * rankings over them.
 *
 * <p>Entry point: {@link org.csphub.analysis.aggregate.CountCube#builder()}.
 */
package org.csphub.analysis.aggregate;
