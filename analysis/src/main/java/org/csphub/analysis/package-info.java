/**
 * The CSP Hub analysis engine: plain Java, no framework, no database. Immutable inputs and outputs;
 * one algorithm per class, each with a Javadoc contract.
 */
package org.csphub.analysis;
