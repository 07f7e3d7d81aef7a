package nl.jeugdregie.allocation.internal.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.allocation.AftercareKind;
import org.jspecify.annotations.Nullable;

/** MON-5: the aftercare decision of an allocation as recorded: what, from when, by whom, and its version. */
public record AftercareDecision(AftercareKind kind, @Nullable LocalDate from, @Nullable String party, long version,
		String recordedBy, Instant recordedAt) {}
