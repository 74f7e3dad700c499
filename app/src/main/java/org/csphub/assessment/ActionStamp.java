package org.csphub.assessment;

import java.time.Instant;
import java.util.UUID;

/** Who did something to an assessment (their user id where kept, and name), and when. */
public record ActionStamp(UUID userId, String name, Instant at) {
}
