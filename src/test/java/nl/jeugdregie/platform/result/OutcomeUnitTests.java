package nl.jeugdregie.platform.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18: a command parsed into an outcome is carried out only when it was done; every other kind is handed on. */
class OutcomeUnitTests {

	@Test
	@DisplayName("then carries out the next step only on a done outcome")
	void carriesOnOnlyWhenDone() {
		assertThat(Outcome.done(2).then(two -> Outcome.done(two * 21))).isEqualTo(Outcome.done(42));
		assertThat(Outcome.done(2).then(two -> Outcome.<Integer>notFound())).isEqualTo(Outcome.notFound());
	}

	@Test
	@DisplayName("then hands a refusal, not found, forbidden or stale outcome on unchanged, without the next step")
	void handsOtherKindsOn() {
		var refusal = Refusal.of("name", "kpi.name.missing");
		assertThat(Outcome.<Integer>refused(refusal).then(this::never)).isEqualTo(Outcome.refused(refusal));
		assertThat(Outcome.<Integer>notFound().then(this::never)).isEqualTo(Outcome.notFound());
		assertThat(Outcome.<Integer>forbidden("code").then(this::never)).isEqualTo(Outcome.forbidden("code"));
		assertThat(Outcome.<Integer>stale(3).then(this::never)).isEqualTo(Outcome.stale(3));
	}

	@Test
	@DisplayName("passOn hands an outcome that is not done on as an outcome of another type, and refuses a done one")
	void passesOnWhatIsNotDone() {
		assertThat(Outcome.<Integer>notFound().<String>passOn()).isEqualTo(Outcome.notFound());
		assertThat(Outcome.<Integer>forbidden("clientfile.notInCaseload").<String>passOn())
				.isEqualTo(Outcome.forbidden("clientfile.notInCaseload"));
		assertThat(Outcome.<Integer>stale(7).<String>passOn()).isEqualTo(Outcome.stale(7));
		org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> Outcome.done(1).passOn());
	}

	private Outcome<String> never(Integer value) {
		throw new AssertionError("the next step ran for " + value);
	}
}
