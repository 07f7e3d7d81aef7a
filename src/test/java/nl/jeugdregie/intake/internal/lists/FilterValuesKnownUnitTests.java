package nl.jeugdregie.intake.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: a list's filter takes only values it knows, in Dutch (pages) or English (API). */
class FilterValuesKnownUnitTests {

	private final FilterValuesKnown rule = new FilterValuesKnown();

	@Test
	@DisplayName("Issue 13: Dutch words and English names of every filter are accepted; nothing given is the default")
	void acceptsKnownValues() {
		assertThat(rule.check(new RawFilter("niemand", "wacht", "overschreden", "ja", "termijn", null, null))).isEmpty();
		assertThat(rule.check(new RawFilter("unassigned", "waiting", "overdue", "true", "deadline", null, null))).isEmpty();
		assertThat(rule.check(RawFilter.empty())).isEmpty();
	}

	@Test
	@DisplayName("Issue 13: an unknown value is refused and names its filter")
	void refusesUnknownValues() {
		assertThat(rule.check(new RawFilter("iedereen", null, null, null, null, null, null))).get()
				.extracting("field").isEqualTo("scope");
		assertThat(rule.check(new RawFilter(null, null, "rood", null, null, null, null))).get()
				.extracting("field").isEqualTo("norm");
		assertThat(rule.check(new RawFilter(null, null, null, "misschien", null, null, null))).get()
				.extracting("field").isEqualTo("crisis");
		assertThat(rule.check(new RawFilter(null, null, null, null, "kleur", null, null))).get()
				.extracting("field").isEqualTo("sort");
	}

	@Test
	@DisplayName("Issue 13: a read filter takes the defaults where nothing was given")
	void readsAFilterWithDefaults() {
		var read = Filters.read(new RawFilter("mij", null, "deze-week", null, null, "2", "10"), ListFilter.worklist());
		assertThat(read).isInstanceOfSatisfying(Outcome.Done.class, done -> assertThat(done.value()).isEqualTo(
				new ListFilter(ListFilter.Scope.MINE, ListFilter.StateFilter.OPEN, ListFilter.NormFilter.DUE_THIS_WEEK,
						false, ListFilter.SortOrder.URGENCY, 2, 10)));
	}
}
