package nl.jeugdregie.findability.internal.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VIND-1: the Flesch-Douma readability indication for plain Dutch (B1)")
class ReadabilityUnitTests {

	@Test
	void countsDutchSyllablesAsVowelGroups() {
		assertThat(Readability.syllables("kind")).isEqualTo(1);
		assertThat(Readability.syllables("opvoeden")).isEqualTo(3);
		assertThat(Readability.syllables("huilen")).isEqualTo(2);
		assertThat(Readability.syllables("ijs")).isEqualTo(1);
		assertThat(Readability.syllables("vrijwilliger")).isEqualTo(4);
		assertThat(Readability.syllables("ideeën")).isEqualTo(3);
		assertThat(Readability.syllables("geïnteresseerd")).isEqualTo(5);
		assertThat(Readability.syllables("café")).isEqualTo(2);
		assertThat(Readability.syllables("CJG")).isEqualTo(1);
		assertThat(Readability.syllables("2026")).isEqualTo(1);
	}

	@Test
	void computesTheFleschDoumaScoreFromWordsSentencesAndSyllables() {
		// 2 sentences, 8 words, 9 syllables: 206.84 - 0.77 * 112.5 - 0.93 * 4 = 116.495
		var measure = Readability.of("Alle baby's huilen. Dat is zwaar.");
		assertThat(measure.sentences()).isEqualTo(2);
		assertThat(measure.words()).isEqualTo(6);
		assertThat(measure.syllables()).isEqualTo(9);
		assertThat(measure.score()).isCloseTo(206.84 - 0.77 * (100.0 * 9 / 6) - 0.93 * 3, within(0.001));
		assertThat(measure.level()).isEqualTo(Readability.Level.PLAIN);
	}

	@Test
	void callsShortSentencesWithCommonWordsPlainDutch() {
		var measure = Readability.of("""
				Alle baby's huilen. Sommige baby's huilen veel. Dat is zwaar voor u.
				## Wat kunt u doen?
				- Zorg voor rust.
				- Vraag hulp als het u te veel wordt.""");
		assertThat(measure.level()).isEqualTo(Readability.Level.PLAIN);
		assertThat(measure.sentences()).isEqualTo(6);
	}

	@Test
	void callsLongSentencesWithLongWordsDifficult() {
		var measure = Readability.of("De gemeentelijke jeugdhulpverleningsorganisatie coördineert, in nauwe samenwerking "
				+ "met de desbetreffende ketenpartners en overeenkomstig de geldende beleidsuitgangspunten, de "
				+ "integrale toegangsverlening tot geïndiceerde specialistische jeugdhulpvoorzieningen.");
		assertThat(measure.level()).isEqualTo(Readability.Level.DIFFICULT);
		assertThat(measure.longSentences()).isEqualTo(1);
	}

	@Test
	void saysSoWhenThereIsNoText() {
		assertThat(Readability.of("  \n ").level()).isEqualTo(Readability.Level.EMPTY);
	}
}
