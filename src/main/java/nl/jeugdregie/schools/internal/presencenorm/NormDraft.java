package nl.jeugdregie.schools.internal.presencenorm;

import java.time.LocalDate;
import nl.jeugdregie.schools.internal.presence.NormPeriod;
import nl.jeugdregie.schools.internal.presence.NormSubject;
import org.jspecify.annotations.Nullable;

/** A presence norm as typed, before the norm rules: every part may still be missing. */
record NormDraft(@Nullable NormSubject subject, @Nullable NormPeriod period, @Nullable Integer minimum,
		@Nullable LocalDate effectiveFrom) {}
