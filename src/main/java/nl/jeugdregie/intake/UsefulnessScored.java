package nl.jeugdregie.intake;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The young person or a parent scored how useful the help was, 1–10 (CBS outcome indicator "satisfaction",
 * MON-3). Carries no personal data.
 */
@DomainEvent
public record UsefulnessScored(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team,
		LocalDate on, Respondent respondent, int score) {

	public UsefulnessScored {
		if (score < 1 || score > 10) {
			throw new IllegalArgumentException("A usefulness score is 1 to 10");
		}
	}

	/** Who gave the score. */
	public enum Respondent {
		YOUNG_PERSON, PARENT
	}
}
