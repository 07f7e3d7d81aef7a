package nl.jeugdregie.plans.internal.heavystep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.plans.HeavyStepKind;
import org.jspecify.annotations.Nullable;

/** A heavy step that the rules allowed and that was recorded. */
public record RecordedHeavyStep(UUID id, HeavyStepKind kind, LocalDate decidedOn, @Nullable LocalDate supportFrom,
		@Nullable LocalDate supportUntil, String decidedBy, Instant recordedAt) {}
