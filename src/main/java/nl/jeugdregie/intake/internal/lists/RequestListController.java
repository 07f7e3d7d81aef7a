package nl.jeugdregie.intake.internal.lists;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.team.TeamService;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lists of help requests (issue 13): {@code /hulpvragen} (all of the team's, filters in the query string) and
 * the worklist {@code /werklijst} (the same list, open requests most urgent first), and the team lead assigning
 * from them (item 6). Works without JavaScript; with htmx the filters and the assignment replace the list in place.
 */
@Controller
class RequestListController {

	private final RequestListService lists;
	private final TeamService team;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	RequestListController(RequestListService lists, TeamService team, CurrentUsers users, OutcomeResponses responses) {
		this.lists = lists;
		this.team = team;
		this.users = users;
		this.responses = responses;
	}

	/** The worklist and the list of all help requests: one list, the worklist with the team's open requests first. */
	@GetMapping({ "/werklijst", "/hulpvragen" })
	String list(@RequestParam(name = "wie", required = false) @Nullable String scope,
			@RequestParam(name = "status", required = false) @Nullable String state,
			@RequestParam(name = "norm", required = false) @Nullable String norm,
			@RequestParam(name = "crisis", required = false) @Nullable String crisis,
			@RequestParam(name = "sorteer", required = false) @Nullable String sort,
			@RequestParam(name = "pagina", required = false) @Nullable String page,
			@RequestParam(name = "aantal", required = false) @Nullable String size,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest request,
			Model model) {
		var path = request.getRequestURI().endsWith("/werklijst") ? "/werklijst" : "/hulpvragen";
		model.addAttribute("worklistPage", path.equals("/werklijst"));
		return show(new RawFilter(scope, state, norm, crisis, sort, page, size), path, htmx != null, model);
	}

	private String show(RawFilter raw, String path, boolean htmx, Model model) {
		model.addAttribute("path", path);
		model.addAttribute("scopes", ListFilter.Scope.values());
		model.addAttribute("states", ListFilter.StateFilter.values());
		model.addAttribute("norms", ListFilter.NormFilter.values());
		model.addAttribute("sorts", ListFilter.SortOrder.values());
		model.addAttribute("raw", raw);
		return switch (lists.list(users.current(), raw, ListFilter.worklist())) {
			case Outcome.Done<RequestList>(var list) -> {
				model.addAttribute("list", list);
				model.addAttribute("query", query(list.filter()));
				yield htmx ? "intake/requests :: list" : "intake/requests";
			}
			case Outcome.Refused<RequestList>(var refusals) -> {
				model.addAttribute("filterErrors", refusals.stream().map(responses::message).toList());
				yield "intake/requests";
			}
			case Outcome.Forbidden<RequestList> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<RequestList> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<RequestList> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	/** The filter as a query string (without the page), for paging links and for returning after an assignment. */
	static String query(ListFilter filter) {
		return UriComponentsBuilder.newInstance().queryParam("wie", filter.scope().word())
				.queryParam("status", filter.state().word()).queryParam("norm", filter.norm().word())
				.queryParam("crisis", filter.crisisOnly() ? "ja" : "nee").queryParam("sorteer", filter.sort().word())
				.queryParam("aantal", filter.size()).build().toUriString();
	}

	/** Issue 13, item 6: assign or reassign from a list row, then back to the same list and page. */
	@PostMapping("/werklijst/{id}/toewijzen")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String professional,
			@RequestParam(name = "versie", required = false) @Nullable Long version,
			@RequestParam(name = "terug", required = false) @Nullable String back, RedirectAttributes redirect) {
		// Only back to one of the lists on this site: never a redirect elsewhere.
		var target = back != null && (back.startsWith("/werklijst?") || back.startsWith("/hulpvragen?") || back.equals("/werklijst"))
				&& !back.contains("//") && !back.contains("\\") ? back : "/werklijst";
		var outcome = team.assignFromList(new HelpRequestId(id), professional, version == null ? -1 : version,
				users.current());
		switch (outcome) {
			case Outcome.Done<String>(var what) -> redirect.addFlashAttribute("message", what + ".");
			case Outcome.Refused<String>(var refusals) -> redirect.addFlashAttribute("assignError",
					responses.message(refusals.getFirst()));
			case Outcome.Stale<String> stale -> redirect.addFlashAttribute("assignError",
					responses.message(nl.jeugdregie.platform.result.Refusal.ofWhole("intake.assignment.stale")));
			case Outcome.Forbidden<String> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<String> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + target;
	}
}
