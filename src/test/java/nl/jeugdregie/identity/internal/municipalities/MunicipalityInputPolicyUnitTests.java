package nl.jeugdregie.identity.internal.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Issue 14 item 2: a new municipality has a CBS code (GM and four digits) and a name")
class MunicipalityInputPolicyUnitTests {

	private static final RefusalTexts TEXTS = RefusalTexts.of("messages");

	@Test
	void acceptsTheCbsCodeAsCbsWritesItAndKeepsItsFourDigits() {
		assertThat(MunicipalityInputPolicy.check("GM0828", "Oss")).isEmpty();
		assertThat(MunicipalityInputPolicy.codeOf(" gm1948 ")).isEqualTo(new MunicipalityCode("1948"));
		assertThat(MunicipalityInputPolicy.cbsCode(new MunicipalityCode("0828"))).isEqualTo("GM0828");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0828", "GM828", "GM08281", "GX0828", "GM 0828", "PV0828", "GMabcd" })
	void refusesWhatIsNotGmWithFourDigits(String code) {
		assertThat(MunicipalityInputPolicy.codeOf(code)).isNull();
		assertThat(MunicipalityInputPolicy.check(code, "Oss")).extracting(Refusal::field).containsExactly("code");
	}

	@Test
	void asksForBothFieldsAndLimitsTheName() {
		assertThat(MunicipalityInputPolicy.check(" ", null)).extracting(TEXTS::text)
				.containsExactly("Vul de CBS-code van de gemeente in.", "Vul de naam van de gemeente in.");
		assertThat(MunicipalityInputPolicy.check("GM0828", "x".repeat(81))).extracting(Refusal::field)
				.containsExactly("name");
	}

	@Test
	@DisplayName("Issue 14 item 2: the regional administrator gives only the first administrator")
	void givesOnlyTheFirstAdministrator() {
		assertThat(FirstAdministratorPolicy.check(0)).isEmpty();
		assertThat(FirstAdministratorPolicy.check(1)).containsExactly(FirstAdministratorPolicy.HAS_ADMINISTRATOR);
	}
}
