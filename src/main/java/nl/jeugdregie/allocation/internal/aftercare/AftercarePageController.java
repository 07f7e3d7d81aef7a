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

	private static final String STALE = "Iemand anders heeft het besluit over nazorg net gewijzigd. Bekijk het besluit hieronder en kies opnieuw.";

	private final AftercareDecisions decisions;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	AftercarePageController(AftercareDecisions decisions, CurrentUsers users, OutcomeResponses responses) {
		this.decisions = decisions;
		this.users = users;
		this.responses = responses;
	}

	/** The Dutch label of a kind, for pages and the API. */
	static String label(AftercareKind kind) {
		return kind.dutchName();
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
						? "Het besluit over nazorg bij toewijzing " + number + " is opgeslagen: " + summary(recorded.decision()) + "."
						: "Het besluit over nazorg bij toewijzing " + number + " was al zo vastgelegd. Er is niets veranderd.");
				return "redirect:/toewijzing/toewijzingen/" + number;
			}
			case Outcome.Refused<AftercareDecisions.Recorded> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<AftercareDecisions.Recorded>(var current) -> {
				errors.reject("stale", STALE);
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

	/** One line in Dutch: what was decided and from when, for the banner and the allocation's page. */
	static String summary(AftercareDecision decision) {
		var text = label(decision.kind());
		if (decision.party() != null) {
			text += " (" + decision.party() + ")";
		}
		return decision.from() == null ? text : text + " vanaf " + DutchFormat.date(decision.from());
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
