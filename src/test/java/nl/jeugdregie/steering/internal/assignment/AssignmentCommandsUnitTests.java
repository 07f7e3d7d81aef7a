package nl.jeugdregie.steering.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import nl.jeugdregie.steering.internal.risk.RiskScore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STU-3: a reassessment is a typed command with a score on the scale of 1 to 3 and a note. */
class AssignmentCommandsUnitTests {

	private static final AssignmentCommands.RiskId RISK = new AssignmentCommands.RiskId(4);
	private static final RefusalTexts TEXTS = RefusalTexts.of("messages-steering");

	@Test
	@DisplayName("STU-3: a risk id is positive; an id of 0 or less is no risk")
	void readsRiskIds() {
		assertThat(AssignmentCommands.RiskId.of(4)).contains(RISK);
		assertThat(AssignmentCommands.RiskId.of(0)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new AssignmentCommands.RiskId(-1));
	}

	@Test
	@DisplayName("STU-3: probability and damage outside 1 to 3 and a missing note are refused, each next to its field")
	void refusesAScoreOffTheScaleAndAMissingNote() {
		var outcome = AssignmentCommands.ReassessRisk.of(RISK, 4, null, " ");
		var refusals = RefusalTexts.refusals(outcome);
		assertThat(refusals).extracting(Refusal::field).containsExactly("probability", "damage", "note");
		assertThat(refusals).extracting(TEXTS::text).containsExactly(
				"De kans is een getal van 1 tot en met 3.", "Kies de schade: 1, 2 of 3.",
				"Schrijf kort op waarom u het risico opnieuw beoordeelt.");
		assertThat(RefusalTexts.refusals(AssignmentCommands.ReassessRisk.of(RISK, 2, 2, "x".repeat(501))))
				.extracting(TEXTS::text).containsExactly("Gebruik voor de toelichting maximaal 500 tekens.");
	}

	@Test
	@DisplayName("STU-3: an accepted reassessment carries the score and the stripped note")
	void carriesTheScoreAndNote() {
		assertThat(AssignmentCommands.ReassessRisk.of(RISK, 3, 2, " Wachtlijst groeit ")).isEqualTo(
				Outcome.done(new AssignmentCommands.ReassessRisk(RISK, new RiskScore(3, 2), "Wachtlijst groeit")));
		assertThatIllegalArgumentException().isThrownBy(() -> new AssignmentCommands.ReassessRisk(RISK, new RiskScore(0, 2),
				"Notitie"));
		assertThatIllegalArgumentException().isThrownBy(() -> new AssignmentCommands.ReassessRisk(RISK, new RiskScore(1, 2),
				" "));
	}

	@Test
	@DisplayName("STU-4: a new financing line on a type of work is refused per field, like a changed one")
	void refusesANewLinePerField() {
		var type = AssignmentCommands.TypeOfWorkId.of(9).orElseThrow();
		assertThat(AssignmentCommands.TypeOfWorkId.of(0)).isEmpty();
		var outcome = AssignmentCommands.AddFinancingLine.of(type, null, "STAFF", null, "12,345");
		assertThat(RefusalTexts.refusals(outcome)).extracting(Refusal::field).containsExactly("label", "amount");
		assertThat(AssignmentCommands.AddFinancingLine.of(type, "Formatie", "STAFF", "1,5", "75.000").doneValue()
				.orElseThrow().line().amountCents()).isEqualTo(7_500_000L);
	}
}
