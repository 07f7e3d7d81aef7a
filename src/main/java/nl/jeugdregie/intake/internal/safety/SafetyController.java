package nl.jeugdregie.intake.internal.safety;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** TOE-14: the safety page of a help request (meldcode, plan, actions, key decisions); plain forms. */
@Controller
class SafetyController {

	private final SafetyService service;
	private final CurrentUsers users;
	private final MessageSource messages;
	private final java.time.Clock clock;

	SafetyController(SafetyService service, CurrentUsers users, MessageSource messages, java.time.Clock clock) {
		this.service = service;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/hulpvragen/{id}/veiligheid")
	String safety(@PathVariable UUID id, Model model) {
		var view = service.read(new HelpRequestId(id), users.current())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("request", view.request());
		model.addAttribute("safety", view.safety());
		model.addAttribute("mayTakeKeyDecisions", view.mayTakeKeyDecisions());
		model.addAttribute("decisions", SafetyDecision.values());
		model.addAttribute("actionKinds", SafetyActionKind.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "intake/safety";
	}

	@PostMapping("/hulpvragen/{id}/veiligheid/stap")
	String step(@PathVariable UUID id, @RequestParam(required = false) @Nullable SafetyStep step,
			@RequestParam(required = false) @Nullable String takenOn, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable SafetyDecision decision, Model model, RedirectAttributes redirect) {
		return respond(id, "step", service.recordStep(new HelpRequestId(id), step, date(takenOn), note, decision,
				users.current()), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/veiligheid/plan")
	String plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String agreements,
			@RequestParam(required = false) @Nullable String responsible,
			@RequestParam(required = false) @Nullable String reviewOn, Model model, RedirectAttributes redirect) {
		return respond(id, "plan", service.recordPlan(new HelpRequestId(id), agreements, responsible, date(reviewOn),
				users.current()), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/veiligheid/actie")
	String action(@PathVariable UUID id, @RequestParam(required = false) @Nullable SafetyActionKind kind,
			@RequestParam(required = false) @Nullable String takenOn,
			@RequestParam(required = false) @Nullable String outcome, Model model, RedirectAttributes redirect) {
		return respond(id, "action", service.recordAction(new HelpRequestId(id), kind, date(takenOn), outcome,
				users.current()), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/veiligheid/kernbeslissing")
	String keyDecision(@PathVariable UUID id, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String decidedOn, Model model, RedirectAttributes redirect) {
		return respond(id, "keyDecision", service.recordKeyDecision(new HelpRequestId(id), decision, date(decidedOn),
				users.current()), model, redirect);
	}

	/**
	 * Issue 13 item 2: a key decision taken without the parents is consequential, so it is shown once more before
	 * it is recorded. Anything the policy would refuse (no text, no date, not a behavioural expert) is refused at
	 * once by the recording step itself, with the errors on the safety page.
	 */
	@PostMapping("/hulpvragen/{id}/veiligheid/kernbeslissing/controleren")
	String checkKeyDecision(@PathVariable UUID id, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String decidedOn, Model model, RedirectAttributes redirect) {
		var date = date(decidedOn);
		if (decision == null || decision.isBlank() || date == null) {
			return keyDecision(id, decision, decidedOn, model, redirect);
		}
		var view = service.read(new HelpRequestId(id), users.current())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!view.mayTakeKeyDecisions()) {
			return keyDecision(id, decision, decidedOn, model, redirect);
		}
		model.addAttribute("request", view.request());
		model.addAttribute("keyDecision", decision.strip());
		model.addAttribute("decidedOn", date);
		return "intake/key-decision-check";
	}

	private String respond(UUID id, String form, Outcome<String> result, Model model, RedirectAttributes redirect) {
		return switch (result) {
			case Outcome.Done<String> done -> {
				redirect.addFlashAttribute("message", done.value() + ".");
				yield "redirect:/hulpvragen/" + id + "/veiligheid";
			}
			case Outcome.Refused<String> refused -> {
				var errors = new LinkedHashMap<String, String>();
				refused.refusals().forEach(v -> errors.putIfAbsent(v.field(),
						messages.getMessage(v.code(), v.arguments().toArray(), LocaleContextHolder.getLocale())));
				model.addAttribute("lifecycleForm", form);
				model.addAttribute("lifecycleErrors", errors);
				yield safety(id, model);
			}
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	/** An unreadable date counts as missing; the policy then says what is needed. */
	private static @Nullable LocalDate date(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
