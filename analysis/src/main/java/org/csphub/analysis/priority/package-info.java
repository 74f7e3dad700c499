/**
 * Priority neighbourhoods: a composite index per area from weighted indicators, ranked, with each
 * indicator's contribution so the ranking can be explained. Entry point:
 * {@link org.csphub.analysis.priority.PriorityIndex}.
 */
package org.csphub.analysis.priority;
