package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of triage with its recorded reason (TOE-4); for "no is also an answer" also the explanation
 * given to the family.
 */
public record TriageDecision(TriageOutcome outcome, Urgency urgency, String reason,
		@Nullable String familyExplanation, LocalDate decidedOn, String decidedBy) {}
