package nl.jeugdregie.monitoring;

import nl.jeugdregie.monitoring.internal.disclosure.PerturbationTable;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * SEC-2 (ADR 0021) in tests that compute figures by hand: a published count matches when the perturbation table
 * can publish it for the hand-computed true count (1–4 only as 0, 5 as 0, 5, 6 or 7, 6 or more within 2). The true
 * count itself is what the hand computation checks; which of the allowed values appears depends on the records'
 * keys and the deployment's secret.
 */
public final class Published {

	private Published() {}

	/** Whether {@code published} is a possible publication of {@code trueCount}. */
	public static boolean allows(long trueCount, long published) {
		if (trueCount <= PerturbationTable.SMALL) {
			return published == 0;
		}
		if (trueCount == PerturbationTable.ZERO_STANDS_FOR_UP_TO && published == 0) {
			return true;
		}
		return published > PerturbationTable.SMALL && Math.abs(published - trueCount) <= PerturbationTable.MAX_NOISE;
	}

	/** A pattern for page text: any published value of the true count, as a whole number. */
	public static java.util.regex.Pattern pattern(long trueCount) {
		var values = java.util.stream.LongStream.rangeClosed(0, trueCount + PerturbationTable.MAX_NOISE)
				.filter(p -> allows(trueCount, p)).mapToObj(Long::toString).toList();
		return java.util.regex.Pattern.compile("(?<![\\d,.])(" + String.join("|", values) + ")(?![\\d,])");
	}

	/**
	 * A JSON matcher for a whole percentage computed from published counts (SEC-2): the rounded share of some
	 * publication of {@code part} in some publication of {@code whole} of 5 or more, or null (mark k) when the whole
	 * can be published below 5.
	 */
	public static Matcher<Object> percentOf(long part, long whole) {
		return new TypeSafeMatcher<>(Object.class) {

			@Override
			protected boolean matchesSafely(Object item) {
				for (var w = 0L; w <= whole + PerturbationTable.MAX_NOISE; w++) {
					if (!allows(whole, w) || w < PerturbationTable.ZERO_STANDS_FOR_UP_TO) {
						continue;
					}
					for (var p = 0L; p <= part + PerturbationTable.MAX_NOISE; p++) {
						if (allows(part, p) && item instanceof Number n
								&& n.longValue() == Math.min(100, Math.round(p * 100.0 / w))) {
							return true;
						}
					}
				}
				return false;
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a percentage of published counts for " + part + " of " + whole);
			}
		};
	}

	/** A JSON matcher for a published sum (weeks added up): within 2 of the true sum (SEC-2). */
	public static Matcher<Object> near(long trueSum) {
		return new TypeSafeMatcher<>(Object.class) {

			@Override
			protected boolean matchesSafely(Object item) {
				return item instanceof Number n && Math.abs(n.longValue() - trueSum) <= PerturbationTable.MAX_NOISE;
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a published sum within 2 of " + trueSum);
			}
		};
	}

	/** A JSON number matcher for {@code jsonPath(...).value(Published.as(11))}. */
	public static Matcher<Object> as(long trueCount) {
		return new TypeSafeMatcher<>() {

			@Override
			protected boolean matchesSafely(Object item) {
				return item instanceof Number number && allows(trueCount, number.longValue());
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a published count for the true count " + trueCount);
			}
		};
	}
}
