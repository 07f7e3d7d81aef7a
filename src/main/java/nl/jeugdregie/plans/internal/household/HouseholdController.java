package nl.jeugdregie.plans.internal.household;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.audit.AccessReason;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.HeavyStepDocumentKind;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.heavystep.HeavyStepRefusals;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.plans.internal.plan.LifeDomain;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import nl.jeugdregie.plans.internal.household.summary.HouseholdSummarySource;
import nl.jeugdregie.plans.internal.household.summary.HouseholdTasks;

/**
 * The household pages: the household with its members and case director, the cooperation plan, and heavy steps.
 * Plain HTML forms; a refused form comes back with the Dutch error next to each field and what was typed kept.
 */
@Controller
class HouseholdController {

	/**
	 * The pages of a household, with what opening them is recorded as in the audit trail and where a saved form on
	 * them returns to: the summary (path "") with a notification banner, or the page itself.
	 */
	enum Page {
		HOUSEHOLD("", "plans/household", "Huishouden bekeken", ""),
		MEMBER("/leden/nieuw", "plans/member-new", "Huishouden bekeken (persoon toevoegen)", ""),
		DIRECTOR("/regisseur", "plans/director", "Huishouden bekeken (regisseur)", ""),
		PLAN("/plan", "plans/plan", "Samenwerkingsplan bekeken", "/plan"),
		WISH("/plan/wensen", "plans/plan-wish", "Samenwerkingsplan bekeken (ik wil, ik kan, ik heb nodig)", ""),
		GOAL("/plan/doelen", "plans/plan-goal", "Samenwerkingsplan bekeken (doel toevoegen)", ""),
		ACTION("/plan/acties", "plans/plan-action", "Samenwerkingsplan bekeken (actie toevoegen)", ""),
		AGREEMENT("/plan/akkoord", "plans/plan-agreement", "Samenwerkingsplan bekeken (akkoord van het gezin)", ""),
		HEAVY_STEPS("/zware-stappen", "plans/heavy-steps", "Zware stappen bekeken", "/zware-stappen"),
		HEAVY_STEP_CHECK("", "plans/heavy-step-check", "Zware stappen bekeken (besluit controleren)", "/zware-stappen");

		/** Where the page is shown, after {@code /gezinnen/{id}}; the check page is only ever posted to. */
		final String address;
		final String template;
		final String audited;
		/** Where a saved change goes back to, after {@code /gezinnen/{id}}. */
		final String path;

		Page(String address, String template, String audited, String path) {
			this.address = address;
			this.template = template;
			this.audited = audited;
			this.path = path;
		}

		static Page at(String address) {
			for (var page : values()) {
				if (page != HEAVY_STEP_CHECK && page.address.equals(address)) {
					return page;
				}
			}
			throw new IllegalArgumentException("No household page at " + address);
		}
	}

	private final HouseholdService service;
	private final CurrentUsers users;
	private final HouseholdSummarySource summaries;

	HouseholdController(HouseholdService service, CurrentUsers users, HouseholdSummarySource summaries) {
		this.service = service;
		this.users = users;
		this.summaries = summaries;
	}

	@ModelAttribute("memberRoles")
	MemberRole[] memberRoles() { return MemberRole.values(); }

	@ModelAttribute("lifeDomains")
	LifeDomain[] lifeDomains() { return LifeDomain.values(); }

	@ModelAttribute("contributors")
	Contributor[] contributors() { return Contributor.values(); }

	@ModelAttribute("documentKinds")
	HeavyStepDocumentKind[] documentKinds() { return HeavyStepDocumentKind.values(); }

	@ModelAttribute("stepKinds")
	HeavyStepKind[] stepKinds() { return HeavyStepKind.values(); }

	@GetMapping("/gezinnen/nieuw")
	String newHousehold(@RequestParam(name = "hulpvraag", required = false) @Nullable UUID helpRequest, Model model) {
		if (!users.current().role().worksOnCases()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var form = new PlansForm();
		form.setHelpRequest(helpRequest);
		model.addAttribute("form", form);
		return "plans/new";
	}

	@PostMapping("/gezinnen")
	String create(@ModelAttribute("form") PlansForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "plans/new";
		}
		return switch (service.create(form.household(), users.current())) {
			case Outcome.Done<UUID> saved -> {
				redirect.addFlashAttribute("message", "Het gezin is aangemaakt. U bent de regisseur.");
				yield "redirect:/gezinnen/" + saved.value();
			}
			case Outcome.Refused<UUID> invalid -> {
				invalid.refusals().forEach(v -> reject(binding, v));
				yield "plans/new";
			}
			case Outcome.Forbidden<UUID> refused -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<UUID> notFound -> throw new IllegalStateException("A new household is never not found");
			case Outcome.Stale<UUID> stale -> throw new IllegalStateException("A new household has no version to be stale");
		};
	}

