package nl.jeugdregie.findability.internal.information;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.text.Labelled;

/**
 * VIND-1: a readability indication for plain Dutch (B1) while writing, by the Flesch–Douma formula (W.H. Douma, 1960,
 * the Dutch adaptation of Flesch's reading ease):
 *
 * <pre>  score = 206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence)</pre>
 *
 * Syllables are counted as groups of vowels (a, e, i, o, u, y, with "ij" as one vowel); a vowel with a trema or
 * acute accent (ideeën, café) starts a new syllable; every word has at least one. A sentence ends at {@code .},
 * {@code !}, {@code ?}, or at the end of a line (headings and list items are sentences of their own). The score is
 * an indication, not a verdict: B1 is taken as a score of 60 or more with sentences of at most 15 words on average,
 * as the usual Dutch guidance for plain language advises.
 */
public final class Readability {

	/** From this score (and with short enough sentences) a text counts as plain Dutch, B1. */
	public static final double B1_FROM_SCORE = 60;
	/** The longest average sentence, in words, for B1. */
	public static final double B1_MAX_WORDS_PER_SENTENCE = 15;
	/** Below this score a text is difficult. */
	public static final double DIFFICULT_BELOW = 45;
	/** A sentence longer than this is named as long. */
	public static final int LONG_SENTENCE_WORDS = 20;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\R");
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(['’-][\\p{L}\\p{N}]+)*");

	private Readability() {}

	/** The level shown to the editor. */
	public enum Level implements Labelled {
		PLAIN, FAIR, DIFFICULT,
		EMPTY;
	}

	/** The measure of a text. */
	public record Measure(int sentences, int words, int syllables, int longSentences, double score,
			double wordsPerSentence, Level level) {

		/** The score rounded to a whole number, for the page. */
		public long roundedScore() {
			return Math.round(score);
		}

		/** Words per sentence with one decimal, for the page. */
		public String wordsPerSentenceText() {
			return String.format(Locale.of("nl", "NL"), "%.1f", wordsPerSentence);
		}
	}

	/** Measures a text; an empty text has level {@link Level#EMPTY}. */
	public static Measure of(String text) {
		var sentences = 0;
		var words = 0;
		var syllables = 0;
		var longSentences = 0;
		for (var sentence : SENTENCE_END.split(text)) {
			var inSentence = wordsOf(sentence);
			if (inSentence.isEmpty()) {
				continue;
			}
			sentences++;
			words += inSentence.size();
			if (inSentence.size() > LONG_SENTENCE_WORDS) {
				longSentences++;
			}
			for (var word : inSentence) {
				syllables += syllables(word);
			}
		}
		if (words == 0) {
			return new Measure(0, 0, 0, 0, 0, 0, Level.EMPTY);
		}
		var wordsPerSentence = (double) words / sentences;
		var score = 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * wordsPerSentence;
		var level = score >= B1_FROM_SCORE && wordsPerSentence <= B1_MAX_WORDS_PER_SENTENCE ? Level.PLAIN
				: score < DIFFICULT_BELOW ? Level.DIFFICULT : Level.FAIR;
		return new Measure(sentences, words, syllables, longSentences, score, wordsPerSentence, level);
	}

	static List<String> wordsOf(String sentence) {
		var words = new ArrayList<String>();
		var matcher = WORD.matcher(sentence);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/** The number of syllables of a Dutch word, at least one. */
	static int syllables(String word) {
		var lower = word.toLowerCase(Locale.ROOT).replace("ij", "y");
		var count = 0;
		var inVowels = false;
		for (var i = 0; i < lower.length(); i++) {
			var c = lower.charAt(i);
			var base = baseLetter(c);
			var vowel = "aeiouy".indexOf(base) >= 0;
			var startsNew = vowel && base != c; // ë, ï, é: a new syllable (ideeën, geïnteresseerd, café)
			if (vowel && (!inVowels || startsNew)) {
				count++;
			}
			inVowels = vowel;
		}
		return Math.max(1, count);
	}

	private static char baseLetter(char c) {
		var decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return decomposed.charAt(0);
	}
}
