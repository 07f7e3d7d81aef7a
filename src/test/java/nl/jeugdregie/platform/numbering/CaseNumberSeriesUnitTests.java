package nl.jeugdregie.platform.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseNumberSeriesUnitTests {

	@Test
	@DisplayName("SEC-2: a case number names its municipality and year and counts within them")
	void writesTheMunicipalityAndYearIntoTheNumber() {
		assertThat(new CaseNumberSeries("HV", "0828", 2026).number(123)).isEqualTo("HV-0828-2026-000123");
	}

	@Test
	void refusesASeriesThatWouldMakeAnUnreadableNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseNumberSeries("hv", "0828", 2026));
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseNumberSeries("HV", "828", 2026));
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseNumberSeries("HV", "0828", 26));
	}
}
