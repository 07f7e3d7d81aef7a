package nl.jeugdregie.allocation.internal.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-9: a declared line is checked against its allocation's period, volume and tariff")
class DeclarationChecksUnitTests {

	private static final AllocationToDeclare ALLOCATION = new AllocationToDeclare(UUID.randomUUID(), 7, ProviderId.random(),
			new ValidityPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 28)), 8, 4, 8450, 8 * 8450, 4 * 8450);

	private static DeclarationChecks.Declared declared(LocalDate from, LocalDate until, int units, long tariff) {
		return new DeclarationChecks.Declared(new DeclarationLine(7, new ValidityPeriod(from, until), units, tariff), ALLOCATION, "x");
	}

	@Test
	void refusesALineOutsideThePeriod() {
		var rule = new DeclarationChecks.WithinAllocationPeriod();
		assertThat(rule.check(declared(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 28), 1, 8450))).isEmpty();
		assertThat(rule.check(declared(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5), 1, 8450)).orElseThrow().code())
				.isEqualTo("allocation.declaration.outsidePeriod");
	}

	@Test
	void refusesMoreUnitsThanAreLeft() {
		var rule = new DeclarationChecks.WithinAllocatedVolume();
		assertThat(rule.check(declared(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 4, 8450))).isEmpty();
		assertThat(rule.check(declared(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 5, 8450)))
				.hasValueSatisfying(refusal -> assertThat(refusal.arguments()).containsExactly(5, 4L));
	}

	@Test
	void refusesAnotherTariff() {
		var rule = new DeclarationChecks.AtAllocatedTariff();
		assertThat(rule.check(declared(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 1, 8450))).isEmpty();
		assertThat(rule.check(declared(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 1, 9000))).hasValueSatisfying(
				refusal -> assertThat(refusal.arguments()).containsExactly("90,00", "84,50"));
	}
}