	/**
	 * PLAN-3: the team lead's list of young people found in more than one household, each with the households to
	 * merge into one ("één gezin, één plan, één regisseur"). Nothing is deleted; the team lead decides.
	 */
	@GetMapping("/gezinnen/dubbel")
	String duplicates(Model model) {
		var user = users.current();
		var duplicates = service.duplicates(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("workers", service.directorCandidates(user.municipality()));
		return "plans/duplicates";
	}

	/**
	 * The household and each of its pages (issue 13, item 2: each action on its own page; the form posts to the
	 * unchanged URL): one handler, the page known by the address pattern it was asked at.
	 */
	@GetMapping({ "/gezinnen/{id}", "/gezinnen/{id}/leden/nieuw", "/gezinnen/{id}/regisseur",
			"/gezinnen/{id}/plan/wensen", "/gezinnen/{id}/plan/doelen", "/gezinnen/{id}/plan/acties",
			"/gezinnen/{id}/plan/akkoord", "/gezinnen/{id}/plan", "/gezinnen/{id}/zware-stappen" })
	String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
		var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return show(Page.at(pattern.substring("/gezinnen/{id}".length())), id, null, model);
	}

	/** Opening a household of another team: the reason comes in a POST so it stays out of URLs and logs. */
	@PostMapping("/gezinnen/{id}/inzage")
	String withReason(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(name = "pagina", required = false) @Nullable Page page, Model model) {
		if (reason != null && !AccessReason.isAcceptable(reason)) {
			model.addAttribute("reasonError", "Geef een reden van minimaal " + AccessReason.MIN_LENGTH
					+ " en maximaal " + AccessReason.MAX_LENGTH + " tekens.");
		}
		return show(page == null ? Page.HOUSEHOLD : page, id, reason, model);
	}

