package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.intake.Referrer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-1 bad input: the dashboard's filters are checked before any figure is read. */
class DashboardInputUnitTests {

	static final YearMonth NOW = YearMonth.of(2026, 11);
	static final UUID TEAM = UUID.randomUUID();

	static DashboardInput.Result check(String team, String referrer, String from, String to) {
		return DashboardInput.check("0828", List.of(TEAM), team, referrer, from, to, NOW);
	}

	@Test
	@DisplayName("MON-1: without filters the dashboard covers the last twelve months of all teams and referrers")
	void defaultsToTheLastTwelveMonths() {
		var result = check(null, null, null, null);

		assertThat(result.errors()).isEmpty();
		assertThat(result.scope()).isEqualTo(new DashboardScope("0828", null, null, YearMonth.of(2025, 12), NOW));
	}

	@Test
	void acceptsAKnownTeamAndReferrer() {
		var result = check(TEAM.toString(), "VEILIG_THUIS", "2026-01", "2026-10");

		assertThat(result.scope()).isEqualTo(new DashboardScope("0828", TEAM, Referrer.VEILIG_THUIS,
				YearMonth.of(2026, 1), YearMonth.of(2026, 10)));
	}

	@Test
	@DisplayName("MON-1: refuses a period in the future")
	void refusesAPeriodInTheFuture() {
		var result = check(null, null, "2026-12", "2027-01");

		assertThat(result.scope()).isNull();
		assertThat(result.errors()).extracting(DashboardInput.Error::field)
				.containsExactly(DashboardInput.Field.FROM, DashboardInput.Field.TO);
		assertThat(result.errors().getFirst().message()).contains("nog niet begonnen");
	}

	@Test
	@DisplayName("MON-1: refuses a reversed period")
	void refusesAReversedPeriod() {
		var result = check(null, null, "2026-10", "2026-03");

		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo(DashboardInput.Field.TO);
			assertThat(e.message()).contains("voor de beginmaand");
		});
	}

	@Test
	void refusesAPeriodLongerThanThreeYears() {
		assertThat(check(null, null, "2023-01", "2026-01").errors()).extracting(DashboardInput.Error::field)
				.containsExactly(DashboardInput.Field.FROM);
		assertThat(check(null, null, "2023-02", "2026-01").errors()).isEmpty();
	}

	@Test
	void refusesMonthsThatAreNotMonths() {
		assertThat(check(null, null, "januari", "2026-13").errors()).extracting(DashboardInput.Error::field)
				.containsExactlyInAnyOrder(DashboardInput.Field.FROM, DashboardInput.Field.TO);
	}

	@Test
	@DisplayName("MON-1, SEC-2: refuses an unknown team or a team of another municipality, and an unknown referrer")
	void refusesAnUnknownTeamAndReferrer() {
		var result = check(UUID.randomUUID().toString(), "BUURMAN", null, null);

		assertThat(result.scope()).isNull();
		assertThat(result.errors()).extracting(DashboardInput.Error::field)
				.containsExactly(DashboardInput.Field.TEAM, DashboardInput.Field.REFERRER);
		assertThat(check("geen-team", null, null, null).errors()).hasSize(1);
	}
}
