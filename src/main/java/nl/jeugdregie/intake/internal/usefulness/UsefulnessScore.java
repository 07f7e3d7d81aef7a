package nl.jeugdregie.intake.internal.usefulness;

import java.time.LocalDate;
import nl.jeugdregie.intake.UsefulnessScored.Respondent;

/** MON-3: how useful a respondent found the help, 1–10, as recorded after closure. */
public record UsefulnessScore(Respondent respondent, int score, LocalDate scoredOn, String recordedBy) {

	/** The respondent as shown on screen. */
	public String respondentText() {
		return respondent == Respondent.YOUNG_PERSON ? "Jeugdige" : "Ouder";
	}
}
