package org.csphub.areas;

import java.time.Instant;

/**
 * One successful import, newest first in {@link Areas#recentImports(int)}.
 * @param kind the area type's name, or {@code REFERENCE} for the reference tables
 */
public record AreaImport(String kind, Instant importedAt, String actor, int itemCount, String detail) {
}
