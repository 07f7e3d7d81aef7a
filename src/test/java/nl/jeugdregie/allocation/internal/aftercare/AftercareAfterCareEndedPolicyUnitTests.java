package nl.jeugdregie.allocation.internal.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MON-5: aftercare is recorded only once the care of the allocation has ended")
class AftercareAfterCareEndedPolicyUnitTests {

	static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

	static EndedCare allocation(LocalDate lastDay, boolean withdrawn, @Nullable Long replacedBy, boolean endedEarly) {
		return new EndedCare(UUID.randomUUID(), new MunicipalityCode("0599"), 12, new ArrangementId(UUID.randomUUID()),
				null, "45 · 45A01 Begeleiding", "Zorggroep", lastDay, withdrawn, replacedBy, endedEarly);
	}

	private final AftercareAfterCareEndedPolicy policy = new AftercareAfterCareEndedPolicy();

	@Test
	@DisplayName("MON-5: refused on the allocation's last day and before it: the care is still running")
	void refusesWhileTheCareRuns() {
		for (var today : new LocalDate[] { LAST_DAY, LAST_DAY.minusDays(40) }) {
			var refusal = policy.check(new AftercareAfterCareEndedPolicy.Care(allocation(LAST_DAY, false, null, false), today));
			assertThat(refusal).hasValueSatisfying(r -> {
				assertThat(r.code()).isEqualTo("allocation.aftercare.careNotEnded");
				assertThat(r.concernsWhole()).isTrue();
				assertThat(r.arguments()).containsExactly("12", "31-10-2026");
			});
		}
	}

	@Test
	@DisplayName("MON-5: allowed from the day after the last day")
	void allowsOnceTheLastDayHasPassed() {
		assertThat(policy.check(new AftercareAfterCareEndedPolicy.Care(allocation(LAST_DAY, false, null, false),
				LAST_DAY.plusDays(1)))).isEmpty();
	}

	@Test
	@DisplayName("MON-5: an allocation ended early may have its aftercare recorded before its (new) last day")
	void allowsAnAllocationEndedEarlyBeforeItsLastDay() {
		assertThat(policy.check(new AftercareAfterCareEndedPolicy.Care(allocation(LAST_DAY, false, null, true),
				LAST_DAY.minusDays(10)))).isEmpty();
	}

	@Test
	@DisplayName("MON-5: a withdrawn allocation counts as never sent: no aftercare, even after its last day")
	void refusesAWithdrawnAllocation() {
		assertThat(policy.check(new AftercareAfterCareEndedPolicy.Care(allocation(LAST_DAY, true, null, false),
				LAST_DAY.plusDays(5)))).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("allocation.aftercare.withdrawn"));
	}

	@Test
	@DisplayName("MON-5: a replaced allocation continues under its new number: aftercare is recorded there")
	void refusesAReplacedAllocationNamingItsSuccessor() {
		assertThat(policy.check(new AftercareAfterCareEndedPolicy.Care(allocation(LAST_DAY, false, 13L, true),
				LAST_DAY.plusDays(5)))).hasValueSatisfying(r -> {
					assertThat(r.code()).isEqualTo("allocation.aftercare.replaced");
					assertThat(r.arguments()).containsExactly("12", "13");
				});
	}
}
