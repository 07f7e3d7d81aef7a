package nl.jeugdregie.allocation.internal.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.jeugdregie.allocation.AftercareKind;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MON-5: the aftercare form and API body become a validated command or refusals per field")
class AftercareInputUnitTests {

	@Test
	@DisplayName("MON-5: the CJG from a day; a party typed along is ignored")
	void readsTheCjgWithADay() {
		var outcome = AftercareInput.of(12, "CJG", "1-12-2026", "Huisarts", 0);
		assertThat(outcome).isEqualTo(Outcome.done(new RecordAftercare(12, AftercareKind.CJG, LocalDate.of(2026, 12, 1), null, 0)));
	}

	@Test
	@DisplayName("MON-5: another party from a day, its name stripped; no aftercare needs neither")
	void readsAnotherPartyAndNone() {
		assertThat(AftercareInput.of(12, "OTHER_PARTY", "2026-12-01", "  Wijkteam Oost ", 3)).isEqualTo(Outcome.done(
				new RecordAftercare(12, AftercareKind.OTHER_PARTY, LocalDate.of(2026, 12, 1), new AftercareParty("Wijkteam Oost"), 3)));
		assertThat(AftercareInput.of(12, "NONE", "1-12-2026", "x", 1))
				.isEqualTo(Outcome.done(new RecordAftercare(12, AftercareKind.NONE, null, null, 1)));
	}

	@Test
	@DisplayName("MON-5: no kind, an unknown kind, a missing or unreadable day and a missing, long or unclean party are refused by field")
	void refusesByField() {
		assertThat(fields(AftercareInput.of(12, null, null, null, 0))).containsExactly("kind:allocation.aftercare.kind.required");
		assertThat(fields(AftercareInput.of(12, "LATER", null, null, 0))).containsExactly("kind:allocation.aftercare.kind.required");
		assertThat(fields(AftercareInput.of(12, "CJG", " ", null, 0))).containsExactly("from:allocation.aftercare.from.required");
		assertThat(fields(AftercareInput.of(12, "CJG", "morgen", null, 0))).containsExactly("from:allocation.aftercare.from.invalid");
		assertThat(fields(AftercareInput.of(12, "OTHER_PARTY", "1-12-2026", "", 0)))
				.containsExactly("party:allocation.aftercare.party.required");
		assertThat(fields(AftercareInput.of(12, "OTHER_PARTY", "1-12-2026", "a".repeat(101), 0)))
				.containsExactly("party:allocation.aftercare.party.tooLong");
		assertThat(fields(AftercareInput.of(12, "OTHER_PARTY", "1-12-2026", "Wijk\nteam", 0)))
				.containsExactly("party:allocation.aftercare.party.unclean");
	}

	@Test
	@DisplayName("MON-5: the command itself refuses a day without a start kind, a missing party and a negative version")
	void theCommandValidatesItself() {
		assertThatThrownBy(() -> new RecordAftercare(12, AftercareKind.NONE, LocalDate.of(2026, 12, 1), null, 0))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RecordAftercare(12, AftercareKind.OTHER_PARTY, LocalDate.of(2026, 12, 1), null, 0))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RecordAftercare(12, AftercareKind.CJG, LocalDate.of(2026, 12, 1), null, -1))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AftercareParty("a".repeat(101))).isInstanceOf(IllegalArgumentException.class);
	}

	private static java.util.List<String> fields(Outcome<RecordAftercare> outcome) {
		return ((Outcome.Refused<RecordAftercare>) outcome).refusals().stream().map(r -> r.field() + ":" + r.code()).toList();
	}
}
