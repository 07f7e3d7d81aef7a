package nl.jeugdregie.plans.internal.socialwork;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.ExitRoute;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;
import nl.jeugdregie.plans.internal.futureplan.FuturePlanViews;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
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

/** The pages of individual social work for adults (PLAN-8, PLAN-9): the team's worklist and a trajectory's file. */
@Controller
class SocialWorkController {

	/** Refusals of a rule, answered with 422 next to the form: not a typing error but a step the rules forbid. */
	static boolean isRefusal(Refusal refusal) {
		return refusal.code().equals("socialwork.clarification.limit") || refusal.code().equals("socialwork.state.wrong")
				|| refusal.code().equals("socialwork.residentDateOfBirth.minor");
	}

	private final SocialWorkService service;
	private final CurrentUsers users;

	SocialWorkController(SocialWorkService service, CurrentUsers users) {
		this.service = service;
		this.users = users;
	}

	@ModelAttribute("trajectoryKinds")
	TrajectoryKind[] trajectoryKinds() { return TrajectoryKind.values(); }

	@ModelAttribute("contactKinds")
	ContactKind[] contactKinds() { return new ContactKind[] { ContactKind.CONTACT, ContactKind.EVALUATION }; }

	@ModelAttribute("initiators")
	ContactInitiator[] initiators() { return ContactInitiator.values(); }

	@ModelAttribute("exitRoutes")
	ExitRoute[] exitRoutes() { return ExitRoute.values(); }

	@GetMapping("/maatschappelijk-werk")
	String worklist(Model model) {
		model.addAttribute("worklist", service.worklist(users.current()));
		return "plans/social-work-worklist";
	}

	@GetMapping("/maatschappelijk-werk/nieuw")
	String newTrajectory(Model model) {
		var form = new SocialWorkForm();
		form.setRegisteredOn(service.today());
		model.addAttribute("form", form);
		return "plans/social-work-new";
	}

	@PostMapping("/maatschappelijk-werk")
	String register(@ModelAttribute("form") SocialWorkForm form, BindingResult binding, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			return "plans/social-work-new";
		}
		var outcome = service.register(form.trajectory(), users.current());
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> {
				redirect.addFlashAttribute("message", "De aanmelding is vastgelegd. Plan het eerste gesprek.");
				yield "redirect:/maatschappelijk-werk/" + saved.value();
			}
			case Outcome.Refused<UUID> invalid -> {
				reject(binding, invalid, response);
				yield "plans/social-work-new";
			}
			case Outcome.Forbidden<UUID> refused -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<UUID> notFound -> throw new IllegalStateException("A new trajectory is never not found");
			case Outcome.Stale<UUID> stale -> throw new IllegalStateException("A new trajectory has no version to be stale");
		};
	}

	@GetMapping("/maatschappelijk-werk/{id}")
	String trajectory(@PathVariable UUID id, Model model) {
		return show(id, model);
	}

	@PostMapping("/maatschappelijk-werk/{id}/vraagverheldering")
	String conversation(@PathVariable UUID id, @ModelAttribute("form") SocialWorkForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors() || form.getVersion() == null) {
			return show(id, model);
		}
		var outcome = service.recordClarificationConversation(new SocialWorkTrajectoryId(id), form.getVersion(),
				form.conversation(), users.current());
		return after(outcome, id, "Het gesprek is vastgelegd.", binding, model, redirect, response);
	}

	@PostMapping("/maatschappelijk-werk/{id}/verhelderd")
	String clarified(@PathVariable UUID id, @ModelAttribute("form") SocialWorkForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors() || form.getVersion() == null) {
			return show(id, model);
		}
		var outcome = service.completeClarification(new SocialWorkTrajectoryId(id), form.getVersion(), form.clarified(),
				users.current());
		return after(outcome, id, "De vraagverheldering is afgerond. Het traject loopt.", binding, model, redirect,
				response);
	}

	@PostMapping("/maatschappelijk-werk/{id}/contacten")
	String contact(@PathVariable UUID id, @ModelAttribute("form") SocialWorkForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors() || form.getVersion() == null) {
			return show(id, model);
		}
		var outcome = service.recordContact(new SocialWorkTrajectoryId(id), form.getVersion(), form.contact(),
				users.current());
		return after(outcome, id, "Het contact is vastgelegd.", binding, model, redirect, response);
	}

	@PostMapping("/maatschappelijk-werk/{id}/afsluiten")
	String close(@PathVariable UUID id, @ModelAttribute("form") SocialWorkForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors() || form.getVersion() == null) {
			return show(id, model);
		}
		var outcome = service.close(new SocialWorkTrajectoryId(id), form.getVersion(), form.closure(), users.current());
		return after(outcome, id, "Het traject is afgesloten.", binding, model, redirect, response);
	}

	private String after(Outcome<UUID> outcome, UUID id, String message, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> {
				redirect.addFlashAttribute("message", message);
				yield "redirect:/maatschappelijk-werk/" + id;
			}
			case Outcome.Refused<UUID> invalid -> {
				reject(binding, invalid, response);
				yield show(id, model);
			}
			case Outcome.Stale<UUID> stale -> {
				model.addAttribute("conflict", true);
				response.setStatus(HttpStatus.CONFLICT.value());
				yield show(id, model);
			}
			case Outcome.NotFound<UUID> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> refused -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private String show(UUID id, Model model) {
		return switch (service.open(new SocialWorkTrajectoryId(id), users.current(), "Traject maatschappelijk werk bekeken")) {
			case FuturePlanViews.Opening.Opened<SocialWorkViews.Trajectory> opened -> {
				if (!model.containsAttribute("form")) {
					model.addAttribute("form", new SocialWorkForm());
				}
				((SocialWorkForm) model.getAttribute("form")).setVersion(opened.view().trajectory().version());
				model.addAttribute("view", opened.view());
				model.addAttribute("today", service.today());
				yield "plans/social-work-trajectory";
			}
			case FuturePlanViews.Opening.NotFound<SocialWorkViews.Trajectory> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FuturePlanViews.Opening.Forbidden<SocialWorkViews.Trajectory> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private static void reject(BindingResult binding, Outcome.Refused<UUID> invalid, HttpServletResponse response) {
		invalid.refusals().forEach(v -> binding.rejectValue(v.field(), v.code(), v.arguments().toArray(), null));
		if (invalid.refusals().stream().anyMatch(SocialWorkController::isRefusal)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}
}
