package nl.jeugdregie.steering.internal.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STU-4: a changed financing line is a typed command that accepts only checked label, kind, FTE and amount. */
class FinancingCommandsUnitTests {

	private static final FinancingCommands.FinancingLineId LINE = new FinancingCommands.FinancingLineId(5);
	private static final RefusalTexts TEXTS = RefusalTexts.of("messages-steering");

	@Test
	@DisplayName("STU-4: a line id is positive; a path id of 0 or less is no line")
	void readsLineIds() {
		assertThat(FinancingCommands.FinancingLineId.of(5)).contains(LINE);
		assertThat(FinancingCommands.FinancingLineId.of(0)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancingCommands.FinancingLineId(-3));
	}

	@Test
	@DisplayName("STU-4: Dutch amounts and FTE become cents and a number; the label is stripped")
	void readsDutchAmounts() {
		assertThat(FinancingCommands.ChangeLine.of(LINE, " Huisvesting ", "HOUSING", "0,5", "12.500,00", 2))
				.isEqualTo(Outcome.done(new FinancingCommands.ChangeLine(LINE, new FinancingLineInput("Huisvesting",
						FinancingCategory.HOUSING, new BigDecimal("0.50"), 1_250_000L), 2)));
		assertThat(FinancingCommands.ChangeLine.of(LINE, "Formatie", "STAFF", " ", "100", null).doneValue().orElseThrow()
				.input().fte()).isNull();
		assertThat(FinancingLineInput.of("Formatie", "STAFF", null, "€ 1.000,50").doneValue().orElseThrow().amountCents())
				.isEqualTo(100_050L);
	}

	@Test
	@DisplayName("STU-4: every wrong field of a line is refused at once, with its Dutch message")
	void refusesEveryWrongField() {
		var outcome = FinancingCommands.ChangeLine.of(LINE, " ", "SOMETHING", "veel", "twaalf", 1);
		var refusals = RefusalTexts.refusals(outcome);
		assertThat(refusals).extracting(Refusal::field).containsExactly("label", "category", "fte", "amount");
		assertThat(TEXTS.text(refusals.getFirst())).isEqualTo("Vul een omschrijving in, bijvoorbeeld Huisvesting.");
		assertThat(((Outcome.Refused<?>) FinancingCommands.ChangeLine.of(LINE, "x".repeat(201), "STAFF", null, null, 1))
				.refusals()).extracting(TEXTS::text).containsExactly(
						"Gebruik voor de omschrijving maximaal 200 tekens.",
						"Vul het bedrag in euro in, bijvoorbeeld 12.500,00.");
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancingLineInput(" ", FinancingCategory.STAFF, null,
				100));
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancingLineInput("Formatie", FinancingCategory.STAFF,
				null, -1));
	}
}
