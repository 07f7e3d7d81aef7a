package nl.jeugdregie.allocation.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-6: a tariff line's end stays within its own period and never runs into another line")
class TariffEndKeepsLinesApartUnitTests {

	private static final ContractId CONTRACT = new ContractId(UUID.randomUUID());
	private static final ProductId PRODUCT = new ProductId(UUID.randomUUID());
	private static final Tariff OPEN_FROM_2026 = new Tariff(UUID.randomUUID(), CONTRACT, PRODUCT, 8450,
			new ValidityPeriod(LocalDate.of(2026, 1, 1), null), 0);
	private static final Tariff FROM_JULY_2027 = new Tariff(UUID.randomUUID(), CONTRACT, PRODUCT, 8800,
			new ValidityPeriod(LocalDate.of(2027, 7, 1), null), 0);
	private static final Tariff OTHER_PRODUCT = new Tariff(UUID.randomUUID(), CONTRACT, new ProductId(UUID.randomUUID()),
			100, new ValidityPeriod(LocalDate.of(2026, 1, 1), null), 0);

	private final TariffEndKeepsLinesApart rule = new TariffEndKeepsLinesApart();

	@Test
	@DisplayName("TOEW-6: an end on or after the first day, before the next line, is accepted; other products do not count")
	void acceptsAnEndBeforeTheNextLine() {
		assertThat(rule.check(new TariffEndKeepsLinesApart.Proposed(OPEN_FROM_2026, LocalDate.of(2027, 6, 30),
				List.of(OPEN_FROM_2026, FROM_JULY_2027, OTHER_PRODUCT)))).isEmpty();
		assertThat(rule.check(new TariffEndKeepsLinesApart.Proposed(OPEN_FROM_2026, LocalDate.of(2026, 1, 1),
				List.of(OPEN_FROM_2026)))).isEmpty();
	}

	@Test
	@DisplayName("TOEW-6: an end before the line's first day is refused next to the field")
	void refusesAnEndBeforeTheStart() {
		assertThat(rule.check(new TariffEndKeepsLinesApart.Proposed(OPEN_FROM_2026, LocalDate.of(2025, 12, 31),
				List.of(OPEN_FROM_2026)))).hasValueSatisfying(refusal -> {
			assertThat(refusal.field()).isEqualTo("lastDay");
			assertThat(refusal.code()).isEqualTo("allocation.tariff.end.beforeStart");
			assertThat(refusal.arguments()).containsExactly("1-1-2026");
		});
	}

	@Test
	@DisplayName("TOEW-6: an end that runs into the next line of the same product is refused (lines never overlap)")
	void refusesAnEndIntoTheNextLine() {
		assertThat(rule.check(new TariffEndKeepsLinesApart.Proposed(OPEN_FROM_2026, LocalDate.of(2027, 7, 1),
				List.of(OPEN_FROM_2026, FROM_JULY_2027)))).hasValueSatisfying(refusal -> {
			assertThat(refusal.code()).isEqualTo("allocation.tariff.end.overlap");
			assertThat(refusal.arguments()).containsExactly("1-7-2027", "30-6-2027");
		});
	}

	@Test
	@DisplayName("TOEW-6: the line's current last day is no change")
	void refusesTheSameEnd() {
		var ended = new Tariff(OPEN_FROM_2026.id(), CONTRACT, PRODUCT, 8450,
				new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), 1);
		assertThat(rule.check(new TariffEndKeepsLinesApart.Proposed(ended, LocalDate.of(2026, 12, 31), List.of(ended))))
				.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("allocation.tariff.end.same"));
	}
}
