package nl.jeugdregie.intake;

import java.util.Optional;

/**
 * Looks up whether a help request exists and where it belongs, for modules that link to a request (such as a
 * household in plans). Answers only a {@link HelpRequestSummary}, never the request's personal data.
 */
public interface HelpRequestDirectory {

	Optional<HelpRequestSummary> find(HelpRequestId id);
}
