package nl.jeugdregie.identity.internal.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14: a team has a name of 2 to 80 characters and each district once")
class TeamInputPolicyUnitTests {

	private static final RefusalTexts TEXTS = RefusalTexts.of("messages");

	@Test
	void acceptsANameWithDistricts() {
		assertThat(TeamInputPolicy.check("CJG Oss Noord", List.of("Ruwaard", "Schadewijk"))).isEmpty();
	}

	@Test
	void refusesAMissingOrTooShortOrTooLongName() {
		assertThat(TeamInputPolicy.checkName(null)).extracting(TEXTS::text).containsExactly("Vul de naam van het team in.");
		assertThat(TeamInputPolicy.checkName(" x ")).extracting(Refusal::field).containsExactly("name");
		assertThat(TeamInputPolicy.checkName("x".repeat(81))).singleElement().extracting(TEXTS::text)
				.asString().contains("2 tot 80 tekens");
	}

	@Test
	void refusesADistrictNamedTwiceWhateverItsCapitals() {
		assertThat(TeamInputPolicy.checkDistricts(List.of("Noord", "noord"))).singleElement()
				.satisfies(p -> assertThat(TEXTS.text(p)).isEqualTo("Noem elke wijk één keer: noord staat er vaker in."));
	}

	@Test
	void refusesTooManyOrTooLongDistricts() {
		var many = new String[41];
		Arrays.setAll(many, i -> "Wijk " + i);
		assertThat(TeamInputPolicy.checkDistricts(List.of(many))).extracting(Refusal::field).containsExactly("districts");
		assertThat(TeamInputPolicy.checkDistricts(List.of(many))).extracting(TEXTS::text)
				.containsExactly("Geef hoogstens 40 wijken op.");
		assertThat(TeamInputPolicy.checkDistricts(List.of("w".repeat(81)))).singleElement().extracting(TEXTS::text)
				.isEqualTo("Een wijk heeft hoogstens 80 tekens: " + "w".repeat(81) + ".");
	}

	@Test
	void leavesOutEmptyLinesAndTrimsDistricts() {
		assertThat(TeamInputPolicy.districts(Arrays.asList(" Ruwaard ", "", null, "  "))).containsExactly("Ruwaard");
	}
}
