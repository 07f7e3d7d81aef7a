package nl.jeugdregie.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InputHygieneUnitTests {

	@Test
	void acceptsOrdinaryDutchTextWithTabsNewlinesAccentsAndEmoji() {
		assertThat(InputHygiene.isClean("Zoë van 't Hoff\r\n\tcafé – 😀 €")).isTrue();
		assertThat(InputHygiene.isClean(null)).isTrue();
		assertThat(InputHygiene.isClean("")).isTrue();
	}

	@Test
	void refusesNulAndOtherControlCharacters() {
		for (var c : new char[] { '\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f' }) {
			assertThat(InputHygiene.isClean("a" + c + "b")).as("U+%04X", (int) c).isFalse();
			assertThat(InputHygiene.firstForbiddenIndex("a" + c + "b")).isEqualTo(1);
		}
	}

	@Test
	void refusesLoneSurrogatesButNotPairs() {
		assertThat(InputHygiene.isClean("x\uD83D")).isFalse();
		assertThat(InputHygiene.isClean("\uDE00x")).isFalse();
		assertThat(InputHygiene.isClean("\uD83D\uD83D\uDE00")).isFalse();
		assertThat(InputHygiene.isClean("\uD83D\uDE00")).isTrue();
	}

	@Test
	void namesEveryUncleanJsonStringByItsSpringFieldPath() {
		var tree = JsonMapper.shared().readTree("""
				{"name":"ok","note":"a\\u0000b","members":[{"name":"ok"},{"name":"\\ud800"}],"nested":{"deep":["\\u0001"]},
				 "count":3,"flag":true,"nothing":null}""");

		assertThat(InputHygiene.uncleanFields(tree)).containsExactly("note", "members[1].name", "nested.deep[0]");
	}

	@Test
	void refusesAnUncleanKeyAndEchoesItPrintably() {
		var tree = JsonMapper.shared().readTree("{\"a\\u0000b\":\"x\"}");

		assertThat(InputHygiene.uncleanFields(tree)).containsExactly("a\uFFFDb");
	}

	@Test
	void namesUncleanFormParametersAndParameterNames() {
		var parameters = new LinkedHashMap<String, String[]>();
		parameters.put("givenName", new String[] { "Sem" });
		parameters.put("question", new String[] { "ok", "bad\u0000" });
		parameters.put("x\u0000", new String[] { "y" });

		assertThat(InputHygiene.uncleanParameters(parameters)).containsExactly("question", "x\uFFFD");
	}

	@Test
	void printableKeepsSurrogatePairsAndReplacesLoneOnes() {
		assertThat(InputHygiene.printable("a\uD83D\uDE00\uD83Db\u0000")).isEqualTo("a\uD83D\uDE00\uFFFDb\uFFFD");
	}

	@Test
	void birthDatesRunFrom1900UpToToday() {
		var today = LocalDate.of(2026, 11, 16);
		assertThat(DateBounds.isPlausibleBirthDate(LocalDate.of(1900, 1, 1), today)).isTrue();
		assertThat(DateBounds.isPlausibleBirthDate(today, today)).isTrue();
		assertThat(DateBounds.isPlausibleBirthDate(LocalDate.of(1899, 12, 31), today)).isFalse();
		assertThat(DateBounds.isPlausibleBirthDate(LocalDate.of(0, 1, 1), today)).isFalse();
		assertThat(DateBounds.isPlausibleBirthDate(today.plusDays(1), today)).isFalse();
	}

	@Test
	void effectiveDatesRunFrom2015UpToTenYearsAhead() {
		var today = LocalDate.of(2026, 11, 16);
		assertThat(DateBounds.isWithinEffectiveHorizon(LocalDate.of(2015, 1, 1), today)).isTrue();
		assertThat(DateBounds.isWithinEffectiveHorizon(LocalDate.of(2036, 11, 16), today)).isTrue();
		assertThat(DateBounds.isWithinEffectiveHorizon(LocalDate.of(2014, 12, 31), today)).isFalse();
		assertThat(DateBounds.isWithinEffectiveHorizon(LocalDate.of(2036, 11, 17), today)).isFalse();
		assertThat(DateBounds.isWithinEffectiveHorizon(LocalDate.MAX, today)).isFalse();
	}
}
