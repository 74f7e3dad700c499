package org.csphub.assessment;

import java.time.Instant;

/** Who did something to an assessment, and when. */
public record ActionStamp(String name, Instant at) {
}
