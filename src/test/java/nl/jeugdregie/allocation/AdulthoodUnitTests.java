package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MON-5 (18+): where an allocation stands against the young person's 18th birthday")
class AdulthoodUnitTests {

	@Test
	@DisplayName("MON-5: 18 on the first day is 18+; younger on the first day and 18 on the last runs past the 18th birthday")
	void bandsByTheAgesOnTheFirstAndLastDay() {
		assertThat(Adulthood.of(Optional.of(18), Optional.of(19))).isEqualTo(Adulthood.ADULT_AT_START);
		assertThat(Adulthood.of(Optional.of(17), Optional.of(18))).isEqualTo(Adulthood.TURNS_18_DURING);
		assertThat(Adulthood.of(Optional.of(12), Optional.of(17))).isEqualTo(Adulthood.UNDER_18);
	}

	@Test
	@DisplayName("MON-5: without a known age the band is unknown and counts in neither 18+ figure")
	void unknownWithoutAnAge() {
		assertThat(Adulthood.of(Optional.empty(), Optional.of(18))).isEqualTo(Adulthood.UNKNOWN);
		assertThat(Adulthood.of(Optional.of(17), Optional.empty())).isEqualTo(Adulthood.UNKNOWN);
	}
}
