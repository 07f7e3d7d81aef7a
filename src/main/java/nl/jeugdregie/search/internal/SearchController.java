package nl.jeugdregie.search.internal;

import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The results page of the header's search box; the query in the URL so back and reload work without JavaScript. */
@Controller
class SearchController {

	private final SearchService search;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	SearchController(SearchService search, CurrentUsers users, OutcomeResponses responses) {
		this.search = search;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/zoeken")
	String results(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
		model.addAttribute("q", query == null ? "" : query);
		if (query == null) {
			return "search/results"; // the empty search page: only the form
		}
		return switch (search.search(users.current(), query)) {
			case Outcome.Done<SearchResults>(var results) -> {
				model.addAttribute("results", results);
				yield "search/results";
			}
			case Outcome.Refused<SearchResults>(var refusals) -> {
				model.addAttribute("error", responses.message(refusals.getFirst()));
				yield "search/results";
			}
			case Outcome.Forbidden<SearchResults> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<SearchResults> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<SearchResults> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}
}
