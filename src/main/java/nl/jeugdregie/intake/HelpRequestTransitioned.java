package nl.jeugdregie.intake;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A help request moved to another state of its lifecycle: who moved it, on which date, and why in codes only
 * (no personal data). {@code state} is the new state's code; {@code outcome} the triage outcome or end reason;
 * {@code deadline} the last day of the term the new state starts, if any (the application after the last
 * conversation, TOE-7; the lead time to care, TOE-8).
 */
@DomainEvent
public record HelpRequestTransitioned(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team,
		String state, @Nullable String outcome, LocalDate on, String by, @Nullable LocalDate deadline) {}
