package nl.jeugdregie.messaging.internal.requests;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * TOEW-7 (ADR 0048): the access team's worklist of providers' requests ({@code /ijw/verzoeken}, filters and paging),
 * a request's page, and the answer in two steps: choose (declined with a reason, or "in onderzoek"), then check and
 * send the JW319. Works without JavaScript.
 */
@Controller
class RequestPageController {

	private final RequestPages pages;
	private final Answering answering;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	RequestPageController(RequestPages pages, Answering answering, CurrentUsers users, OutcomeResponses responses) {
		this.pages = pages;
		this.answering = answering;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/ijw/verzoeken")
	String worklist(@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "aanbieder", required = false) @Nullable String provider,
			@RequestParam(name = "soort", required = false) @Nullable String type,
			@RequestParam(name = "pagina", required = false) @Nullable String page,
			@RequestParam(name = "aantal", required = false) @Nullable String size, Model model) {
		var user = users.current();
		model.addAttribute("statuses", RequestFilter.StatusFilter.values());
		model.addAttribute("providers", pages.providerChoices(user));
		return switch (RequestFilter.parse(status, provider, type, page, size).then(f -> pages.list(user, f))) {
			case Outcome.Done<RequestPages.Page>(var list) -> {
				model.addAttribute("list", list);
				model.addAttribute("query", query(list.filter()));
				yield "messaging/requests";
			}
			case Outcome.Refused<RequestPages.Page>(var refusals) -> {
				model.addAttribute("filterErrors", refusals.stream().map(responses::message).toList());
				yield "messaging/requests";
			}
			case Outcome.Forbidden<RequestPages.Page> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<RequestPages.Page> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<RequestPages.Page> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	@GetMapping("/ijw/verzoeken/{id}")
	String request(@PathVariable UUID id, Model model) {
		return detail(id, model, "messaging/request");
	}

	@GetMapping("/ijw/verzoeken/{id}/antwoord")
	String answerForm(@PathVariable UUID id, Model model) {
		model.addAttribute("reasons", DeclineReason.values());
		return detail(id, model, "messaging/request-answer");
	}

	/** Step 2: the chosen answer to check before it is sent. */
	@PostMapping("/ijw/verzoeken/{id}/antwoord/controleren")
	String check(@PathVariable UUID id, @RequestParam(required = false) @Nullable String antwoord,
			@RequestParam(required = false) @Nullable String reden, @RequestParam(required = false) @Nullable String gemeente,
			@RequestParam(required = false) @Nullable String versie,
			Model model) {
		model.addAttribute("reasons", DeclineReason.values());
		model.addAttribute("chosenAnswer", antwoord);
		model.addAttribute("chosenReason", reden);
		model.addAttribute("chosenMunicipality", gemeente);
		return switch (AnswerCommand.parse(id, antwoord, reden, gemeente, versie)) {
			case Outcome.Done<AnswerCommand>(var command) -> {
				model.addAttribute("command", command);
				yield detail(id, model, "messaging/request-answer-check");
			}
			case Outcome.Refused<AnswerCommand>(var refusals) -> {
				model.addAttribute("errors", refusals.stream()
						.map(r -> new FieldError(r.field(), responses.message(r))).toList());
				yield detail(id, model, "messaging/request-answer");
			}
			case Outcome.Forbidden<AnswerCommand> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<AnswerCommand> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<AnswerCommand> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	/** An error next to its field ({@code field} empty for the whole answer). */
	record FieldError(String field, String message) {
		public String anchor() {
			return field.isEmpty() ? "antwoord" : field;
		}
	}

	@PostMapping("/ijw/verzoeken/{id}/antwoord")
	String send(@PathVariable UUID id, @RequestParam(required = false) @Nullable String antwoord,
			@RequestParam(required = false) @Nullable String reden, @RequestParam(required = false) @Nullable String gemeente,
			@RequestParam(required = false) @Nullable String versie,
			Model model, RedirectAttributes redirect) {
		var user = users.current();
		var outcome = AnswerCommand.parse(id, antwoord, reden, gemeente, versie).then(c -> answering.answer(user, c));
		return switch (outcome) {
			case Outcome.Done<Answering.Sent>(var sent) -> {
				redirect.addFlashAttribute("message", "Het antwoord (JW319 " + sent.identification()
						+ ") is verstuurd naar de aanbieder.");
				yield "redirect:/ijw/verzoeken/" + id;
			}
			case Outcome.Refused<Answering.Sent>(var refusals) -> {
				model.addAttribute("reasons", DeclineReason.values());
				model.addAttribute("chosenAnswer", antwoord);
				model.addAttribute("chosenReason", reden);
				model.addAttribute("chosenMunicipality", gemeente);
				model.addAttribute("errors", refusals.stream()
						.map(r -> new FieldError(r.field(), responses.message(r))).toList());
				yield detail(id, model, "messaging/request-answer");
			}
			case Outcome.Stale<Answering.Sent> stale -> {
				redirect.addFlashAttribute("message", "Iemand anders heeft dit verzoek net beantwoord. Bekijk het antwoord hieronder.");
				yield "redirect:/ijw/verzoeken/" + id;
			}
			case Outcome.Forbidden<Answering.Sent> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<Answering.Sent> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	private String detail(UUID id, Model model, String view) {
		return switch (pages.detail(users.current(), id)) {
			case Outcome.Done<RequestPages.Detail>(var detail) -> {
				model.addAttribute("detail", detail);
				yield view;
			}
			case Outcome.Forbidden<RequestPages.Detail> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<RequestPages.Detail> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<RequestPages.Detail> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Stale<RequestPages.Detail> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	static String query(RequestFilter filter) {
		return UriComponentsBuilder.newInstance().queryParam("status", filter.status().word())
				.queryParam("aanbieder", filter.provider() == null ? "" : filter.provider())
				.queryParam("soort", filter.type() == null ? "alle" : filter.type().name())
				.queryParam("aantal", filter.size()).build().toUriString();
	}
}
