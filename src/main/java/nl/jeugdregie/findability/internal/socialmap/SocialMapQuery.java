package nl.jeugdregie.findability.internal.socialmap;

import org.jspecify.annotations.Nullable;

/**
 * VIND-2: what a visitor looks for: words (PostgreSQL full-text search, Dutch), a district, a theme and an age.
 * Empty means "any"; over-long or malformed input is cut or ignored, never an error, so every search answers.
 */
public record SocialMapQuery(String text, String district, String theme, @Nullable Integer age) {

	static final int MAX_TEXT = 100;

	public SocialMapQuery {
		text = text.strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		district = district.strip().length() > 100 ? "" : district.strip();
		theme = theme.matches("[a-z-]{2,40}") ? theme : "";
		if (age != null && (age < 0 || age > 99)) {
			age = null;
		}
	}

	public static SocialMapQuery of(@Nullable String text, @Nullable String district, @Nullable String theme,
			@Nullable String age) {
		Integer parsed = null;
		if (age != null && age.strip().matches("[0-9]{1,2}")) {
			parsed = Integer.valueOf(age.strip());
		}
		return new SocialMapQuery(text == null ? "" : text, district == null ? "" : district, theme == null ? "" : theme,
				parsed);
	}

	public static SocialMapQuery everything() {
		return new SocialMapQuery("", "", "", null);
	}

	/**
	 * The words as a PostgreSQL prefix query ({@code opvoed:* & kind:*}): every word must occur, stemmed by the Dutch
	 * configuration, also as the start of a longer word ("angst" finds "angstig"). Only letters and digits pass.
	 */
	public String prefixQuery() {
		return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).limit(8)
				.map(word -> word + ":*").collect(java.util.stream.Collectors.joining(" & "));
	}

	public boolean isEmpty() {
		return text.isEmpty() && district.isEmpty() && theme.isEmpty() && age == null;
	}
}
