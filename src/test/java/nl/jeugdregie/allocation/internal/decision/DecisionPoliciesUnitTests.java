package nl.jeugdregie.allocation.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-1, TOEW-4, TOEW-5, TOEW-9: the decision rules and the budget")
class DecisionPoliciesUnitTests {

	private static final ProductId PRODUCT = ProductId.random();
	private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

	private static ArrangementLine line(LocalDate from, LocalDate until) {
		return new ArrangementLine(UUID.randomUUID(), 1, PRODUCT, ProviderId.random(), ContractId.random(), 2,
				new ValidityPeriod(from, until), "");
	}

	private static DecideArrangement decision(LegalRoute route, AgbCode agb) {
		return new DecideArrangement(new ArrangementId(UUID.randomUUID()), 2, route, agb, Financing.IN_KIND, false, DEC_1);
	}

	@Test
	@DisplayName("TOEW-5: a decision runs at most the maximum term: a year from 1 December ends on 30 November")
	void refusesAProductLongerThanTheMaximumTerm() {
		var rule = new DecisionWithinMaximumTerm();
		assertThat(rule.check(new DecisionWithinMaximumTerm.Terms(List.of(line(DEC_1, LocalDate.of(2027, 11, 30))),
				Period.ofMonths(12), 12))).isEmpty();
		assertThat(rule.check(new DecisionWithinMaximumTerm.Terms(List.of(line(DEC_1, LocalDate.of(2027, 12, 1))),
				Period.ofMonths(12), 12))).hasValueSatisfying(refusal -> {
					assertThat(refusal.code()).isEqualTo("allocation.decision.longerThanMaximum");
					assertThat(refusal.arguments()).containsExactly(1, 12);
				});
	}

	@Test
	@DisplayName("TOEW-1: a referral by a GP, youth doctor or medical specialist names the referrer's AGB code")
	void requiresTheReferrersAgbCodeForAReferral() {
		var rule = new ReferrerAgbForReferral();
		assertThat(rule.check(decision(LegalRoute.GENERAL_PRACTITIONER, null))).isPresent();
		assertThat(rule.check(decision(LegalRoute.MEDICAL_SPECIALIST, null))).isPresent();
		assertThat(rule.check(decision(LegalRoute.YOUTH_DOCTOR, new AgbCode("03123456")))).isEmpty();
		assertThat(rule.check(decision(LegalRoute.ACCESS_TEAM, null))).isEmpty();
		assertThat(rule.check(decision(LegalRoute.CERTIFIED_INSTITUTION, null))).isEmpty();
	}

	@Test
	@DisplayName("TOEW-4: no care in kind over a PGB for the same product and period, and the other way round")
	void refusesInKindOverlappingAPgb() {
		var rule = new NoInKindOverlappingPgb();
		var pgb = new NoInKindOverlappingPgb.Existing(PRODUCT, Financing.PGB, new ValidityPeriod(DEC_1, LocalDate.of(2027, 2, 28)));
		var overlapping = List.of(line(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30)));
		var after = List.of(line(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30)));
		assertThat(rule.check(new NoInKindOverlappingPgb.Proposed(Financing.IN_KIND, overlapping, List.of(pgb))).orElseThrow().code())
				.isEqualTo("allocation.decision.inKindOverlapsPgb");
		assertThat(rule.check(new NoInKindOverlappingPgb.Proposed(Financing.IN_KIND, after, List.of(pgb)))).isEmpty();
		assertThat(rule.check(new NoInKindOverlappingPgb.Proposed(Financing.PGB, overlapping, List.of(pgb)))).isEmpty();
		var inKind = new NoInKindOverlappingPgb.Existing(PRODUCT, Financing.IN_KIND, pgb.period());
		assertThat(rule.check(new NoInKindOverlappingPgb.Proposed(Financing.PGB, overlapping, List.of(inKind))).orElseThrow().code())
				.isEqualTo("allocation.decision.pgbOverlapsInKind");
	}

	@Test
	@DisplayName("TOEW-1: only crisis care starts before a decision")
	void letsOnlyCrisisCareStartWithoutADecision() {
		assertThat(new CrisisProductOnly().check(ProductCategory.CRISIS)).isEmpty();
		assertThat(new CrisisProductOnly().check(ProductCategory.AMBULANT)).isPresent();
	}

	@Test
	@DisplayName("TOEW-9: the budget is the volume over the whole period times the tariff")
	void computesTheBudget() {
		var ninetyDays = new ValidityPeriod(DEC_1, LocalDate.of(2027, 2, 28));
		assertThat(Budget.units(2, Frequency.PER_WEEK, ninetyDays)).isEqualTo(26);
		assertThat(Budget.units(1, Frequency.PER_DAY, ninetyDays)).isEqualTo(90);
		assertThat(Budget.units(3, Frequency.PER_MONTH, ninetyDays)).isEqualTo(9);
		assertThat(Budget.units(3, Frequency.PER_MONTH, new ValidityPeriod(DEC_1, LocalDate.of(2027, 3, 1)))).isEqualTo(12);
		assertThat(Budget.units(40, Frequency.TOTAL, ninetyDays)).isEqualTo(40);
		assertThat(Budget.cents(2, Frequency.PER_WEEK, ninetyDays, 8450)).isEqualTo(26 * 8450);
	}
}
