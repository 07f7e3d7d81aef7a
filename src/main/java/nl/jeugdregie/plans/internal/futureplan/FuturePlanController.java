package nl.jeugdregie.plans.internal.futureplan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.HouseholdId;
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

/** The future plan 18-/18+ pages of a household and the team's worklist of young people turning 18 (PLAN-4). */
@Controller
class FuturePlanController {

	private final FuturePlanService service;
	private final CurrentUsers users;

	FuturePlanController(FuturePlanService service, CurrentUsers users) {
		this.service = service;
		this.users = users;
	}

	@ModelAttribute("futureDomains")
	FutureDomain[] futureDomains() { return FutureDomain.values(); }

	@ModelAttribute("futureDateKinds")
	FutureDateKind[] futureDateKinds() { return FutureDateKind.values(); }

	@GetMapping("/toekomstplannen")
	String worklist(Model model) {
		model.addAttribute("worklist", service.worklist(users.current()));
		return "plans/future-worklist";
	}

	@GetMapping("/gezinnen/{id}/toekomstplan")
	String overview(@PathVariable UUID id, Model model) {
		return showOverview(id, model);
	}

	@PostMapping("/gezinnen/{id}/toekomstplan")
	String create(@PathVariable UUID id, @ModelAttribute("form") FuturePlanForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return showOverview(id, model);
		}
		var outcome = service.create(new HouseholdId(id), form.plan(), users.current());
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> {
				redirect.addFlashAttribute("message", "Het toekomstplan is gemaakt. Vul nu de leefgebieden in.");
				yield "redirect:/gezinnen/" + id + "/toekomstplan/" + saved.value();
			}
			case Outcome.Refused<UUID> invalid -> {
				invalid.refusals().forEach(v -> reject(binding, v));
				if (invalid.refusals().stream().anyMatch(FuturePlanController::isRefusal)) {
					response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				}
				yield showOverview(id, model);
			}
			case Outcome.NotFound<UUID> notFound -> throw refusal(outcome);
			case Outcome.Forbidden<UUID> refused -> throw refusal(outcome);
			case Outcome.Stale<UUID> stale -> throw new IllegalStateException("A new plan has no version to be stale");
		};
	}

	@GetMapping("/gezinnen/{id}/toekomstplan/{plan}")
	String plan(@PathVariable UUID id, @PathVariable UUID plan, Model model) {
		return showPlan(id, plan, model);
	}

	@PostMapping("/gezinnen/{id}/toekomstplan/{plan}/leefgebieden")
	String saveDomain(@PathVariable UUID id, @PathVariable UUID plan, @ModelAttribute("form") FuturePlanForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors() || form.getPlanVersion() == null) {
			return showPlan(id, plan, model);
		}
		var outcome = service.saveDomain(new HouseholdId(id), plan, form.getPlanVersion(), form.domainEntry(),
				users.current());
		return after(outcome, id, plan, "Het leefgebied is vastgelegd in het toekomstplan.", binding, model, redirect,
				response);
	}

	@PostMapping("/gezinnen/{id}/toekomstplan/{plan}/datums")
	String addDate(@PathVariable UUID id, @PathVariable UUID plan, @ModelAttribute("form") FuturePlanForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors() || form.getPlanVersion() == null) {
			return showPlan(id, plan, model);
		}
		var outcome = service.addDate(new HouseholdId(id), plan, form.getPlanVersion(), form.keyDate(), users.current());
		return after(outcome, id, plan, "De datum is toegevoegd aan het toekomstplan.", binding, model, redirect,
				response);
	}

	private String after(Outcome<UUID> outcome, UUID id, UUID plan, String message, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> {
				redirect.addFlashAttribute("message", message);
				yield "redirect:/gezinnen/" + id + "/toekomstplan/" + plan;
			}
			case Outcome.Refused<UUID> invalid -> {
				invalid.refusals().forEach(v -> reject(binding, v));
				yield showPlan(id, plan, model);
			}
			case Outcome.Stale<UUID> stale -> {
				model.addAttribute("conflict", true);
				response.setStatus(HttpStatus.CONFLICT.value());
				yield showPlan(id, plan, model);
			}
			case Outcome.NotFound<UUID> notFound -> throw refusal(outcome);
			case Outcome.Forbidden<UUID> refused -> throw refusal(outcome);
		};
	}

	private String showOverview(UUID id, Model model) {
		return switch (service.overview(new HouseholdId(id), users.current(), "Toekomstplannen bekeken")) {
			case FuturePlanViews.Opening.Opened<FuturePlanViews.Overview> opened -> {
				formIn(model);
				model.addAttribute("overview", opened.view());
				model.addAttribute("file", opened.view().file());
				yield "plans/future-plans";
			}
			case FuturePlanViews.Opening.NotFound<FuturePlanViews.Overview> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FuturePlanViews.Opening.Forbidden<FuturePlanViews.Overview> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private String showPlan(UUID id, UUID plan, Model model) {
		return switch (service.plan(new HouseholdId(id), plan, users.current(), "Toekomstplan bekeken")) {
			case FuturePlanViews.Opening.Opened<FuturePlanViews.PlanPage> opened -> {
				var form = formIn(model);
				form.setPlanVersion(opened.view().plan().version());
				model.addAttribute("page", opened.view());
				model.addAttribute("file", opened.view().file());
				yield "plans/future-plan";
			}
			case FuturePlanViews.Opening.NotFound<FuturePlanViews.PlanPage> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FuturePlanViews.Opening.Forbidden<FuturePlanViews.PlanPage> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private static FuturePlanForm formIn(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new FuturePlanForm());
		}
		return (FuturePlanForm) model.getAttribute("form");
	}

	static boolean isRefusal(Refusal refusal) {
		return refusal.code().equals("plans.future.age.outOfRange")
				|| refusal.code().equals("plans.future.dateOfBirth.unknown");
	}

	private static ResponseStatusException refusal(Outcome<UUID> outcome) {
		return new ResponseStatusException(outcome instanceof Outcome.NotFound<UUID> ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
	}

	private static void reject(BindingResult binding, Refusal refusal) {
		binding.rejectValue(refusal.field(), refusal.code(), refusal.arguments().toArray(), null);
	}
}
