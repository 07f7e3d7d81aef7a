package nl.jeugdregie.findability.internal.information;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** VIND-1: a page is published from today or a later date, never backdated; the date is required. */
final class PublishDateNotInPast implements Policy<PublishDateNotInPast.Publication> {

	record Publication(@Nullable LocalDate from, LocalDate today) {}

	@Override
	public Optional<Refusal> check(Publication publication) {
		if (publication.from() == null) {
			return Optional.of(Refusal.of("publishFrom", "findability.page.publishFrom.required"));
		}
		if (publication.from().isBefore(publication.today())) {
			return Optional.of(Refusal.of("publishFrom", "findability.page.publishFrom.past"));
		}
		return Optional.empty();
	}
}
