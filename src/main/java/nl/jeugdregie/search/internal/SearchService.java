package nl.jeugdregie.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.identity.CaseAccess;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.search.FileFinder;
import nl.jeugdregie.search.FoundFile;
import nl.jeugdregie.search.SearchTerms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search box (issue 13): asks every module's {@link FileFinder}, decides per file with
 * {@link CaseAccessPolicy} and records every file whose personal data it shows as a read through the shared opening
 * step ({@link ClientFileOpening#recordRead}), in this transaction (ADR 0019, ADR 0032). Files outside the caseload
 * are shown by number only.
 */
@Service
class SearchService {

	/** At most this many files per finder; a search that finds more asks the user to narrow it. */
	static final int LIMIT = 20;

	private final List<FileFinder> finders;
	private final ClientFileOpening opening;
	private final SearchQueryAcceptable acceptable = new SearchQueryAcceptable();

	SearchService(List<FileFinder> finders, ClientFileOpening opening) {
		this.finders = finders;
		this.opening = opening;
	}

	@Transactional // read-write: the audit rows of what is shown are written in this transaction (ADR 0019)
	Outcome<SearchResults> search(CurrentUser user, @Nullable String query) {
		if (!user.role().worksOnCases()) {
			return Outcome.forbidden("search.forbidden");
		}
		var refusal = acceptable.check(query);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		var terms = SearchTerms.read(query);
		var openable = new ArrayList<FoundFile>();
		var withReason = new ArrayList<SearchResults.ReasonRequired>();
		for (var finder : finders) {
			for (var file : finder.find(terms, user.municipality(), LIMIT)) {
				switch (access(user, file)) {
					case CaseAccess.WithinCaseload w -> openable.add(file);
					case CaseAccess.ReasonRequired r -> withReason.add(new SearchResults.ReasonRequired(file.kind(),
							file.id(), file.number(), file.reasonPath()));
					// Finders answer for the user's municipality only; a role without case work was refused above.
					case CaseAccess.RoleNotAllowed r -> { }
					case CaseAccess.NotVisible n -> { }
				}
			}
		}
		openable.sort(Comparator.comparing(FoundFile::kind));
		withReason.sort(Comparator.comparing(SearchResults.ReasonRequired::number));
		var results = new SearchResults(terms, List.copyOf(openable), List.copyOf(withReason));
		// NEN 7513: each file whose name and date of birth the result shows is a read of that file, recorded last.
		for (var file : openable) {
			opening.recordRead(file, user, "Gevonden bij zoeken op " + results.kindText());
		}
		return Outcome.done(results);
	}

	private static CaseAccess access(CurrentUser user, FoundFile file) {
		var decided = CaseAccessPolicy.decide(user, file.scope());
		if (decided instanceof CaseAccess.ReasonRequired && user.username().equals(file.caseDirector())) {
			return new CaseAccess.WithinCaseload(); // PLAN-3: the case director works on the household from any team
		}
		return decided;
	}
}
