package nl.jeugdregie.messaging.internal.terms;

import java.util.Map;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * TOEW-7: the worklist of iJw answer terms ({@code /ijw/termijnen}, filters in the query string, paging) and the
 * dashboard per message flow ({@code /ijw/termijnen/overzicht}). Works without JavaScript; with htmx the filter form
 * replaces the list in place.
 */
@Controller
class TermPageController {

	private final TermService terms;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	TermPageController(TermService terms, CurrentUsers users, OutcomeResponses responses) {
		this.terms = terms;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/ijw/termijnen")
	String worklist(@RequestParam(name = "stroom", required = false) @Nullable String flow,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "aanbieder", required = false) @Nullable String provider,
			@RequestParam(name = "wie", required = false) @Nullable String side,
			@RequestParam(name = "pagina", required = false) @Nullable String page,
			@RequestParam(name = "aantal", required = false) @Nullable String size,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var user = users.current();
		var raw = new RawTermFilter(flow, status, provider, side, page, size);
		model.addAttribute("flows", MessageFlow.values());
		model.addAttribute("statuses", TermFilter.StatusFilter.values());
		model.addAttribute("raw", raw);
		return switch (terms.list(user, raw)) {
			case Outcome.Done<TermList>(var list) -> {
				model.addAttribute("list", list);
				model.addAttribute("providers", list.providerView() ? Map.of() : terms.providerChoices(user));
				model.addAttribute("query", query(list.filter()));
				yield htmx != null ? "messaging/terms :: list" : "messaging/terms";
			}
			case Outcome.Refused<TermList>(var refusals) -> {
				model.addAttribute("providers", terms.providerChoices(user));
				model.addAttribute("filterErrors", refusals.stream().map(responses::message).toList());
				yield "messaging/terms";
			}
			case Outcome.Forbidden<TermList> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<TermList> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<TermList> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	@GetMapping("/ijw/termijnen/overzicht")
	String dashboard(@RequestParam(name = "aanbieder", required = false) @Nullable String provider, Model model) {
		var user = users.current();
		model.addAttribute("raw", provider);
		return switch (terms.summary(user, provider)) {
			case Outcome.Done<TermSummary>(var summary) -> {
				model.addAttribute("summary", summary);
				model.addAttribute("providers", user.role() == Role.PROVIDER ? Map.of()
						: terms.providerChoices(user));
				model.addAttribute("worklist", TermRoles.WORKLIST.contains(user.role()));
				yield "messaging/terms-dashboard";
			}
			case Outcome.Refused<TermSummary>(var refusals) -> {
				model.addAttribute("providers", terms.providerChoices(user));
				model.addAttribute("worklist", TermRoles.WORKLIST.contains(user.role()));
				model.addAttribute("filterErrors", refusals.stream().map(responses::message).toList());
				yield "messaging/terms-dashboard";
			}
			case Outcome.Forbidden<TermSummary> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<TermSummary> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<TermSummary> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	/** The filter as a query string (without the page), for the paging links. */
	static String query(TermFilter filter) {
		return UriComponentsBuilder.newInstance()
				.queryParam("stroom", filter.flow() == null ? "alle" : filter.flow().word())
				.queryParam("status", filter.status().word())
				.queryParam("aanbieder", filter.provider() == null ? "" : filter.provider().value())
				.queryParam("wie", filter.side() == null ? "alle"
						: filter.side() == IjwMessageType.Side.MUNICIPALITY ? "gemeente" : "aanbieder")
				.queryParam("aantal", filter.size()).build().toUriString();
	}
}
