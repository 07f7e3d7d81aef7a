package nl.jeugdregie.findability.internal.information;

import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/** VIND-1: where a page stands on a day: a draft, published from a later date, or published. */
public sealed interface PageStatus {

	record Draft() implements PageStatus {}

	record Scheduled(LocalDate from) implements PageStatus {}

	record Published(LocalDate since) implements PageStatus {}

	static PageStatus of(@Nullable LocalDate publishFrom, LocalDate today) {
		if (publishFrom == null) {
			return new Draft();
		}
		return publishFrom.isAfter(today) ? new Scheduled(publishFrom) : new Published(publishFrom);
	}

	/** The status's name on screen (label.<type> in messages.properties). */
	default String dutchName() {
		return Labels.ofType(getClass());
	}

	default boolean isPublic() {
		return switch (this) {
			case Draft d -> false;
			case Scheduled s -> false;
			case Published p -> true;
		};
	}
}
