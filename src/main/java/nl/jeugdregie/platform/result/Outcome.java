package nl.jeugdregie.platform.result;

import java.util.List;
import java.util.Optional;

/**
 * What a change or a lookup came to. Services answer with an outcome rather than throwing, and controllers
 * switch over it exhaustively (no {@code default} branch), usually through {@link OutcomeResponses}.
 *
 * @param <T> what a successful outcome carries
 */
public sealed interface Outcome<T> {

	/** It was done; {@code value} is what was made or found. */
	record Done<T>(T value) implements Outcome<T> {}

	/** One or more rules refused it; nothing was saved. */
	record Refused<T>(List<Refusal> refusals) implements Outcome<T> {
		public Refused {
			if (refusals.isEmpty()) {
				throw new IllegalArgumentException("A refused outcome names at least one refusal");
			}
			refusals = List.copyOf(refusals);
		}
	}

	/** It does not exist, or the user may not know it exists (answered as 404). */
	record NotFound<T>() implements Outcome<T> {}

	/** The user may not do this (answered as 403); {@code code} is the message code of the reason. */
	record Forbidden<T>(String code) implements Outcome<T> {}

	/** Someone else changed it first; {@code currentVersion} is the version to retry against (answered as 409). */
	record Stale<T>(long currentVersion) implements Outcome<T> {}

	static <T> Outcome<T> done(T value) {
		return new Done<>(value);
	}

	static <T> Outcome<T> refused(Refusal first, Refusal... more) {
		var all = new java.util.ArrayList<Refusal>();
		all.add(first);
		all.addAll(List.of(more));
		return new Refused<>(all);
	}

	static <T> Outcome<T> refused(List<Refusal> refusals) {
		return new Refused<>(refusals);
	}

	static <T> Outcome<T> notFound() {
		return new NotFound<>();
	}

	static <T> Outcome<T> forbidden(String code) {
		return new Forbidden<>(code);
	}

	static <T> Outcome<T> stale(long currentVersion) {
		return new Stale<>(currentVersion);
	}

	/**
	 * What {@code next} makes of the value when done; every other outcome is handed on unchanged. For example a
	 * command parsed from a form ({@code Outcome<AddKpi>}) then carried out by the service.
	 */
	default <U> Outcome<U> then(java.util.function.Function<? super T, Outcome<U>> next) {
		return switch (this) {
			case Done<T>(T value) -> next.apply(value);
			case Refused<T>(var refusals) -> new Refused<>(refusals);
			case NotFound<T>() -> new NotFound<>();
			case Forbidden<T>(String code) -> new Forbidden<>(code);
			case Stale<T>(long currentVersion) -> new Stale<>(currentVersion);
		};
	}

	/**
	 * An outcome that is not done, handed on as an outcome of another type (what {@link #then} does with it); for
	 * example a file the shared opening step did not open, answered as the change's outcome. Never call it on a done
	 * outcome: there is no value to hand on.
	 */
	default <U> Outcome<U> passOn() {
		return then(value -> {
			throw new IllegalStateException("A done outcome has a value, not an answer to hand on");
		});
	}

	/** The value when done; empty for every other outcome. */
	default Optional<T> doneValue() {
		return this instanceof Done<T>(T value) ? Optional.of(value) : Optional.empty();
	}
}
