/** The {@code analyse} commands: options, validation, and the call into the analysis engine. */
package org.csphub.analyse.cli;
