package nl.jeugdregie.allocation.internal.change;

import java.util.function.Function;
import nl.jeugdregie.allocation.messaging.AllocationMessages;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.aftercare.AftercareDecisions;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TOEW-1, TOEW-7 (issue 16): an allocation's page (what it is, its state and its history) and the pages to end it
 * early, change its volume and withdraw it, each with a check step ("Controleer en bevestig") and a banner after.
 */
@Controller
@RequestMapping("/toewijzing/toewijzingen/{number}")
class AllocationPageController {

	private static final String STALE = "Iemand anders heeft deze toewijzing net gewijzigd. Bekijk de toewijzing opnieuw.";

	private final AllocationChanges changes;
	private final AllocationMessages messages;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final AftercareDecisions aftercare;

	AllocationPageController(AllocationChanges changes, AllocationMessages messages,
			CurrentUsers users, OutcomeResponses responses, AftercareDecisions aftercare) {
		this.changes = changes;
		this.messages = messages;
		this.aftercare = aftercare;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	String allocation(@PathVariable long number, Model model) {
		var view = required(changes.view(users.current(), number));
		model.addAttribute("allocation", view.allocation());
		model.addAttribute("history", view.history());
		// Issue 16 item 7: the JW301s, JW302 retours and the reported start and stop of care (iJw messaging)
		model.addAttribute("ijwMessages", messages.of(users.current().municipality(), number));
		model.addAttribute("changeable", !view.allocation().withdrawn() && !view.allocation().replaced());
		// MON-5: the aftercare section (the arrangement was just opened and audited by view)
		model.addAttribute("aftercare", aftercare.ofOpenedAllocation(users.current().municipality(), number).orElse(null));
		return "allocation/allocation";
	}

	@GetMapping("/beeindigen")
	String endForm(@PathVariable long number, Model model) {
		var form = new ChangeForm();
		form.setReason(ChangeReason.REASSESSMENT_SHORTENING.code());
		model.addAttribute("form", form);
		return page(model, number, "allocation/allocation-end");
	}

	@PostMapping("/beeindigen")
	String checkEnd(@PathVariable long number, @ModelAttribute("form") ChangeForm form, BindingResult errors, Model model) {
		var user = users.current();
		var outcome = Outcomes.then(ChangeInput.end(number, form.getValidUntil(), form.getReason()),
				command -> changes.previewEnd(user, command));
		return checked(outcome, errors, model, number, "allocation/allocation-end", "allocation/allocation-end-check");
	}

	@PostMapping("/beeindigen/bevestigen")
	String end(@PathVariable long number, @ModelAttribute("form") ChangeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(ChangeInput.end(number, form.getValidUntil(), form.getReason()),
				command -> changes.end(user, command));
		return done(outcome, errors, model, redirect, number, "allocation/allocation-end", changed ->
				"Toewijzing " + number + " loopt nu tot en met " + DutchFormat.date(changed.allocation().period().until()) + ".");
	}

	@GetMapping("/omvang")
	String volumeForm(@PathVariable long number, Model model) {
		var form = new ChangeForm();
		form.setReason(ChangeReason.REASSESSMENT_SHORTENING.code());
		model.addAttribute("form", form);
		return page(model, number, "allocation/allocation-volume");
	}

	@PostMapping("/omvang")
	String checkVolume(@PathVariable long number, @ModelAttribute("form") ChangeForm form, BindingResult errors,
			Model model) {
		var user = users.current();
		var outcome = Outcomes.then(ChangeInput.volume(number, form.getVolume(), form.getChangeDate(), form.getReason()),
				command -> changes.previewVolume(user, command));
		return checked(outcome, errors, model, number, "allocation/allocation-volume", "allocation/allocation-volume-check");
	}

	@PostMapping("/omvang/bevestigen")
	String changeVolume(@PathVariable long number, @ModelAttribute("form") ChangeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(ChangeInput.volume(number, form.getVolume(), form.getChangeDate(), form.getReason()),
				command -> changes.changeVolume(user, command));
		return done(outcome, errors, model, redirect, number, "allocation/allocation-volume", changed ->
				changed.newNumber() == null ? "De omvang van toewijzing " + number + " is gewijzigd."
						: "Toewijzing " + number + " loopt tot en met " + DutchFormat.date(changed.allocation().period().until())
								+ ". Nieuwe toewijzing " + changed.newNumber() + " met de nieuwe omvang gaat in op "
								+ DutchFormat.date(changed.allocation().period().until().plusDays(1)) + ".");
	}

	@GetMapping("/intrekken")
	String checkWithdrawal(@PathVariable long number, @ModelAttribute("form") ChangeForm form, BindingResult errors,
			Model model) {
		var outcome = changes.previewWithdrawal(users.current(), number);
		if (outcome instanceof Outcome.Refused<CurrentAllocation> refused) {
			responses.rejectInto(refused, errors);
			model.addAttribute("refused", true);
		}
		return page(model, number, "allocation/allocation-withdraw-check");
	}

	@PostMapping("/intrekken/bevestigen")
	String withdraw(@PathVariable long number, @ModelAttribute("form") ChangeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = changes.withdraw(users.current(), number);
		if (outcome instanceof Outcome.Refused<AllocationChanges.Changed>) {
			model.addAttribute("refused", true);
		}
		return done(outcome, errors, model, redirect, number, "allocation/allocation-withdraw-check",
				changed -> "Toewijzing " + number + " is ingetrokken. Zij telt als nooit verstuurd.");
	}

	private String checked(Outcome<CurrentAllocation> outcome, BindingResult errors, Model model, long number, String form,
			String check) {
		switch (outcome) {
			case Outcome.Done<CurrentAllocation>(var allocation) -> {
				model.addAttribute("allocation", allocation);
				model.addAttribute("reasons", ChangeReason.values());
				return check;
			}
			case Outcome.Refused<CurrentAllocation> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<CurrentAllocation> stale -> errors.reject("stale", STALE);
			case Outcome.Forbidden<CurrentAllocation> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<CurrentAllocation> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page(model, number, form);
	}

	private String done(Outcome<AllocationChanges.Changed> outcome, BindingResult errors, Model model,
			RedirectAttributes redirect, long number, String form, Function<AllocationChanges.Changed, String> message) {
		switch (outcome) {
			case Outcome.Done<AllocationChanges.Changed>(var changed) -> {
				redirect.addFlashAttribute("message", message.apply(changed));
				return "redirect:/toewijzing/toewijzingen/" + number;
			}
			case Outcome.Refused<AllocationChanges.Changed> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<AllocationChanges.Changed> stale -> errors.reject("stale", STALE);
			case Outcome.Forbidden<AllocationChanges.Changed> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<AllocationChanges.Changed> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page(model, number, form);
	}

	private String page(Model model, long number, String template) {
		model.addAttribute("allocation", required(changes.view(users.current(), number)).allocation());
		model.addAttribute("reasons", ChangeReason.values());
		return template;
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
