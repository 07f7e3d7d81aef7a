package nl.jeugdregie.allocation.internal.cjgtransfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-8: a scope's date moves later always, earlier only while still the notice norm after the notice")
class ScopeDateMoveUnitTests {

	/** Told on 16 November 2026, within the scope from 1 June 2027. */
	private static final CjgScope JUNE = new CjgScope(UUID.randomUUID(), ProductCategory.AMBULANT, LocalDate.of(2027, 6, 1),
			LocalDate.of(2026, 11, 16), 3);

	private final ScopeDateMove rule = new ScopeDateMove();

	@Test
	@DisplayName("TOEW-8: a later date is always possible")
	void movesLater() {
		assertThat(rule.check(new ScopeDateMove.Move(JUNE, LocalDate.of(2028, 1, 1), 6))).isEmpty();
	}

	@Test
	@DisplayName("TOEW-8: an earlier date is possible down to the notice plus six months, not before")
	void movesEarlierOnlyWithEnoughNotice() {
		assertThat(rule.check(new ScopeDateMove.Move(JUNE, LocalDate.of(2027, 5, 16), 6))).isEmpty();
		assertThat(rule.check(new ScopeDateMove.Move(JUNE, LocalDate.of(2027, 5, 15), 6))).hasValueSatisfying(refusal -> {
			assertThat(refusal.field()).isEqualTo("effectiveFrom");
			assertThat(refusal.code()).isEqualTo("allocation.cjg.move.tooEarly");
			assertThat(refusal.arguments()).containsExactly(6, "16-11-2026", "16-5-2027");
		});
	}

	@Test
	@DisplayName("TOEW-8: the same date is no move")
	void refusesTheSameDate() {
		assertThat(rule.check(new ScopeDateMove.Move(JUNE, LocalDate.of(2027, 6, 1), 6))).hasValueSatisfying(refusal -> {
			assertThat(refusal.code()).isEqualTo("allocation.cjg.move.same");
			assertThat(refusal.arguments()).containsExactly("1-6-2027");
		});
	}
}
