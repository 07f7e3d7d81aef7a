package nl.jeugdregie.search.internal;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.search.SearchTerms;
import org.jspecify.annotations.Nullable;

/** The search box takes at least two and at most a hundred characters; anything shorter matches half the files. */
final class SearchQueryAcceptable implements Policy<@Nullable String> {

	static final String FIELD = "q";

	@Override
	public Optional<Refusal> check(@Nullable String query) {
		var length = query == null ? 0 : query.strip().length();
		if (length < SearchTerms.MIN_LENGTH) {
			return Optional.of(Refusal.of(FIELD, "search.query.tooShort", SearchTerms.MIN_LENGTH));
		}
		if (length > SearchTerms.MAX_LENGTH) {
			return Optional.of(Refusal.of(FIELD, "search.query.tooLong", SearchTerms.MAX_LENGTH));
		}
		return Optional.empty();
	}
}
