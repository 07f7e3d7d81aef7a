package nl.jeugdregie.steering.internal.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BudgetUnitTests {

	static FinancingLine line(long type, @Nullable String fte, long cents, TargetGroup group) {
		return new FinancingLine(0, type, 0, "regel", fte == null ? null : new BigDecimal(fte), cents,
				FinancingCategory.STAFF, group, false);
	}

	static final List<FinancingLine> LINES = List.of(
			line(1, "1.95", 20_929_563, TargetGroup.ADULTS),
			line(1, null, 0, TargetGroup.ADULTS),
			line(2, "20.97", 225_073_296, TargetGroup.YOUTH),
			line(2, null, 40_647_400, TargetGroup.YOUTH),
			line(2, "0.20", 2_146_622, TargetGroup.YOUTH),
			new FinancingLine(0, null, 0, "Proeftuin Ruwaard", null, 62_200_000, FinancingCategory.OTHER, null, true));

	@Test
	@DisplayName("STU-4: adds up FTE and cents per type of work, without rounding")
	void addsUpFteAndCentsPerTypeOfWork() {
		var budget = Budget.of(LINES);

		assertThat(budget.of(1)).isEqualTo(new Figure(new BigDecimal("1.95"), 20_929_563));
		assertThat(budget.of(2)).isEqualTo(new Figure(new BigDecimal("21.17"), 267_867_318));
		assertThat(budget.of(99)).isEqualTo(Figure.ZERO);
	}

	@Test
	@DisplayName("STU-4: totals youth and adults apart, and keeps Proeftuin Ruwaard out of every total")
	void totalsYouthAndAdultsApartAndKeepsTheProeftuinOut() {
		var budget = Budget.of(LINES);

		assertThat(budget.adults().cents()).isEqualTo(20_929_563);
		assertThat(budget.youth().cents()).isEqualTo(267_867_318);
		assertThat(budget.overall()).isEqualTo(new Figure(new BigDecimal("23.12"), 288_796_881));
		assertThat(budget.proeftuin()).isEqualTo(new Figure(new BigDecimal("0.00"), 62_200_000));
	}

	@Test
	void writesEurosTheDutchWay() {
		assertThat(Amounts.euro(318_289_082)).isEqualTo("€ 3.182.890,82");
		assertThat(Amounts.euro(0)).isEqualTo("€ 0,00");
		assertThat(Amounts.signedEuro(1)).isEqualTo("+ € 0,01");
		assertThat(Amounts.signedEuro(-1)).isEqualTo("− € 0,01");
		assertThat(Amounts.fte(new BigDecimal("24.6"))).isEqualTo("24,60");
	}

	@Test
	void readsEurosTypedTheDutchWayIntoCents() {
		assertThat(Amounts.parseEuroCents("12.500,00")).contains(1_250_000L);
		assertThat(Amounts.parseEuroCents("€ 1.609.966,35")).contains(160_996_635L);
		assertThat(Amounts.parseEuroCents("17493")).contains(1_749_300L);
		assertThat(Amounts.parseEuroCents("0,5")).contains(50L);
		assertThat(Amounts.parseEuroCents("99.95")).contains(9_995L);
	}

	@Test
	void refusesMalformedAmounts() {
		assertThat(Amounts.parseEuroCents("twaalf")).isEmpty();
		assertThat(Amounts.parseEuroCents("-10")).isEmpty();
		assertThat(Amounts.parseEuroCents("1,234")).isEmpty();
		assertThat(Amounts.parseEuroCents("1.23.4")).isEmpty();
		assertThat(Amounts.parseEuroCents("")).isEmpty();
		assertThat(Amounts.parseEuroCents("99999999999999999999999")).isEmpty();
		assertThat(Amounts.parseFte("0,505")).isEmpty();
		assertThat(Amounts.parseFte("een half")).isEmpty();
		assertThat(Amounts.parseFte("0,5")).contains(new BigDecimal("0.50"));
	}
}
