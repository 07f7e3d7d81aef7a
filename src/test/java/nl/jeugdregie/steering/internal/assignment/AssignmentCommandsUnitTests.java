package nl.jeugdregie.steering.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.risk.RiskScore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** STU-3: a reassessment is a typed command with a score on the scale of 1 to 3 and a note. */
class AssignmentCommandsUnitTests {

	private static final AssignmentCommands.RiskId RISK = new AssignmentCommands.RiskId(4);
	private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

	static {
		BUNDLE.setBasenames("messages-steering");
		BUNDLE.setDefaultEncoding("UTF-8");
		BUNDLE.setFallbackToSystemLocale(false);
	}

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
		assertThat(outcome).isInstanceOf(Outcome.Refused.class);
		var refusals = ((Outcome.Refused<?>) outcome).refusals();
		assertThat(refusals).extracting(Refusal::field).containsExactly("probability", "damage", "note");
		assertThat(refusals).extracting(AssignmentCommandsUnitTests::text).containsExactly(
				"De kans is een getal van 1 tot en met 3.", "Kies de schade: 1, 2 of 3.",
				"Schrijf kort op waarom u het risico opnieuw beoordeelt.");
		assertThat(((Outcome.Refused<?>) AssignmentCommands.ReassessRisk.of(RISK, 2, 2, "x".repeat(501))).refusals())
				.extracting(AssignmentCommandsUnitTests::text).containsExactly("Gebruik voor de toelichting maximaal 500 tekens.");
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
		assertThat(((Outcome.Refused<?>) outcome).refusals()).extracting(Refusal::field).containsExactly("label", "amount");
		assertThat(AssignmentCommands.AddFinancingLine.of(type, "Formatie", "STAFF", "1,5", "75.000").doneValue()
				.orElseThrow().line().amountCents()).isEqualTo(7_500_000L);
	}

	private static String text(Refusal refusal) {
		return BUNDLE.getMessage(refusal.code(), refusal.arguments().toArray(), Locale.forLanguageTag("nl-NL"));
	}
}
