package nl.jeugdregie.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.RefusalTexts;
import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("BEY-2: a norm's amount lies within the range of its unit")
class NormAmountWithinUnitRangeUnitTests {

	private final NormAmountWithinUnitRange rule = new NormAmountWithinUnitRange();

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 8, 52 })
	void allowsTermsFromOneWeekToAYear(int weeks) {
		assertThat(rule.check(ProposedNormChanges.amount(NormKey.TREATMENT_START_TERM, weeks))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 0, 53, 500 })
	void refusesTermsOutsideOneWeekToAYear(int weeks) {
		assertThat(rule.check(ProposedNormChanges.amount(NormKey.ROUTE_TO_CARE_LEAD_TIME, weeks)))
				.map(NormChangeRefusal::of).contains(NormChangeRefusal.AMOUNT_OUT_OF_RANGE);
	}

	@Test
	@DisplayName("BEY-2: the refusal names the amount field and the range in the norm's unit")
	void namesTheRangeInTheNormsUnit() {
		var refusal = rule.check(ProposedNormChanges.amount(NormKey.ROUTE_TO_CARE_LEAD_TIME, 0)).orElseThrow();

		assertThat(refusal.field()).isEqualTo("amount");
		assertThat(RefusalTexts.of("messages-policy").text(refusal)).isEqualTo("Kies een termijn van 1 tot en met 52 weken.");
	}

	@ParameterizedTest
	@CsvSource({ "0, true", "1, false", "50, false", "51, true" })
	void allowsOneToFiftyConversations(int conversations, boolean refused) {
		assertThat(rule.check(ProposedNormChanges.amount(NormKey.MAX_CONVERSATIONS, conversations)).isPresent())
				.isEqualTo(refused);
	}

	@Test
	void knowsTheRangeOfEveryUnit() {
		assertThat(NormAmountWithinUnitRange.rangeFor(NormUnit.COUNT)).isEqualTo(new AmountRange(1, 50));
		assertThat(NormAmountWithinUnitRange.rangeFor(NormUnit.WEEKS)).isEqualTo(new AmountRange(1, 52));
		assertThat(NormAmountWithinUnitRange.rangeFor(NormUnit.DAYS)).isEqualTo(new AmountRange(0, 365)); // TOE-10: a crisis the same day
		assertThat(NormAmountWithinUnitRange.rangeFor(NormUnit.WORKING_DAYS)).isEqualTo(new AmountRange(1, 60)); // iJw terms
		assertThat(NormAmountWithinUnitRange.rangeFor(NormUnit.MONTHS)).isEqualTo(new AmountRange(1, 36));
		assertThat(NormAmountWithinUnitRange.rangeFor(NormUnit.PERCENT)).isEqualTo(new AmountRange(0, 100));
		assertThat(NormAmountWithinUnitRange.rangeFor(NormUnit.HOUR_OF_DAY)).isEqualTo(new AmountRange(0, 24));
	}

	@Test
	void includesBothEndsOfARange() {
		var range = new AmountRange(0, 100);

		assertThat(range.contains(0)).isTrue();
		assertThat(range.contains(100)).isTrue();
		assertThat(range.contains(-1)).isFalse();
		assertThat(range.contains(101)).isFalse();
	}
}
