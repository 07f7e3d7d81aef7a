package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Step;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.intake.internal.consent.Consent;
import nl.jeugdregie.intake.internal.consent.ConsentGiver;
import nl.jeugdregie.intake.internal.consent.ConsentPurpose;
import nl.jeugdregie.intake.internal.consent.ConsentService;
import nl.jeugdregie.intake.internal.consent.FeedbackKind;
import nl.jeugdregie.intake.internal.file.FileAction;
import nl.jeugdregie.intake.internal.file.HelpRequestController;
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

/** The lifecycle forms on a help request's file: plain posts, Dutch errors next to the fields. */
@Controller
class LifecycleController {

	private final LifecycleService lifecycle;
	private final ConsentService consents;
	private final HelpRequestController files;
	private final CurrentUsers users;
	private final MessageSource messages;

	LifecycleController(LifecycleService lifecycle, ConsentService consents, HelpRequestController files,
			CurrentUsers users, MessageSource messages) {
		this.lifecycle = lifecycle;
		this.consents = consents;
		this.files = files;
		this.users = users;
		this.messages = messages;
	}

	@PostMapping("/hulpvragen/{id}/gesprek")
	String conversation(@PathVariable UUID id, @RequestParam(required = false) @Nullable String heldOn, Model model,
			RedirectAttributes redirect) {
		return perform(id, "conversation", new Step.HoldConversation(date(heldOn)), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/triage")
	String triage(@PathVariable UUID id, @RequestParam(required = false) @Nullable TriageOutcome outcome,
			@RequestParam(required = false) @Nullable Urgency urgency,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String familyExplanation, Model model,
			RedirectAttributes redirect) {
		return perform(id, "triage", new Step.DecideTriage(outcome, urgency, reason, familyExplanation, null),
				model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/doorgaan")
	String continueBeyondMaximum(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			Model model, RedirectAttributes redirect) {
		return perform(id, "continuation", new Step.ContinueBeyondMaximum(reason), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/specialistische-jeugdhulp")
	String specialisedCareNeeded(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return perform(id, "specialisedCare", new Step.NeedSpecialisedCare(), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/aanvraag")
	String application(@PathVariable UUID id, @RequestParam(required = false) @Nullable String appliedOn, Model model,
			RedirectAttributes redirect) {
		return perform(id, "application", new Step.RecordApplication(date(appliedOn)), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/afsluiten")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable ClosureReason reason,
			@RequestParam(required = false) @Nullable String closedOn, Model model, RedirectAttributes redirect) {
		return perform(id, "closure", new Step.Close(reason, date(closedOn)), model, redirect);
	}

	/**
	 * Issue 13 item 2: closing a request is consequential, so the form first shows the answers once more
	 * ("check your answers"); only the button on that page closes the request. Without a reason the closure is
	 * refused at once, with the error on the file.
	 */
	@PostMapping("/hulpvragen/{id}/afsluiten/controleren")
	String checkClosure(@PathVariable UUID id, @RequestParam(required = false) @Nullable ClosureReason reason,
			@RequestParam(required = false) @Nullable String closedOn, Model model, RedirectAttributes redirect) {
		if (reason == null) {
			return close(id, null, closedOn, model, redirect);
		}
		var view = files.file(id, model);
		if (!HelpRequestController.FILE_VIEW.equals(view)) {
			return view;
		}
		model.addAttribute("closureReason", reason);
		model.addAttribute("closedOn", date(closedOn));
		return "intake/closure-check";
	}

	/**
	 * Issue 13 item 2: the application for specialised care is consequential (its term starts), so the date is
	 * shown once more first. Without a readable date it is refused at once, with the error on the file.
	 */
	@PostMapping("/hulpvragen/{id}/aanvraag/controleren")
	String checkApplication(@PathVariable UUID id, @RequestParam(required = false) @Nullable String appliedOn,
			Model model, RedirectAttributes redirect) {
		var date = date(appliedOn);
		if (date == null) {
			return application(id, null, model, redirect);
		}
		var view = files.file(id, model);
		if (!HelpRequestController.FILE_VIEW.equals(view)) {
			return view;
		}
		model.addAttribute("appliedOn", date);
		return "intake/application-check";
	}

	@PostMapping("/hulpvragen/{id}/contactafspraak")
	String contactAgreement(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer everyDays,
			Model model, RedirectAttributes redirect) {
		return perform(id, "contactAgreement", new Step.AgreeContact(everyDays, null), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/contact")
	String waitingContact(@PathVariable UUID id, @RequestParam(required = false) @Nullable String contactedOn,
			Model model, RedirectAttributes redirect) {
		return perform(id, "waitingContact", new Step.RecordContact(date(contactedOn)), model, redirect);
	}

	@PostMapping("/hulpvragen/{id}/toestemming")
	String consent(@PathVariable UUID id, @RequestParam(required = false) @Nullable ConsentGiver givenBy,
			@RequestParam(required = false) @Nullable String givenOn, Model model, RedirectAttributes redirect) {
		return respond(id, "consent", consents.recordConsent(new HelpRequestId(id),
				ConsentPurpose.CONTENT_FEEDBACK_TO_REFERRER, givenBy, date(givenOn), users.current()), model, redirect);
	}

	/**
	 * Issue 13 item 2: withdrawing consent removes the ground for feedback on the content, so it is asked once more
	 * on its own page; only its button (posting to the unchanged withdrawal) withdraws. An unknown or already
	 * withdrawn consent leads back to the consent page.
	 */
	@GetMapping("/hulpvragen/{id}/toestemming/{consent}/intrekken")
	String checkWithdrawal(@PathVariable UUID id, @PathVariable UUID consent, Model model) {
		var view = files.action(id, FileAction.CONSENT, model);
		if (!HelpRequestController.ACTION_VIEW.equals(view)) {
			return view;
		}
		var chosen = model.getAttribute("consents") instanceof java.util.List<?> all ? all.stream()
				.filter(c -> c instanceof Consent given && given.id().equals(consent) && !given.withdrawn())
				.findFirst() : java.util.Optional.empty();
		if (chosen.isEmpty()) {
			return "redirect:/hulpvragen/" + id + "/toestemming";
		}
		model.addAttribute("consent", chosen.get());
		return "intake/consent-withdrawal-check";
	}

	@PostMapping("/hulpvragen/{id}/toestemming/{consent}/intrekken")
	String withdrawConsent(@PathVariable UUID id, @PathVariable UUID consent, Model model, RedirectAttributes redirect) {
		return respond(id, "consent", consents.withdrawConsent(new HelpRequestId(id), consent, users.current()), model,
				redirect);
	}

	@PostMapping("/hulpvragen/{id}/terugkoppeling")
	String feedback(@PathVariable UUID id, @RequestParam(required = false) @Nullable FeedbackKind kind, Model model,
			RedirectAttributes redirect) {
		return respond(id, "feedback", consents.sendFeedback(new HelpRequestId(id), kind, users.current()), model,
				redirect);
	}

	private String perform(UUID id, String form, Step command, Model model, RedirectAttributes redirect) {
		return respond(id, form, lifecycle.perform(new HelpRequestId(id), command, users.current()), model, redirect);
	}

	private String respond(UUID id, String form, Outcome<String> result, Model model, RedirectAttributes redirect) {
		return switch (result) {
			case Outcome.Done<String> done -> {
				redirect.addFlashAttribute("message", done.value() + ".");
				yield "redirect:/hulpvragen/" + id;
			}
			case Outcome.Refused<String> refused -> {
				var errors = new LinkedHashMap<String, String>();
				refused.refusals().forEach(v -> errors.putIfAbsent(v.field(),
						messages.getMessage(v.code(), v.arguments().toArray(), LocaleContextHolder.getLocale())));
				model.addAttribute("lifecycleForm", form);
				model.addAttribute("lifecycleErrors", errors);
				yield files.action(id, FileAction.ofForm(form), model);
			}
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	/** An unreadable date counts as missing; the policies then say what is needed. */
	private static @Nullable LocalDate date(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
