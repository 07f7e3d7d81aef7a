package nl.jeugdregie.intake;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jmolecules.event.annotation.DomainEvent;

/** A conversation with the young person or family took place; {@code number} counts from the first (TOE-7). */
@DomainEvent
public record ConversationHeld(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team, int number,
		LocalDate heldOn, String by) {}
