package nl.jeugdregie.allocation.internal.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.messaging.DeclarationsForMessaging.Line;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * BEY-5 (ADR 0047): the level-3 rules for a JW323 line, each with its WJ001 code. The allocation: 2 hours a week, 1 to
 * 28 December 2026 (8 hours), 84,50 an hour, budget 676,00; {@code declared} hours approved before.
 */
@DisplayName("BEY-5: the level-3 rules for a declared JW323 line, each with its retour code")
class DeclaredLineChecksUnitTests {

	static AllocationToJudge allocation(long declaredUnits) {
		return allocation(declaredUnits, false);
	}

	static AllocationToJudge allocation(long declaredUnits, boolean withdrawn) {
		var period = new ValidityPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 28));
		return new AllocationToJudge(new AllocationToDeclare(UUID.randomUUID(), 7, new ProviderId(UUID.randomUUID()), period,
				8, declaredUnits, 8450, 67600, declaredUnits * 8450), new AgbCode("65656055"), "45", "45A01", 2, "04",
				Frequency.PER_WEEK, withdrawn);
	}

	static Line line(String from, String until, long volume) {
		return new Line("R1", 7, "45", "45A01", LocalDate.parse(from), LocalDate.parse(until), volume, "04", 8450,
				volume * 8450, false);
	}

	static Optional<String> code(Policy<DeclaredLineChecks.LineAgainst> policy, Line line, long declared) {
		return policy.check(new DeclaredLineChecks.LineAgainst(line, allocation(declared))).map(Refusal::code);
	}

	@Test
	@DisplayName("TR384 9384: no line on an allocation withdrawn as sent in error (RedenWijziging 13)")
	void notOnAWithdrawnAllocation() {
		var l = line("2026-12-01", "2026-12-07", 1);
		assertThat(new DeclaredLineChecks.NotOnWithdrawnAllocation().check(new DeclaredLineChecks.LineAgainst(l, allocation(0, true)))
				.map(Refusal::code)).contains("9384");
		assertThat(code(new DeclaredLineChecks.NotOnWithdrawnAllocation(), l, 0)).isEmpty();
	}

	@Test
	@DisplayName("TR307 9307 / TR308 9308: the line's period starts and ends within the allocation")
	void withinThePeriod() {
		assertThat(code(new DeclaredLineChecks.StartsWithinAllocation(), line("2026-11-30", "2026-12-06", 1), 0)).contains("9307");
		assertThat(code(new DeclaredLineChecks.StartsWithinAllocation(), line("2026-12-01", "2026-12-06", 1), 0)).isEmpty();
		assertThat(code(new DeclaredLineChecks.EndsWithinAllocation(), line("2026-12-22", "2026-12-29", 1), 0)).contains("9308");
		assertThat(code(new DeclaredLineChecks.EndsWithinAllocation(), line("2026-12-22", "2026-12-28", 1), 0)).isEmpty();
	}

	static AllocationToJudge allocationFrom(String from, String until) {
		var period = new ValidityPeriod(LocalDate.parse(from), LocalDate.parse(until));
		return new AllocationToJudge(new AllocationToDeclare(UUID.randomUUID(), 7, new ProviderId(UUID.randomUUID()), period,
				8, 0, 8450, 67600, 0), new AgbCode("65656055"), "45", "45A01", 2, "04", Frequency.PER_WEEK, false);
	}

	static Optional<String> code(Policy<DeclaredLineChecks.LineAgainst> policy, Line line, AllocationToJudge allocation) {
		return policy.check(new DeclaredLineChecks.LineAgainst(line, allocation)).map(Refusal::code);
	}

	@Test
	@DisplayName("TR387 9387: a ProductPeriode starts on the first of its month, or on the allocation's first day later in that month")
	void startsOnTheFirstOfTheMonth() {
		var rule = new DeclaredLineChecks.StartsOnFirstOfMonth();
		assertThat(code(rule, line("2026-12-01", "2026-12-28", 1), 0)).isEmpty();
		assertThat(code(rule, line("2026-12-08", "2026-12-28", 1), 0)).contains("9387");
		var midMonth = allocationFrom("2026-12-10", "2027-03-31");
		assertThat(code(rule, line("2026-12-10", "2026-12-31", 1), midMonth)).isEmpty();
		assertThat(code(rule, line("2026-12-01", "2026-12-31", 1), midMonth)).contains("9387");
		assertThat(code(rule, line("2027-01-01", "2027-01-31", 1), midMonth)).isEmpty();
		assertThat(code(rule, line("2027-01-10", "2027-01-31", 1), midMonth)).as("a later month starts on the 1st").contains("9387");
	}

	@Test
	@DisplayName("TR388 9388: a ProductPeriode ends on the last day of its month, or on the allocation's last day earlier in that month")
	void endsOnTheLastOfTheMonth() {
		var rule = new DeclaredLineChecks.EndsOnLastOfMonth();
		assertThat(code(rule, line("2026-12-01", "2026-12-28", 1), 0)).as("the allocation ends on the 28th").isEmpty();
		assertThat(code(rule, line("2026-12-01", "2026-12-21", 1), 0)).contains("9388");
		assertThat(code(rule, line("2026-12-01", "2026-12-31", 1), 0)).contains("9388");
		var longer = allocationFrom("2026-12-01", "2027-03-31");
		assertThat(code(rule, line("2026-12-01", "2026-12-31", 1), longer)).isEmpty();
		assertThat(code(rule, line("2026-12-01", "2026-12-28", 1), longer)).contains("9388");
		assertThat(code(rule, line("2026-12-01", "2027-01-31", 1), longer)).as("one calendar month per line").contains("9388");
	}

	@Test
	@DisplayName("TR339 9339, TR340 9340, TR341 9341: the allocated product category, product code and unit")
	void theAllocatedProductAndUnit() {
		var l = line("2026-12-01", "2026-12-07", 1);
		assertThat(code(new DeclaredLineChecks.SameProductCategory(), new Line("R1", 7, "43", "45A01", l.from(), l.until(), 1, "04",
				8450, 8450, false), 0)).contains("9339");
		assertThat(code(new DeclaredLineChecks.SameProductCode(), new Line("R1", 7, "45", "45A02", l.from(), l.until(), 1, "04",
				8450, 8450, false), 0)).contains("9340");
		assertThat(code(new DeclaredLineChecks.SameProductCode(), new Line("R1", 7, "45", null, l.from(), l.until(), 1, "04",
				8450, 8450, false), 0)).isEmpty();
		assertThat(code(new DeclaredLineChecks.SameUnit(), new Line("R1", 7, "45", "45A01", l.from(), l.until(), 1, "01",
				8450, 8450, false), 0)).contains("9341");
		assertThat(code(new DeclaredLineChecks.SameUnit(), l, 0)).isEmpty();
	}

	@Test
	@DisplayName("TR321 9321: a line's volume fits the allocated volume over its own period (2 a week: 2 in one week, 4 in two started weeks)")
	void lineWithinVolume() {
		assertThat(code(new DeclaredLineChecks.LineWithinVolume(), line("2026-12-01", "2026-12-07", 3), 0)).contains("9321");
		assertThat(code(new DeclaredLineChecks.LineWithinVolume(), line("2026-12-01", "2026-12-07", 2), 0)).isEmpty();
		assertThat(code(new DeclaredLineChecks.LineWithinVolume(), line("2026-12-01", "2026-12-08", 4), 0)).isEmpty();
	}

	@Test
	@DisplayName("TR322 9322: with what was approved before, no more than the allocated 8 hours")
	void totalWithinVolume() {
		assertThat(code(new DeclaredLineChecks.TotalWithinVolume(), line("2026-12-22", "2026-12-28", 2), 6)).isEmpty();
		assertThat(code(new DeclaredLineChecks.TotalWithinVolume(), line("2026-12-22", "2026-12-28", 2), 7)).contains("9322");
	}

	@Test
	@DisplayName("TR369 9369: with what was approved before, the amounts stay within the budget")
	void totalWithinBudget() {
		var l = line("2026-12-01", "2026-12-07", 1);
		assertThat(code(new DeclaredLineChecks.TotalWithinBudget(), l, 7)).isEmpty();
		assertThat(code(new DeclaredLineChecks.TotalWithinBudget(), new Line("R1", 7, "45", "45A01", l.from(), l.until(), 1, "04",
				8450, 8451, false), 7)).contains("9369");
	}

	@Test
	@DisplayName("TR418 0611: the contract's tariff of the allocation")
	void atContractTariff() {
		var l = line("2026-12-01", "2026-12-07", 1);
		assertThat(code(new DeclaredLineChecks.AtContractTariff(), l, 0)).isEmpty();
		assertThat(code(new DeclaredLineChecks.AtContractTariff(), new Line("R1", 7, "45", "45A01", l.from(), l.until(), 1, "04",
				9000, 9000, false), 0)).contains("0611");
	}

	@Test
	@DisplayName("TR346 9346: unless the unit is euros (83), the amount is the volume times the tariff")
	void amountIsVolumeTimesTariff() {
		var l = line("2026-12-01", "2026-12-07", 2);
		assertThat(code(new DeclaredLineChecks.AmountIsVolumeTimesTariff(), l, 0)).isEmpty();
		assertThat(code(new DeclaredLineChecks.AmountIsVolumeTimesTariff(), new Line("R1", 7, "45", "45A01", l.from(), l.until(), 2,
				"04", 8450, 17000, false), 0)).contains("9346");
		assertThat(code(new DeclaredLineChecks.AmountIsVolumeTimesTariff(), new Line("R1", 7, "45", "45A01", l.from(), l.until(), 170,
				"83", 100, 16900, false), 0)).isEmpty();
	}
}
