package nl.jeugdregie.steering.internal.effectchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("STU-2: the effect chain keeps its five links in order and decides each change the policy officer makes")
class EffectChainUnitTests {

	private final EffectChainInputPolicy policy = new EffectChainInputPolicy();

	private static EffectChain chain() {
		var stored = new EnumMap<ChainLink, EffectChain.Step>(ChainLink.class);
		stored.put(ChainLink.INPUT, new EffectChain.Step(ChainLink.INPUT, "1,95 fte", "Memo 001", 2, null, null));
		stored.put(ChainLink.OUTCOME, new EffectChain.Step(ChainLink.OUTCOME, "Zelfredzaam", "Memo 001", 0, null, null));
		var indicator = new Indicator(7, 3, 1, "Voorlichting", "", "keer", null, new BigDecimal("1.00"), 4);
		return EffectChain.of(1, 2, stored,
				List.of(new EffectChain.GoalIndicators(3, 1, null, "Doel", List.of(indicator)),
						new EffectChain.GoalIndicators(4, 2, null, "Ander doel", List.of())));
	}

	@Test
	void ordersTheLinksFromInputToImpactAndLeavesUnstoredLinksNotDescribed() {
		var chain = chain();

		assertThat(chain.steps()).extracting(EffectChain.Step::link).containsExactly(ChainLink.values());
		assertThat(chain.step(ChainLink.THROUGHPUT).described()).isFalse();
		assertThat(chain.step(ChainLink.OUTCOME).text()).isEqualTo("Zelfredzaam");
		assertThat(chain.version()).isEqualTo(2);
		assertThatThrownBy(() -> new EffectChain(1, 2, chain.steps().reversed(), List.of()))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void describesALinkAndChangesNothingWhenTheTextStaysTheSame() {
		var chain = chain();

		assertThat(chain.describe(ChainLink.OUTPUT, " 11 wijkgebieden ", 0, policy))
				.isEqualTo(new EffectChain.Decision.Accepted(
						List.of(new ChainChange.LinkDescribed(ChainLink.OUTPUT, "11 wijkgebieden"))));
		assertThat(chain.describe(ChainLink.INPUT, "1,95 fte", 2, policy))
				.isEqualTo(new EffectChain.Decision.Accepted(List.of()));
	}

	@Test
	void refusesALinkWrittenAgainstAnOlderVersion() {
		assertThat(codes(chain().describe(ChainLink.INPUT, "2 fte", 1, policy))).isEqualTo("steering.refusal.effectChain.changedMeanwhile");
	}

	@Test
	void rewritesOnlyTheLinksGivenAndChecksTheChainVersion() {
		Map<ChainLink, String> texts = new EnumMap<>(ChainLink.class);
		texts.put(ChainLink.IMPACT, "Minder zware zorg");
		texts.put(ChainLink.INPUT, null);
		texts.put(ChainLink.OUTCOME, "");

		assertThat(chain().rewrite(texts, 2, policy)).isEqualTo(new EffectChain.Decision.Accepted(List.of(
				new ChainChange.LinkDescribed(ChainLink.OUTCOME, ""),
				new ChainChange.LinkDescribed(ChainLink.IMPACT, "Minder zware zorg"))));
		assertThat(chain().rewrite(texts, 1, policy)).isInstanceOf(EffectChain.Decision.Refused.class);
	}

	@Test
	void addsAnIndicatorOnlyToAGoalOfTheChain() {
		var input = new IndicatorInput("Bereik", null, null, null, "50");

		assertThat(chain().addIndicator(4, input, Set.of(), policy))
				.isInstanceOfSatisfying(EffectChain.Decision.Accepted.class, accepted -> assertThat(accepted.changes())
						.singleElement().isInstanceOf(ChainChange.IndicatorAdded.class));
		assertThat(chain().addIndicator(99, input, Set.of(), policy)).isInstanceOf(EffectChain.Decision.Unknown.class);
		assertThat(chain().addIndicator(4, new IndicatorInput("", null, null, null, null), Set.of(), policy))
				.isInstanceOf(EffectChain.Decision.Refused.class);
	}

	@Test
	void changesAndRemovesAnIndicatorAtItsCurrentVersionOnly() {
		var input = new IndicatorInput("Voorlichting in het team", null, null, null, "1");

		assertThat(chain().changeIndicator(7, input, 4, Set.of(), policy))
				.isInstanceOf(EffectChain.Decision.Accepted.class);
		assertThat(codes(chain().changeIndicator(7, input, 3, Set.of(), policy))).isEqualTo("steering.refusal.indicator.changedMeanwhile");
		assertThat(chain().removeIndicator(7, null))
				.isEqualTo(new EffectChain.Decision.Accepted(List.of(new ChainChange.IndicatorRemoved(7))));
		assertThat(chain().removeIndicator(8, null)).isInstanceOf(EffectChain.Decision.Unknown.class);
	}

	@Test
	void showsATargetTheDutchWayWithItsUnit() {
		var indicator = chain().indicator(7).orElseThrow();

		assertThat(indicator.targetWithUnit()).isEqualTo("1 keer");
		assertThat(new Indicator(1, 1, 1, "A", "", "%", null, new BigDecimal("92.50"), 0).targetWithUnit())
				.isEqualTo("92,5 %");
	}

	private static String codes(EffectChain.Decision decision) {
		assertThat(decision).isInstanceOf(EffectChain.Decision.Refused.class);
		return String.join(" ", ((EffectChain.Decision.Refused) decision).refusals().stream().map(Refusal::code).toList());
	}
}
