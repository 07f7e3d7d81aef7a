package nl.jeugdregie.messaging.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-7: the rules that refuse a JW319 answer (TR359, TR360, TR365) and the answer form")
class AnswerRulesUnitTests {

	@Test
	@DisplayName("TR359: no answer after a JW301 with the request's ReferentieAanbieder")
	void noAnswerAfterAllocation() {
		var rule = new AnswerRules.NoAnswerAfterAllocation();
		assertThat(rule.check(new AnswerRules.Proposed(AnswerKind.DECLINED, true, List.of())))
				.hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("messaging.request.answer.allocated"));
		assertThat(rule.check(new AnswerRules.Proposed(AnswerKind.DECLINED, false, List.of()))).isEmpty();
	}

	@Test
	@DisplayName("TR360: 'in onderzoek' only as the first answer")
	void investigationOnlyOnce() {
		var rule = new AnswerRules.InvestigationOnlyOnce();
		assertThat(rule.check(new AnswerRules.Proposed(AnswerKind.UNDER_INVESTIGATION, false,
				List.of(AnswerKind.UNDER_INVESTIGATION)))).isPresent();
		assertThat(rule.check(new AnswerRules.Proposed(AnswerKind.UNDER_INVESTIGATION, false, List.of()))).isEmpty();
		assertThat(rule.check(new AnswerRules.Proposed(AnswerKind.DECLINED, false, List.of(AnswerKind.UNDER_INVESTIGATION))))
				.isEmpty();
	}

	@Test
	@DisplayName("TR365: after an answer that was not 'in onderzoek' (a decline) no further answer")
	void noAnswerAfterFinalAnswer() {
		var rule = new AnswerRules.NoAnswerAfterFinalAnswer();
		assertThat(rule.check(new AnswerRules.Proposed(AnswerKind.DECLINED, false, List.of(AnswerKind.DECLINED)))).isPresent();
		assertThat(rule.check(new AnswerRules.Proposed(AnswerKind.DECLINED, false, List.of(AnswerKind.UNDER_INVESTIGATION))))
				.isEmpty();
	}

	@Test
	@DisplayName("The answer form: a decline needs a WJ759 reason; 'in onderzoek' takes none")
	void parsesTheForm() {
		var id = UUID.randomUUID();
		assertThat(AnswerCommand.parse(id, "afwijzen", "", "0")).isInstanceOf(Outcome.Refused.class);
		assertThat(AnswerCommand.parse(id, null, "3", "0")).isInstanceOf(Outcome.Refused.class);
		assertThat(AnswerCommand.parse(id, "afwijzen", "3", "0")).isEqualTo(Outcome.done(
				new AnswerCommand(id, AnswerKind.DECLINED, DeclineReason.NO_CONTRACT, 0)));
		assertThat(AnswerCommand.parse(id, "in-onderzoek", "3", "2")).isEqualTo(Outcome.done(
				new AnswerCommand(id, AnswerKind.UNDER_INVESTIGATION, null, 2)));
	}

	@Test
	@DisplayName("TR377/TR409: reason 8 (Woonplaatsbeginsel) needs the responsible municipality; other reasons take none")
	void residenceOnlyWithReasonEight() {
		var id = UUID.randomUUID();
		assertThat(AnswerCommand.parse(id, "afwijzen", "8", "", "0")).isInstanceOf(Outcome.Refused.class);
		assertThat(AnswerCommand.parse(id, "afwijzen", "8", "08a8", "0")).isInstanceOf(Outcome.Refused.class);
		assertThat(AnswerCommand.parse(id, "afwijzen", "8", "0828", "0")).isEqualTo(Outcome.done(new AnswerCommand(id,
				AnswerKind.DECLINED, DeclineReason.RESIDENCE, new nl.jeugdregie.identity.MunicipalityCode("0828"), 0)));
		assertThat(AnswerCommand.parse(id, "afwijzen", "3", "0828", "0")).isEqualTo(Outcome.done(
				new AnswerCommand(id, AnswerKind.DECLINED, DeclineReason.NO_CONTRACT, 0)));
	}
}
