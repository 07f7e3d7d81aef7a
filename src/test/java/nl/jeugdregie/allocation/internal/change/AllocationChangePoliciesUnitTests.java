package nl.jeugdregie.allocation.internal.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue 16: the named rules of changing an allocation (TOEW-1, TOEW-7, TR385). */
@DisplayName("Issue 16: rules for ending, changing and withdrawing an allocation (TOEW-7)")
class AllocationChangePoliciesUnitTests {

	private static final ValidityPeriod PERIOD = new ValidityPeriod(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 28));

	static CurrentAllocation allocation(Frequency frequency, @Nullable Long replacedBy, @Nullable Instant withdrawnAt) {
		return new CurrentAllocation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				new ArrangementId(UUID.randomUUID()), false, new MunicipalityCode("0599"), 12, UUID.randomUUID(),
				UUID.randomUUID(), null, new ProductId(UUID.randomUUID()), "45 · 45A01 Begeleiding",
				new ProviderId(UUID.randomUUID()), "Zorggroep", new ContractId(UUID.randomUUID()), 2, Unit.ofCode("04").orElseThrow(),
				frequency, PERIOD, Financing.IN_KIND, 24_000, 1_000, null, replacedBy, withdrawnAt);
	}

	@Nested
	@DisplayName("NotWithdrawn")
	class NotWithdrawnTests {

		@Test
		@DisplayName("TOEW-7: a withdrawn allocation is not changed again")
		void refusesAWithdrawnAllocation() {
			var refusal = new NotWithdrawn().check(allocation(Frequency.PER_WEEK, null, Instant.parse("2026-12-01T10:00:00Z")));
			assertThat(refusal).hasValueSatisfying(r -> {
				assertThat(r.code()).isEqualTo("allocation.change.withdrawn");
				assertThat(r.concernsWhole()).isTrue();
			});
		}

		@Test
		@DisplayName("TOEW-7: an allocation not withdrawn may change")
		void allowsAnAllocationNotWithdrawn() {
			assertThat(new NotWithdrawn().check(allocation(Frequency.PER_WEEK, null, null))).isEmpty();
		}
	}

	@Nested
	@DisplayName("NotReplaced")
	class NotReplacedTests {

		@Test
		@DisplayName("TOEW-7: an allocation replaced by a new number after a volume change is not changed again; the refusal names the new one")
		void refusesAReplacedAllocation() {
			assertThat(new NotReplaced().check(allocation(Frequency.PER_WEEK, 13L, null)))
					.hasValueSatisfying(r -> assertThat(r.arguments()).containsExactly("12", "13"));
		}

		@Test
		@DisplayName("TOEW-7: an allocation not replaced may change")
		void allowsACurrentAllocation() {
			assertThat(new NotReplaced().check(allocation(Frequency.PER_WEEK, null, null))).isEmpty();
		}
	}

	@Nested
	@DisplayName("EndShortensAllocation")
	class EndShortensAllocationTests {

		@Test
		@DisplayName("TOEW-1: a last day between the first day and the current last day shortens the allocation")
		void allowsAnEarlierEnd() {
			assertThat(new EndShortensAllocation().check(new EndShortensAllocation.Proposed(PERIOD, LocalDate.of(2027, 2, 28)))).isEmpty();
			assertThat(new EndShortensAllocation().check(new EndShortensAllocation.Proposed(PERIOD, PERIOD.from()))).isEmpty();
		}

		@Test
		@DisplayName("TOEW-1: a last day before the first day is refused on the field")
		void refusesAnEndBeforeTheStart() {
			assertThat(new EndShortensAllocation().check(new EndShortensAllocation.Proposed(PERIOD, LocalDate.of(2027, 1, 3))))
					.hasValueSatisfying(r -> {
						assertThat(r.field()).isEqualTo("validUntil");
						assertThat(r.code()).isEqualTo("allocation.change.end.beforeStart");
					});
		}

		@Test
		@DisplayName("TOEW-1: the same or a later last day is no shortening (a longer allocation is a new decision)")
		void refusesTheSameOrALaterEnd() {
			assertThat(new EndShortensAllocation().check(new EndShortensAllocation.Proposed(PERIOD, PERIOD.until())))
					.hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("allocation.change.end.notEarlier"));
			assertThat(new EndShortensAllocation().check(new EndShortensAllocation.Proposed(PERIOD, LocalDate.of(2027, 4, 1))))
					.hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("allocation.change.end.notEarlier"));
		}
	}

	@Nested
	@DisplayName("ChangeDateWithinAllocation")
	class ChangeDateWithinAllocationTests {

		@Test
		@DisplayName("TOEW-7: a change date after the first day up to the last day is allowed")
		void allowsADateWithin() {
			assertThat(new ChangeDateWithinAllocation().check(new ChangeDateWithinAllocation.Proposed(PERIOD, LocalDate.of(2027, 1, 5)))).isEmpty();
			assertThat(new ChangeDateWithinAllocation().check(new ChangeDateWithinAllocation.Proposed(PERIOD, PERIOD.until()))).isEmpty();
		}

		@Test
		@DisplayName("TOEW-7: the first day itself, a day outside the period or no date is refused on the field")
		void refusesTheFirstDayOutsideOrNone() {
			for (var day : new LocalDate[] { PERIOD.from(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29) }) {
				assertThat(new ChangeDateWithinAllocation().check(new ChangeDateWithinAllocation.Proposed(PERIOD, day)))
						.hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("allocation.change.volume.dateOutside"));
			}
			assertThat(new ChangeDateWithinAllocation().check(new ChangeDateWithinAllocation.Proposed(PERIOD, null)))
					.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("changeDate"));
		}
	}

	@Nested
	@DisplayName("VolumeDiffers")
	class VolumeDiffersTests {

		@Test
		@DisplayName("TOEW-7: the same volume again is no change")
		void refusesTheSameVolume() {
			assertThat(new VolumeDiffers().check(new VolumeDiffers.Proposed(2, 2)))
					.hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("volume"));
		}

		@Test
		@DisplayName("TOEW-7: a different volume, higher or lower, is allowed")
		void allowsAnotherVolume() {
			assertThat(new VolumeDiffers().check(new VolumeDiffers.Proposed(2, 3))).isEmpty();
			assertThat(new VolumeDiffers().check(new VolumeDiffers.Proposed(2, 1))).isEmpty();
		}
	}

	@Nested
	@DisplayName("NoWithdrawalWithApprovedDeclarations")
	class NoWithdrawalWithApprovedDeclarationsTests {

		@Test
		@DisplayName("TOEW-7, TR385: an allocation with approved declaration lines is not withdrawn")
		void refusesWithApprovedLines() {
			assertThat(new NoWithdrawalWithApprovedDeclarations().check(new NoWithdrawalWithApprovedDeclarations.Declared(12, 1)))
					.hasValueSatisfying(r -> {
						assertThat(r.code()).isEqualTo("allocation.change.withdrawal.declared");
						assertThat(r.arguments()).containsExactly("12", 1L);
					});
		}

		@Test
		@DisplayName("TOEW-7, TR385: without approved declaration lines withdrawing is allowed")
		void allowsWithoutDeclarations() {
			assertThat(new NoWithdrawalWithApprovedDeclarations().check(new NoWithdrawalWithApprovedDeclarations.Declared(12, 0))).isEmpty();
		}
	}

	@Nested
	@DisplayName("ChangeInput")
	class ChangeInputTests {

		@Test
		@DisplayName("TOEW-7: JZ002 13 (withdrawn) and 01 are no reason to choose; a volume change without reason gets 05")
		void parsesReasons() {
			assertThat(ChangeInput.end(12, "2027-02-28", "13")).isInstanceOf(Outcome.Refused.class);
			assertThat(ChangeInput.end(12, "2027-02-28", "01")).isInstanceOf(Outcome.Refused.class);
			assertThat(ChangeInput.end(12, "28-2-2027", "02").doneValue()).hasValueSatisfying(c ->
					assertThat(c.reason()).isEqualTo(ChangeReason.CLIENT_DIED));
			assertThat(ChangeInput.volume(12, "3", "", null).doneValue()).hasValueSatisfying(c ->
					assertThat(c.reason()).isEqualTo(ChangeReason.REASSESSMENT_SHORTENING));
			assertThat(ChangeInput.volume(12, "0", null, null)).isInstanceOf(Outcome.Refused.class);
		}
	}
}
