package nl.jeugdregie.allocation.internal;

import java.util.function.Function;
import nl.jeugdregie.platform.result.Outcome;

/** Chaining outcomes: typed input first, then the change it allows. */
public final class Outcomes {

	private Outcomes() {}

	/** {@code next} applied to the value of a done outcome; every other outcome passes through unchanged. */
	public static <A, B> Outcome<B> then(Outcome<A> outcome, Function<A, Outcome<B>> next) {
		return switch (outcome) {
			case Outcome.Done<A>(A value) -> next.apply(value);
			case Outcome.Refused<A>(var refusals) -> Outcome.refused(refusals);
			case Outcome.NotFound<A>() -> Outcome.notFound();
			case Outcome.Forbidden<A>(String code) -> Outcome.forbidden(code);
			case Outcome.Stale<A>(long version) -> Outcome.stale(version);
		};
	}
}
