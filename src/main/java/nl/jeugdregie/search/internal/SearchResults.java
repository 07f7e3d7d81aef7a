package nl.jeugdregie.search.internal;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.search.FoundFile;
import nl.jeugdregie.search.SearchTerms;

/**
 * What a search shows: the files the user may open, with name and date of birth, and the files of the
 * municipality outside their caseload, by number only, to be opened with a reason (SEC-2, ADR 0032).
 */
public record SearchResults(SearchTerms terms, List<FoundFile> openable, List<ReasonRequired> withReason) {

	/** A file outside the user's caseload: no personal data, only what is needed to ask for it with a reason. */
	public record ReasonRequired(FoundFile.Kind kind, UUID id, String number, String reasonPath) {}

	public int total() {
		return openable.size() + withReason.size();
	}

	public String kindText() {
		return switch (terms) {
			case SearchTerms.CaseNumber n -> "nummer";
			case SearchTerms.Bsn b -> "BSN";
			case SearchTerms.DateOfBirth d -> "geboortedatum";
			case SearchTerms.Name n -> "naam";
		};
	}
}
