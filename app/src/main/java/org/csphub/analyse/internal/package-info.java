/**
 * Reading the inputs of the {@code analyse} commands (points, areas, values, weights) with errors that
 * name the file, line and column, and writing their results as CSV or JSON.
 */
package org.csphub.analyse.internal;
