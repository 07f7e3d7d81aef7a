package nl.jeugdregie.plans.internal.followup;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The pages that follow a household's plan (PLAN-1, PLAN-5): its MDOs, progress per goal with evaluations, and the
 * family's plan document on screen and as PDF. Plain HTML forms; a refused form comes back with the Dutch error
 * next to each field and what was typed kept.
 */
@Controller
class PlanFollowUpController {

	/** The follow-up pages, with what opening them is recorded as in the audit trail. */
	enum Page {
		MEETINGS("plans/meetings", "MDO's bekeken"),
		PROGRESS("plans/progress", "Voortgang en evaluaties bekeken"),
		DOCUMENT("plans/document", "Plan voor het gezin bekeken");

		final String template;
		final String audited;

		Page(String template, String audited) {
			this.template = template;
			this.audited = audited;
		}
	}

	private final PlanFollowUpService service;
	private final CurrentUsers users;

	PlanFollowUpController(PlanFollowUpService service, CurrentUsers users) {
		this.service = service;
		this.users = users;
	}

	@ModelAttribute("contributors")
	Contributor[] contributors() { return Contributor.values(); }

	@ModelAttribute("goalStatuses")
	GoalStatus[] goalStatuses() { return GoalStatus.values(); }

	@ModelAttribute("moments")
	EvaluationMoment[] moments() { return EvaluationMoment.values(); }

	@ModelAttribute("continuations")
	ContinuationOutcome[] continuations() { return ContinuationOutcome.values(); }

	@GetMapping("/gezinnen/{id}/mdo")
	String meetings(@PathVariable UUID id, Model model) {
		return show(Page.MEETINGS, id, model);
	}

	@GetMapping("/gezinnen/{id}/voortgang")
	String progress(@PathVariable UUID id, Model model) {
		return show(Page.PROGRESS, id, model);
	}

	@GetMapping("/gezinnen/{id}/plan/gezin")
	String document(@PathVariable UUID id, Model model) {
		return show(Page.DOCUMENT, id, model);
	}

	@GetMapping("/gezinnen/{id}/plan/gezin.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return switch (service.open(new HouseholdId(id), users.current(), "Plan voor het gezin als PDF gedownload")) {
			case FollowUpOpening.Opened opened ->
				PlanFollowUpApiController.pdf(PlanDocument.of(opened.followUp(), service.today()));
			case FollowUpOpening.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FollowUpOpening.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	@PostMapping("/gezinnen/{id}/mdo")
	String recordMeeting(@PathVariable UUID id, @ModelAttribute("form") FollowUpForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return save(Page.MEETINGS, id, binding, model, redirect, response, "Het MDO is vastgelegd. Het plan heeft een nieuwe versie.",
				() -> form.getPlanVersion() == null ? Outcome.<UUID>stale(0) // no version in the form: read again
						: service.recordMeeting(new HouseholdId(id), form.getPlanVersion(), form.meetingCommand(),
								users.current()));
	}

	@PostMapping("/gezinnen/{id}/voortgang")
	String recordProgress(@PathVariable UUID id, @ModelAttribute("form") FollowUpForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return save(Page.PROGRESS, id, binding, model, redirect, response, "De voortgang is vastgelegd.",
				() -> service.recordProgress(new HouseholdId(id), form.progressCommand(), users.current()));
	}

	@PostMapping("/gezinnen/{id}/evaluaties")
	String evaluate(@PathVariable UUID id, @ModelAttribute("form") FollowUpForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return save(Page.PROGRESS, id, binding, model, redirect, response, "De evaluatie is vastgelegd.",
				() -> service.evaluate(new HouseholdId(id), form.evaluationCommand(), users.current()));
	}

	/**
	 * Issue 13, item 2: closing the plan (an evaluation at closure) is consequential, so the form posts here first
	 * and a check page shows the answers; its button posts them unchanged to {@code /evaluaties}. Any other
	 * evaluation, or a form with errors, is handled as {@code /evaluaties} handles it.
	 */
	@PostMapping("/gezinnen/{id}/evaluaties/controleren")
	String checkEvaluation(@PathVariable UUID id, @ModelAttribute("form") FollowUpForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors() || form.getMoment() != EvaluationMoment.CLOSURE) {
			return evaluate(id, form, binding, model, redirect, response);
		}
		return switch (service.open(new HouseholdId(id), users.current(), "Plan afsluiten gecontroleerd")) {
			case FollowUpOpening.Opened opened -> {
				var refusals = service.evaluationRefusals(opened.followUp(), form.evaluationCommand());
				if (!refusals.isEmpty()) {
					refusals.forEach(v -> binding.rejectValue(v.field(), v.code(), v.arguments().toArray(), null));
					response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
					yield render(Page.PROGRESS, opened.followUp(), model);
				}
				render(Page.PROGRESS, opened.followUp(), model);
				model.addAttribute("realisation", opened.followUp().realisation());
				yield "plans/evaluation-check";
			}
			case FollowUpOpening.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FollowUpOpening.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private String save(Page page, UUID id, BindingResult binding, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message, Supplier<Outcome<UUID>> work) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(page, id, model);
		}
		return switch (work.get()) {
			case Outcome.Done<UUID> saved -> {
				redirect.addFlashAttribute("message", message);
				// Back to the household's summary, whose task list and banner show what changed.
				yield "redirect:/gezinnen/" + id;
			}
			case Outcome.Refused<UUID> invalid -> {
				invalid.refusals().forEach(v -> binding.rejectValue(v.field(), v.code(), v.arguments().toArray(), null));
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				yield show(page, id, model);
			}
			case Outcome.Stale<UUID> stale -> {
				model.addAttribute("conflict", true);
				response.setStatus(HttpStatus.CONFLICT.value());
				yield show(page, id, model);
			}
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<UUID> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	/** Renders a follow-up page; a form with errors in the model stays as the user typed it. */
	private String show(Page page, UUID id, Model model) {
		return switch (service.open(new HouseholdId(id), users.current(), page.audited)) {
			case FollowUpOpening.Opened opened -> render(page, opened.followUp(), model);
			case FollowUpOpening.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FollowUpOpening.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private String render(Page page, PlanFollowUp followUp, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new FollowUpForm());
		}
		var form = (FollowUpForm) model.getAttribute("form");
		form.padParticipants();
		form.setPlanVersion(followUp.file().plan().currentVersion());
		model.addAttribute("file", followUp.file());
		model.addAttribute("followUp", followUp);
		model.addAttribute("document", PlanDocument.of(followUp, service.today()));
		model.addAttribute("today", service.today());
		return page.template;
	}
}
