package nl.jeugdregie.steering.internal.effectchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-2: a link of the effect chain and an indicator are checked before they are stored")
class EffectChainInputPolicyUnitTests {

	private static final Set<Long> NORMS = Set.of(11L, 12L);

	private final EffectChainInputPolicy policy = new EffectChainInputPolicy();

	@Test
	void acceptsAnEmptyLinkBecauseTheAssignmentMayNotDescribeIt() {
		assertThat(policy.checkLinkText("text", "")).isEmpty();
		assertThat(policy.checkLinkText("text", null)).isEmpty();
		assertThat(policy.checkLinkText("text", "x".repeat(EffectChainInputPolicy.MAX_LINK_TEXT))).isEmpty();
	}

	@Test
	void refusesALinkTextAboveTheMaximumLengthOnTheFieldNamed() {
		assertThat(policy.checkLinkText("outcome", "x".repeat(EffectChainInputPolicy.MAX_LINK_TEXT + 1)))
				.extracting(Refusal::field, Refusal::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("outcome", "steering.refusal.effectChain.text.tooLong"));
	}

	@Test
	void countsTheLinkTextAfterStrippingAndWithUnixLineEnds() {
		var text = "  " + "a\r\n".repeat(1000) + "b".repeat(1999) + "  ";

		assertThat(policy.checkLinkText("text", text)).isEmpty();
		assertThat(EffectChainInputPolicy.linkText(text)).hasSize(EffectChainInputPolicy.MAX_LINK_TEXT - 1)
				.doesNotContain("\r");
	}

	@Test
	void acceptsAnIndicatorWithNameTargetAndANormOfTheSameAssignment() {
		var check = policy.checkIndicator(new IndicatorInput(" Eerste gesprek binnen vier weken ",
				"Aandeel aangemelde inwoners", "%", 11L, "92,5"), NORMS);

		assertThat(check).isInstanceOfSatisfying(EffectChainInputPolicy.IndicatorCheck.Accepted.class, accepted -> {
			assertThat(accepted.draft().name()).isEqualTo("Eerste gesprek binnen vier weken");
			assertThat(accepted.draft().normId()).isEqualTo(11L);
			assertThat(accepted.draft().target()).isEqualByComparingTo("92.5");
		});
	}

	@Test
	void acceptsAnIndicatorWithoutNormOrTargetAndReadsATargetWithAPercentSign() {
		var bare = policy.checkIndicator(new IndicatorInput("Herhaalde hulpvragen", null, null, null, " "), NORMS);
		var percent = policy.checkIndicator(new IndicatorInput("Aandeel", "", "", null, "90 %"), NORMS);

		assertThat(bare).isInstanceOfSatisfying(EffectChainInputPolicy.IndicatorCheck.Accepted.class, accepted -> {
			assertThat(accepted.draft().target()).isNull();
			assertThat(accepted.draft().measures()).isEmpty();
		});
		assertThat(percent).isInstanceOfSatisfying(EffectChainInputPolicy.IndicatorCheck.Accepted.class,
				accepted -> assertThat(accepted.draft().target()).isEqualByComparingTo("90"));
	}

	@Test
	void refusesAnIndicatorWithoutName() {
		assertThat(codes(policy.checkIndicator(new IndicatorInput("  ", null, null, null, null), NORMS)))
				.isEqualTo("name:steering.refusal.indicator.name.missing");
	}

	@Test
	void refusesATargetThatIsNotANumberOfAtMostTwoDecimals() {
		for (var target : new String[] { "negentig", "90,123", "1.250,00", "12,5,0" }) {
			assertThat(codes(policy.checkIndicator(new IndicatorInput("Aandeel", null, null, null, target), NORMS)))
					.as(target).isEqualTo("target:steering.refusal.indicator.target.malformed");
		}
	}

	@Test
	void refusesANormOfAnotherAssignment() {
		assertThat(codes(policy.checkIndicator(new IndicatorInput("Aandeel", null, null, 99L, "90"), NORMS)))
				.isEqualTo("normId:steering.refusal.indicator.norm.otherAssignment");
	}

	@Test
	void refusesTextsAboveTheirMaximumLengthsAllAtOnce() {
		var input = new IndicatorInput("n".repeat(EffectChainInputPolicy.MAX_NAME + 1),
				"m".repeat(EffectChainInputPolicy.MAX_MEASURES + 1), "u".repeat(EffectChainInputPolicy.MAX_UNIT + 1),
				null, null);

		assertThat(codes(policy.checkIndicator(input, NORMS)))
				.isEqualTo("name:steering.refusal.indicator.name.tooLong measures:steering.refusal.indicator.measures.tooLong unit:steering.refusal.indicator.unit.tooLong");
	}

	@Test
	void neverMakesADraftThatBreaksTheRules() {
		assertThatThrownBy(() -> new IndicatorDraft(" ", "", "", null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new IndicatorDraft("Naam", "", "", null, new BigDecimal("1.234")))
				.isInstanceOf(IllegalArgumentException.class);
	}

	private static String codes(EffectChainInputPolicy.IndicatorCheck check) {
		assertThat(check).isInstanceOf(EffectChainInputPolicy.IndicatorCheck.Refused.class);
		return String.join(" ", ((EffectChainInputPolicy.IndicatorCheck.Refused) check).refusals().stream()
				.map(refusal -> refusal.field() + ":" + refusal.code()).toList());
	}
}
