package nl.jeugdregie.monitoring.internal.periodic;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
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
		assertThat(ExplanationPolicy.check(" ", null, "")).extracting(Refusal::field)
				.containsExactly("ontwikkelingen");
	}

	@Test
	@DisplayName("MON-2: the refusals read as before, from the bundle")
	void refusalsReadAsBefore() {
		var texts = RefusalTexts.of("messages-monitoring-kpi");
		assertThat(ExplanationPolicy.check(null, null, null)).map(texts::text)
				.containsExactly("Schrijf ten minste de ontwikkelingen, de knelpunten of de aanbevelingen.");
		assertThat(ExplanationPolicy.check("x".repeat(ExplanationPolicy.MAX_LENGTH + 1), null, null)).map(texts::text)
				.containsExactly("Gebruik ten hoogste 4000 tekens.");
	}

	@Test
	void refusesTooLongParts() {
		var tooLong = "x".repeat(ExplanationPolicy.MAX_LENGTH + 1);
		assertThat(ExplanationPolicy.check("Goed.", tooLong, null)).extracting(Refusal::field)
				.containsExactly("knelpunten");
	}
}
