package nl.jeugdregie.monitoring.internal.periodic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-2: what the half-yearly explanation must hold before it is stored. */
class ExplanationPolicyUnitTests {

	@Test
	@DisplayName("MON-2: an explanation with at least one of the three parts is accepted")
	void acceptsAnExplanationWithOnePart() {
		assertThat(ExplanationPolicy.check(null, "Te weinig jeugdprofessionals in Oss-Noord.", "")).isEmpty();
	}

	@Test
	void refusesAnEmptyExplanation() {
		assertThat(ExplanationPolicy.check(" ", null, "")).extracting(ExplanationPolicy.Violation::field)
				.containsExactly("ontwikkelingen");
	}

	@Test
	void refusesTooLongParts() {
		var tooLong = "x".repeat(ExplanationPolicy.MAX_LENGTH + 1);
		assertThat(ExplanationPolicy.check("Goed.", tooLong, null)).extracting(ExplanationPolicy.Violation::field)
				.containsExactly("knelpunten");
	}
}
