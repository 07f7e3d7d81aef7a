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
