package nl.jeugdregie.intake.internal.usefulness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.UsefulnessScored.Respondent;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-3: the usefulness score of the help, 1 to 10, after closure, once per respondent. */
class UsefulnessScorePolicyUnitTests {

	static final HelpRequestState CLOSED = new HelpRequestState.Closed(LocalDate.of(2026, 11, 16),
			ClosureReason.values()[0], "p");

	private static String code(HelpRequestState state, Respondent respondent, Integer score, List<Respondent> scored) {
		return UsefulnessScorePolicy.check(state, respondent, score, scored).map(Refusal::code).orElse("accepted");
	}

	@Test
	@DisplayName("MON-3 accepts a score from 1 to 10 on a closed request")
	void acceptsAScoreOnAClosedRequest() {
		assertThat(code(CLOSED, Respondent.YOUNG_PERSON, 1, List.of())).isEqualTo("accepted");
		assertThat(code(CLOSED, Respondent.PARENT, 10, List.of(Respondent.YOUNG_PERSON))).isEqualTo("accepted");
	}

	@Test
	@DisplayName("MON-3 refuses a score on a request that is still open")
	void refusesAScoreOnAnOpenRequest() {
		assertThat(code(new HelpRequestState.InCjgTreatment(), Respondent.PARENT, 8, List.of()))
				.isEqualTo("intake.usefulness.notClosed");
	}

	@Test
	@DisplayName("MON-3 refuses a score outside 1 to 10, or without one")
	void refusesAScoreOutsideTheRange() {
		assertThat(code(CLOSED, Respondent.PARENT, 0, List.of())).isEqualTo("intake.usefulness.score.range");
		assertThat(code(CLOSED, Respondent.PARENT, 11, List.of())).isEqualTo("intake.usefulness.score.range");
		assertThat(code(CLOSED, Respondent.PARENT, null, List.of())).isEqualTo("intake.usefulness.score.range");
	}

	@Test
	@DisplayName("MON-3 refuses a score without respondent, or a second score of the same respondent")
	void refusesAScoreWithoutRespondentOrTwice() {
		assertThat(code(CLOSED, null, 7, List.of())).isEqualTo("intake.usefulness.respondent.required");
		assertThat(code(CLOSED, Respondent.PARENT, 7, List.of(Respondent.PARENT))).isEqualTo("intake.usefulness.already");
	}
}
