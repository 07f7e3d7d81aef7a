package nl.jeugdregie.steering.internal.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import nl.jeugdregie.steering.internal.period.NormPeriod;

/** STU-5: the typed ids and commands of the norms feature accept only what its rules accept. */
class NormCommandsUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final RefusalTexts TEXTS = RefusalTexts.of("messages-steering", "messages-steering-norms");

	@Test
	@DisplayName("STU-5: a norm id is positive; a path id of 0 or less is no norm")
	void readsNormIds() {
		assertThat(NormCommands.NormId.of(7)).contains(new NormCommands.NormId(7));
		assertThat(NormCommands.NormId.of(0)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new NormCommands.NormId(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new NormCommands.CoreConditionId(0));
		assertThat(NormCommands.EvidenceId.of(12)).contains(new NormCommands.EvidenceId(12));
		assertThat(NormCommands.EvidenceId.of(-12)).isEmpty();
	}

	@Test
	@DisplayName("STU-5: a delivered figure shows every refusal at once: a percentage above 100 and a period not yet over")
	void refusesAFigureWithEveryProblemAtOnce() {
		var outcome = NormCommands.DeliverFigure.of(NormTestData.percentAtLeast(), "2026-K4", "150", null, TODAY, List.of());
		assertThat(fields(outcome)).containsExactly("period", "value");
		assertThat(texts(outcome)).containsExactly("De periode 2026-K4 is nog niet voorbij. Lever de cijfers aan als de "
				+ "periode is afgelopen.", "Een percentage ligt tussen 0 en 100. U vulde 150 in.");
	}

	@Test
	@DisplayName("STU-5: a figure for a closed quarter is refused; an accepted one carries the checked period and value")
	void refusesAClosedQuarterAndCarriesTheCheckedFigure() {
		var norm = NormTestData.percentAtLeast();
		assertThat(texts(NormCommands.DeliverFigure.of(norm, "2026-K3", "85", null, TODAY, List.of(LocalDate.of(2026, 7, 1)))))
				.singleElement().asString().contains("afgesloten");
		var accepted = NormCommands.DeliverFigure.of(norm, "2026-K3", "82,5", null, TODAY, List.of()).doneValue().orElseThrow();
		assertThat(accepted.norm()).isEqualTo(new NormCommands.NormId(norm.id()));
		assertThat(accepted.figure().value()).isEqualByComparingTo(new BigDecimal("82.5"));
		assertThat(accepted.figure().period().label()).isEqualTo("2026-K3");
	}

	@Test
	@DisplayName("STU-5: a too large evidence file is refused before the figure is judged")
	void refusesATooLargeEvidenceFileFirst() {
		var large = new NormService.EvidenceFile("r.pdf", "application/pdf", new byte[NormService.MAX_EVIDENCE_BYTES + 1]);
		assertThat(fields(NormCommands.DeliverFigure.of(NormTestData.percentAtLeast(), "nonsense", "x", large, TODAY,
				List.of()))).containsExactly("evidence");
	}

	@Test
	@DisplayName("STU-5: a cause analysis needs text within the limit and a period of the norm's kind")
	void checksACauseAnalysis() {
		var evaluation = evaluation(NormTestData.percentAtLeast());
		assertThat(fields(NormCommands.RecordCauseAnalysis.of(evaluation, null, " "))).containsExactly("analysis");
		assertThat(fields(NormCommands.RecordCauseAnalysis.of(evaluation, null, "x".repeat(4001)))).containsExactly("analysis");
		assertThat(texts(NormCommands.RecordCauseAnalysis.of(evaluation, "2026", "Minder aanmeldingen")))
				.containsExactly("Vul het kwartaal in zoals 2026-K3.");
		assertThat(NormCommands.RecordCauseAnalysis.of(evaluation, null, " Minder aanmeldingen ").doneValue().orElseThrow())
				.isEqualTo(new NormCommands.RecordCauseAnalysis(new NormCommands.NormId(1), evaluation.period(),
						"Minder aanmeldingen"));
		assertThatIllegalArgumentException().isThrownBy(() -> new NormCommands.RecordCauseAnalysis(
				new NormCommands.NormId(1), evaluation.period(), " "));
	}

	@Test
	@DisplayName("STU-5: only a quarter that has ended is closed")
	void closesOnlyAnEndedQuarter() {
		assertThat(fields(NormCommands.CloseQuarter.of("2026-Q3", TODAY))).containsExactly("quarter");
		assertThat(texts(NormCommands.CloseQuarter.of("2026-K4", TODAY)))
				.containsExactly("De periode 2026-K4 is nog niet voorbij. Lever de cijfers aan als de periode is afgelopen.");
		assertThat(NormCommands.CloseQuarter.of("2026-K3", TODAY).doneValue().orElseThrow().quarter().start())
				.isEqualTo(LocalDate.of(2026, 7, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new NormCommands.CloseQuarter(
				NormPeriod.YEAR.parse("2025").orElseThrow()));
	}

	@Test
	@DisplayName("STU-5: a new norm's percentage target above 100 is refused next to the target")
	void refusesANewNormAbove100() {
		var condition = new NormCommands.CoreConditionId(3);
		assertThat(texts(NormCommands.AddNorm.of(condition, "TST-9", "Minstens 75% is bekend.", "PERCENT_AT_LEAST", "175",
				null, "HALF_YEAR", "1-1-2026", TODAY))).containsExactly("Een percentage ligt tussen 0 en 100. U vulde 175 in.");
		assertThat(NormCommands.AddNorm.of(condition, "tst-9", "Minstens 75% is bekend.", "PERCENT_AT_LEAST", "75", null,
				"HALF_YEAR", "1-1-2026", TODAY).doneValue().orElseThrow().norm().code()).isEqualTo("TST-9");
	}

	private static NormEvaluation evaluation(Norm norm) {
		return new NormEvaluation(norm, NormPeriod.QUARTER.parse("2026-K3").orElseThrow(), NormStatus.NO_FIGURE, null,
				null, FigureSource.NONE, "", null, null, null);
	}

	private static List<String> fields(Outcome<?> outcome) {
		return RefusalTexts.refusals(outcome).stream().map(Refusal::field).toList();
	}

	private static List<String> texts(Outcome<?> outcome) {
		return RefusalTexts.refusals(outcome).stream().map(TEXTS::text).toList();
	}
}
