package org.baoku.operations;

import java.time.Instant;

/** The schedule as the API shows it: what is set, and when the next run fires (null when disabled). */
public record ScheduleState(boolean enabled, String expression, String inbox, Instant nextFire, Instant updatedAt) {
}
