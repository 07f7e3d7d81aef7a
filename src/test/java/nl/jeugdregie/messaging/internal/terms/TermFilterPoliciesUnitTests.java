package nl.jeugdregie.messaging.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** TOEW-7: the worklist's filter rules, each on its own. */
class TermFilterPoliciesUnitTests {

	@Test
	@DisplayName("Knows the flows, statuses and sides in Dutch and English, and refuses anything else")
	void refusesUnknownFilterValues() {
		var rule = new TermFilterValuesKnown();

		assertThat(rule.check(new RawTermFilter("declaratie", "verlopen", "", "gemeente", null, null))).isEmpty();
		assertThat(rule.check(new RawTermFilter("change_request", "in_time", "98000011", "provider", null, null))).isEmpty();
		assertThat(rule.check(RawTermFilter.empty())).isEmpty();
		assertThat(rule.check(new RawTermFilter("brieven", null, null, null, null, null)))
				.contains(Refusal.of("flow", "messaging.terms.unknownValue", "berichtenstroom"));
		assertThat(rule.check(new RawTermFilter(null, "misschien", null, null, null, null)))
				.contains(Refusal.of("status", "messaging.terms.unknownValue", "status"));
		assertThat(rule.check(new RawTermFilter(null, null, "1234", null, null, null)))
				.contains(Refusal.of("provider", "messaging.terms.provider"));
		assertThat(rule.check(new RawTermFilter(null, null, null, "rijk", null, null)))
				.contains(Refusal.of("side", "messaging.terms.unknownValue", "wie is aan zet"));
	}

	@Test
	@DisplayName("Pages from 1 of at most 100 rows")
	void keepsPagesWithinBounds() {
		assertThat(TermFilters.read(new RawTermFilter(null, null, null, null, "3", "100"))).isInstanceOf(Outcome.Done.class);
		assertThat(TermFilters.read(new RawTermFilter(null, null, null, null, "0", null)))
				.isEqualTo(Outcome.refused(Refusal.of("page", "messaging.terms.page")));
		assertThat(TermFilters.read(new RawTermFilter(null, null, null, null, "een", null)))
				.isEqualTo(Outcome.refused(Refusal.of("page", "messaging.terms.page")));
		assertThat(TermFilters.read(new RawTermFilter(null, null, null, null, null, "101")))
				.isEqualTo(Outcome.refused(Refusal.of("size", "messaging.terms.size", 100)));
	}

	@Test
	@DisplayName("Reads a filter: by default what needs attention, all flows, providers and sides, page 1 of 25")
	void readsTheDefaultsAndTheChoices() {
		var defaults = TermFilters.read(RawTermFilter.empty());
		var chosen = TermFilters.read(new RawTermFilter("start", "op-tijd", "98000011", "aanbieder", "2", "10"));

		assertThat(defaults).isEqualTo(Outcome.done(new TermFilter(null, TermFilter.StatusFilter.ATTENTION, null, null, 1, 25)));
		assertThat(chosen).isInstanceOfSatisfying(Outcome.Done.class, done -> {
			var filter = (TermFilter) done.value();
			assertThat(filter.flow()).isEqualTo(MessageFlow.START);
			assertThat(filter.status()).isEqualTo(TermFilter.StatusFilter.IN_TIME);
			assertThat(filter.provider().value()).isEqualTo("98000011");
			assertThat(filter.side()).isEqualTo(IjwMessageType.Side.PROVIDER);
			assertThat(filter.offset()).isEqualTo(10);
		});
		assertThat(TermFilters.read(new RawTermFilter("x", "y", null, null, "0", null)))
				.isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.refusals()).hasSize(2));
	}
}
