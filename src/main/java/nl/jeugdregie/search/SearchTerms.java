package nl.jeugdregie.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a user typed in the search box, read as one kind of search: a case number ({@code HV-0828-2026-000123} or
 * {@code GZ-…}), a BSN (nine digits), a date of birth ({@code 3-5-2017} or {@code 2017-05-03}) or (part of) a name.
 * Built only through {@link #read(String)} after {@code SearchQueryAcceptable} accepted the text.
 */
public sealed interface SearchTerms {

	int MIN_LENGTH = 2;
	int MAX_LENGTH = 100;
	/** Name words shorter than this do not narrow a trigram search; they only order the results. */
	int MIN_WORD = 3;

	/** A help request's or household's number, upper case. */
	record CaseNumber(String prefix, String number) implements SearchTerms {
		public CaseNumber {
			if (!NUMBER.matcher(number).matches()) {
				throw new IllegalArgumentException("Not a case number");
			}
		}
	}

	/** Nine digits (the eleven test is not asked: a typing error simply finds nothing). */
	record Bsn(String digits) implements SearchTerms {
		public Bsn {
			if (!digits.matches("\\d{9}")) {
				throw new IllegalArgumentException("Not nine digits");
			}
		}

		@Override
		public String toString() {
			return "Bsn[***]";
		}
	}

	record DateOfBirth(LocalDate date) implements SearchTerms {
		@Override
		public String toString() {
			return "DateOfBirth[***]";
		}
	}

	/** Lower-case words of a name; {@code words} are the ones long enough to narrow the search. */
	record Name(String text, List<String> words) implements SearchTerms {
		public Name {
			if (text.isBlank()) {
				throw new IllegalArgumentException("An empty name");
			}
			words = List.copyOf(words);
		}

		@Override
		public String toString() {
			return "Name[***]";
		}
	}

	Pattern NUMBER = Pattern.compile("(HV|GZ)-\\d{4}-\\d{4}-\\d{1,9}");
	DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

	/** Reads accepted text; throws for text {@code SearchQueryAcceptable} refuses. */
	static SearchTerms read(String query) {
		var text = query.strip();
		if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Search text of the wrong length");
		}
		var upper = text.toUpperCase(Locale.ROOT).replace(" ", "");
		if (NUMBER.matcher(upper).matches()) {
			return new CaseNumber(upper.substring(0, 2), upper);
		}
		var digits = text.replaceAll("[\\s.]", "");
		if (digits.matches("\\d{9}")) {
			return new Bsn(digits);
		}
		var date = date(text);
		if (date != null) {
			return new DateOfBirth(date);
		}
		var lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		var words = Arrays.stream(lower.split(" ")).filter(w -> w.length() >= MIN_WORD).toList();
		return new Name(lower, words);
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return LocalDate.parse(text.replace('/', '-'), DUTCH_DATE);
		} catch (DateTimeParseException notDutch) {
			try {
				return LocalDate.parse(text);
			} catch (DateTimeParseException notIso) {
				return null;
			}
		}
	}
}
