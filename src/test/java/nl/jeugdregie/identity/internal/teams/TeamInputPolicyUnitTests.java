package nl.jeugdregie.identity.internal.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14: a team has a name of 2 to 80 characters and each district once")
class TeamInputPolicyUnitTests {

	@Test
	void acceptsANameWithDistricts() {
		assertThat(TeamInputPolicy.check("CJG Oss Noord", List.of("Ruwaard", "Schadewijk"))).isEmpty();
	}

	@Test
	void refusesAMissingOrTooShortOrTooLongName() {
		assertThat(TeamInputPolicy.checkName(null)).extracting(FieldProblem::message).containsExactly("Vul de naam van het team in.");
		assertThat(TeamInputPolicy.checkName(" x ")).extracting(FieldProblem::field).containsExactly("name");
		assertThat(TeamInputPolicy.checkName("x".repeat(81))).singleElement().extracting(FieldProblem::message)
				.asString().contains("2 tot 80 tekens");
	}

	@Test
	void refusesADistrictNamedTwiceWhateverItsCapitals() {
		assertThat(TeamInputPolicy.checkDistricts(List.of("Noord", "noord"))).singleElement()
				.satisfies(p -> assertThat(p.message()).contains("Noem elke wijk één keer"));
	}

	@Test
	void refusesTooManyOrTooLongDistricts() {
		var many = new String[41];
		Arrays.setAll(many, i -> "Wijk " + i);
		assertThat(TeamInputPolicy.checkDistricts(List.of(many))).extracting(FieldProblem::field).containsExactly("districts");
		assertThat(TeamInputPolicy.checkDistricts(List.of("w".repeat(81)))).hasSize(1);
	}

	@Test
	void leavesOutEmptyLinesAndTrimsDistricts() {
		assertThat(TeamInputPolicy.districts(Arrays.asList(" Ruwaard ", "", null, "  "))).containsExactly("Ruwaard");
	}
}
