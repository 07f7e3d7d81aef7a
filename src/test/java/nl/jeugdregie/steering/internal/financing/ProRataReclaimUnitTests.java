package nl.jeugdregie.steering.internal.financing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-7: unperformed activities are reclaimed pro rata")
class ProRataReclaimUnitTests {

	private final ProRataReclaim reclaim = new ProRataReclaim();

	@Test
	void reclaimsTheBudgetShareOfTheActivitiesNotPerformed() {
		assertThat(reclaim.reclaimCents(450_000, 10, 8)).isEqualTo(90_000);
		assertThat(reclaim.reclaimCents(100_000, 3, 2)).isEqualTo(33_333);
		assertThat(reclaim.reclaimCents(100_000, 3, 1)).isEqualTo(66_667);
	}

	@Test
	void reclaimsNothingWhenAllOrMoreWerePerformedOrNoneWerePlanned() {
		assertThat(reclaim.reclaimCents(450_000, 10, 10)).isZero();
		assertThat(reclaim.reclaimCents(450_000, 10, 12)).isZero();
		assertThat(reclaim.reclaimCents(450_000, 0, 0)).isZero();
	}

	@Test
	void splitsAYearlyBudgetIntoHalvesWithTheOddCentInTheSecond() {
		assertThat(ProRataReclaim.halfYearBudget(1_001, true)).isEqualTo(500);
		assertThat(ProRataReclaim.halfYearBudget(1_001, false)).isEqualTo(501);
	}
}