	@PostMapping("/gezinnen/{id}/leden")
	String addMember(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.MEMBER, id, form.getHouseholdVersion(), version -> service.addMember(new HouseholdId(id), version, form.member(), users.current()),
				"De persoon is toegevoegd aan het gezin.", new Answer(binding, model, redirect, response));
	}

	@PostMapping("/gezinnen/{id}/regisseur")
	String changeDirector(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.DIRECTOR, id, form.getHouseholdVersion(), version -> service.changeDirector(new HouseholdId(id), version, form.director(), users.current()),
				"De regisseur is gewijzigd.", new Answer(binding, model, redirect, response));
	}

	@PostMapping("/gezinnen/{id}/plan/wensen")
	String addWish(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.WISH, id, form.getPlanVersion(), version -> service.addWish(new HouseholdId(id), version, form.wish(), users.current()),
				"Ik wil, ik kan, ik heb nodig is toegevoegd aan het plan.", new Answer(binding, model, redirect, response));
	}

	@PostMapping("/gezinnen/{id}/plan/doelen")
	String addGoal(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.GOAL, id, form.getPlanVersion(), version -> service.addGoal(new HouseholdId(id), version, form.goal(), users.current()),
				"Het doel is toegevoegd aan het plan.", new Answer(binding, model, redirect, response));
	}

	@PostMapping("/gezinnen/{id}/plan/acties")
	String addAction(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.ACTION, id, form.getPlanVersion(), version -> service.addAction(new HouseholdId(id), version, form.action(), users.current()),
				"De actie is toegevoegd aan het plan.", new Answer(binding, model, redirect, response));
	}

	@PostMapping("/gezinnen/{id}/plan/akkoord")
	String recordAgreement(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.AGREEMENT, id, form.getPlanVersion(), version -> service.recordAgreement(new HouseholdId(id), version, form.agreement(), users.current()),
				"Wat het gezin van het plan vindt, is vastgelegd.", new Answer(binding, model, redirect, response));
	}

	@PostMapping("/gezinnen/{id}/documenten")
	String recordDocument(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.HEAVY_STEPS, id, id, unversioned -> service.recordDocument(new HouseholdId(id), form.document(), users.current()),
				"Het document is vastgelegd.", new Answer(binding, model, redirect, response));
	}

	@PostMapping("/gezinnen/{id}/zware-stappen")
	String recordHeavyStep(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(Page.HEAVY_STEPS, id, id, unversioned -> service.recordHeavyStep(new HouseholdId(id), form.heavyStep(), users.current()),
				"De zware stap is vastgelegd.", new Answer(binding, model, redirect, response));
	}

	/**
	 * Issue 13, item 2: a heavy step is a key decision, so its form posts here first; allowed by the rules, the check
	 * page shows the answers and its button posts them unchanged to {@code /zware-stappen}. Refused, the form comes
	 * back with the reasons as {@code /zware-stappen} answers them.
	 */
	@PostMapping("/gezinnen/{id}/zware-stappen/controleren")
	String checkHeavyStep(@PathVariable UUID id, @ModelAttribute("form") PlansForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return show(Page.HEAVY_STEPS, id, null, model);
		}
		var outcome = service.checkHeavyStep(new HouseholdId(id), form.heavyStep(), users.current());
		if (outcome instanceof Outcome.Done<UUID>) {
			return show(Page.HEAVY_STEP_CHECK, id, null, model);
		}
		return after(outcome, Page.HEAVY_STEPS, id, "", binding, model, redirect, response);
	}

	/** What a posted form is answered with: its errors, the page's model, the flash message and the status. */
	private record Answer(BindingResult binding, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {}

	/**
	 * One posted change of a page: the page again when the form does not bind or lacks the version it was read at
	 * (unversioned changes pass the household's id), otherwise the change and its outcome.
	 */
	private <V> String change(Page page, UUID id, @Nullable V version, Function<V, Outcome<UUID>> change,
			String message, Answer answer) {
		if (answer.binding().hasErrors() || version == null) {
			return show(page, id, null, answer.model());
		}
		return after(change.apply(version), page, id, message, answer.binding(), answer.model(), answer.redirect(),
				answer.response());
	}

	private String after(Outcome<UUID> outcome, Page page, UUID id, String message, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> {
				redirect.addFlashAttribute("message", message);
				// Back to the top of the page, where the message confirms what was saved.
				yield "redirect:/gezinnen/" + id + page.path;
			}
			case Outcome.Refused<UUID> refused when HeavyStepRefusals.in(refused) -> {
				refused.refusals().forEach(r -> binding.rejectValue(r.field(), r.code(),
						new Object[] { HeavyStepRefusals.explanation(r) }, HeavyStepRefusals.explanation(r)));
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				yield show(page, id, null, model);
			}
			case Outcome.Refused<UUID> invalid -> {
				invalid.refusals().forEach(v -> reject(binding, v));
				yield show(page, id, null, model);
			}
			case Outcome.Stale<UUID> stale -> {
				model.addAttribute("conflict", true);
				response.setStatus(HttpStatus.CONFLICT.value());
				yield show(page, id, null, model);
			}
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<UUID> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	/** Renders a page of the household; a form with errors in the model stays as the user typed it. */
	private String show(Page page, UUID id, @Nullable String reason, Model model) {
		return switch (service.open(new HouseholdId(id), users.current(), reason, page.audited)) {
			case HouseholdOpening.Opened opened -> {
				var file = opened.file();
				if (!model.containsAttribute("form")) {
					model.addAttribute("form", new PlansForm());
				}
				var form = (PlansForm) model.getAttribute("form");
				form.setHouseholdVersion(file.household().version());
				form.setPlanVersion(file.plan().currentVersion());
				model.addAttribute("file", file);
				model.addAttribute("candidates", service.directorCandidates(file.household().municipality()));
				model.addAttribute("today", service.today());
				if (page == Page.HOUSEHOLD) {
					var summary = summaries.summaryOf(file);
					model.addAttribute("summary", summary);
					model.addAttribute("tasks", HouseholdTasks.of(file, summary, service.today()));
				}
				yield page.template;
			}
			case HouseholdOpening.ReasonRequired required -> {
				model.addAttribute("number", required.number());
				model.addAttribute("householdId", required.id());
				model.addAttribute("page", page.name());
				yield "plans/reason";
			}
			case HouseholdOpening.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case HouseholdOpening.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private static void reject(BindingResult binding, Refusal refusal) {
		binding.rejectValue(refusal.field(), refusal.code(), refusal.arguments().toArray(), null);
	}
}
