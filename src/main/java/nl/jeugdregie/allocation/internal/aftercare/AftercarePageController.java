package nl.jeugdregie.allocation.internal.aftercare;

import nl.jeugdregie.allocation.AftercareKind;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * MON-5: the page to record or change an allocation's aftercare decision (one question, radios; the date and the
 * party are plain fields, so it works without JavaScript), and the team's list "Nazorg nog vast te leggen".
 */
@Controller
class AftercarePageController {

	private final AftercareDecisions decisions;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	AftercarePageController(AftercareDecisions decisions, CurrentUsers users, OutcomeResponses responses) {
		this.decisions = decisions;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/toewijzing/toewijzingen/{number}/nazorg")
	String form(@PathVariable long number, Model model) {
		var view = required(decisions.view(users.current(), number));
		var form = new AftercareForm();
		var decision = view.decision();
		if (decision != null) {
			form.setKind(decision.kind().name());
			form.setFrom(decision.from() == null ? null : DutchFormat.date(decision.from()));
			form.setParty(decision.party());
			form.setVersion(decision.version());
		}
		model.addAttribute("form", form);
		return page(model, view);
	}

	@PostMapping("/toewijzing/toewijzingen/{number}/nazorg")
	String record(@PathVariable long number, @ModelAttribute("form") AftercareForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var outcome = AftercareInput.of(number, form.getKind(), form.getFrom(), form.getParty(), form.getVersion())
				.then(command -> decisions.record(user, command));
		switch (outcome) {
			case Outcome.Done<AftercareDecisions.Recorded>(var recorded) -> {
				redirect.addFlashAttribute("message", recorded.changed()
						? responses.text("allocation.aftercare.saved", String.valueOf(number), recorded.decision().summary())
						: responses.text("allocation.aftercare.unchanged", String.valueOf(number)));
				return "redirect:/toewijzing/toewijzingen/" + number;
			}
			case Outcome.Refused<AftercareDecisions.Recorded> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<AftercareDecisions.Recorded>(var current) -> {
				errors.reject("allocation.aftercare.stale", responses.text("allocation.aftercare.stale"));
				form.setVersion(current);
			}
			case Outcome.Forbidden<AftercareDecisions.Recorded> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<AftercareDecisions.Recorded> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page(model, required(decisions.view(user, number)));
	}

	@GetMapping("/toewijzing/nazorg")
	String toRecord(Model model) {
		var pending = decisions.pending(users.current());
		model.addAttribute("pending", pending);
		model.addAttribute("limited", pending.size() >= AftercareDecisions.LIST_LIMIT);
		return "allocation/aftercare-to-record";
	}

	private String page(Model model, AftercareDecisions.View view) {
		model.addAttribute("allocation", view.allocation());
		model.addAttribute("decision", view.decision());
		model.addAttribute("careEnded", view.careEnded());
		model.addAttribute("kinds", AftercareKind.values());
		return "allocation/aftercare-form";
	}

	private static <T> T required(Outcome<T> outcome) {
		return switch (outcome) {
			case Outcome.Done<T>(var value) -> value;
			case Outcome.Forbidden<T> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<T> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<T> r -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<T> s -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}
}
