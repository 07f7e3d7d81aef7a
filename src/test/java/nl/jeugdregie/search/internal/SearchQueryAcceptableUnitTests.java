package nl.jeugdregie.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: the search box refuses text too short to mean anything and text longer than any name or number. */
class SearchQueryAcceptableUnitTests {

	private final SearchQueryAcceptable rule = new SearchQueryAcceptable();

	@Test
	@DisplayName("Issue 13: fewer than two characters (also empty or only spaces) are refused")
	void refusesTooShortText() {
		assertThat(rule.check(null)).get().extracting("code").isEqualTo("search.query.tooShort");
		assertThat(rule.check("  a ")).get().extracting("field").isEqualTo("q");
	}

	@Test
	@DisplayName("Issue 13: more than a hundred characters are refused")
	void refusesTooLongText() {
		assertThat(rule.check("x".repeat(101))).get().extracting("code").isEqualTo("search.query.tooLong");
	}

	@Test
	void acceptsTwoToAHundredCharacters() {
		assertThat(rule.check("Li")).isEmpty();
		assertThat(rule.check("x".repeat(100))).isEmpty();
	}
}
