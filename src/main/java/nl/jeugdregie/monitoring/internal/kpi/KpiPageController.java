package nl.jeugdregie.monitoring.internal.kpi;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The KPI pages (MON-4): the yearly overview per action line for team leads and policy officers, with CSV and PDF;
 * the policy officer keeps the action lines, their KPIs per year and the hand-entered results. Every form works
 * without JavaScript and shows a refusal in Dutch next to the field, with what was typed.
 */
@Controller
class KpiPageController {

	private static final String OVERVIEW = "/rapportages/kpi";
	private static final String ACTION_LINE = "actionLineForm";
	private static final String KPI = "kpiForm";
	private static final String REALISATION = "realisationForm";

	private final KpiService kpis;
	private final KpiExport export;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	KpiPageController(KpiService kpis, KpiExport export, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.kpis = kpis;
		this.export = export;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	// ---- Overview and exports (team lead and policy officer)

	@GetMapping(OVERVIEW)
	String overview(@RequestParam(name = "jaar", required = false) @Nullable String year, Model model) {
		var chosen = year == null ? Integer.toString(today().getYear()) : year.strip();
		model.addAttribute("year", chosen);
		model.addAttribute("canEdit", canEdit());
		switch (KpiYear.parse(chosen, today())) {
			case KpiYear.Refused refused -> model.addAttribute("yearError", responses.message(refused.refusal()));
			case KpiYear.Accepted accepted -> model.addAttribute("view", kpis.year(municipality(), accepted.year()));
		}
		return "monitoring/kpi/overview";
	}

	@GetMapping(OVERVIEW + ".csv")
	ResponseEntity<?> csv(@RequestParam(name = "jaar", required = false) @Nullable String year) {
		return export.of(municipality(), KpiYear.parse(year, today()), KpiExport.Format.CSV);
	}

	@GetMapping(OVERVIEW + ".pdf")
	ResponseEntity<?> pdf(@RequestParam(name = "jaar", required = false) @Nullable String year) {
		return export.of(municipality(), KpiYear.parse(year, today()), KpiExport.Format.PDF);
	}

	// ---- Keeping action lines and KPIs (policy officer; see SecurityConfiguration)

	@PostMapping(OVERVIEW + "/overnemen")
	String copyPreviousYear(@RequestParam(name = "jaar", required = false) @Nullable String year,
			RedirectAttributes redirect) {
		switch (KpiCommands.CopyPreviousYear.of(year, today()).then(copy -> kpis.copyPreviousYear(municipality(), copy, by()))) {
			case Outcome.Done<Integer>(Integer count) -> redirect.addFlashAttribute("confirmation", count == 1
					? "1 KPI van vorig jaar is overgenomen." : count + " KPI's van vorig jaar zijn overgenomen.");
			case Outcome.Refused<Integer>(var refusals) -> redirect.addFlashAttribute("refusal",
					responses.message(refusals.getFirst()));
			case Outcome.NotFound<Integer> _, Outcome.Forbidden<Integer> _, Outcome.Stale<Integer> _ -> throw notFound();
		}
		redirect.addAttribute("jaar", year == null ? "" : year.strip());
		return "redirect:" + OVERVIEW;
	}

	@GetMapping(OVERVIEW + "/actielijnen/nieuw")
	String newActionLine(Model model) {
		model.addAttribute(ACTION_LINE, new KpiForms.ActionLineForm());
		return "monitoring/kpi/new-action-line";
	}

	@PostMapping(OVERVIEW + "/actielijnen")
	String addActionLine(@ModelAttribute(ACTION_LINE) KpiForms.ActionLineForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return switch (KpiCommands.AddActionLine.of(form.getCode(), form.getName(), form.getGoal())
				.then(line -> kpis.addActionLine(municipality(), line, by()))) {
			case Outcome.Done<ActionLineId>(ActionLineId id) -> {
				redirect.addFlashAttribute("confirmation", "Actielijn " + form.getCode().strip() + " is toegevoegd.");
				yield "redirect:" + OVERVIEW + "/actielijnen/" + id;
			}
			case Outcome.Refused<ActionLineId> refused -> {
				reject(binding, refused);
				yield "monitoring/kpi/new-action-line";
			}
			case Outcome.NotFound<ActionLineId> _, Outcome.Forbidden<ActionLineId> _, Outcome.Stale<ActionLineId> _ ->
					throw notFound();
		};
	}

	@GetMapping(OVERVIEW + "/actielijnen/{id}")
	String actionLine(@PathVariable String id, Model model) {
		var line = line(id);
		model.addAttribute(ACTION_LINE, KpiForms.ActionLineForm.of(line));
		return actionLinePage(line, model);
	}

	@GetMapping(OVERVIEW + "/actielijnen/{id}/kpis/nieuw")
	String newKpi(@PathVariable String id, @RequestParam(name = "jaar", required = false) @Nullable String year,
			Model model) {
		model.addAttribute(KPI, KpiForms.KpiForm.forYear(chosenYear(year)));
		return newKpiPage(line(id), model);
	}

	@PostMapping(OVERVIEW + "/actielijnen/{id}")
	String changeActionLine(@PathVariable String id, @ModelAttribute(ACTION_LINE) KpiForms.ActionLineForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		var line = line(id);
		var lineId = new ActionLineId(line.id());
		return switch (KpiCommands.ChangeActionLine.of(lineId, form.getCode(), form.getName(), form.getGoal(),
						binding.hasFieldErrors("version") ? null : form.getVersion())
				.then(change -> kpis.changeActionLine(municipality(), change, by()))) {
			case Outcome.Done<ActionLineId> _ -> {
				redirect.addFlashAttribute("confirmation", "De actielijn is opgeslagen.");
				yield "redirect:" + OVERVIEW + "/actielijnen/" + line.id();
			}
			case Outcome.Refused<ActionLineId> refused -> {
				reject(binding, refused);
				yield actionLinePage(line, model);
			}
			case Outcome.Stale<ActionLineId> _ -> {
				model.addAttribute("conflict", true);
				var fresh = line(id);
				model.addAttribute(ACTION_LINE, KpiForms.ActionLineForm.of(fresh));
				yield actionLinePage(fresh, model);
			}
			case Outcome.NotFound<ActionLineId> _, Outcome.Forbidden<ActionLineId> _ -> throw notFound();
		};
	}

	@PostMapping(OVERVIEW + "/actielijnen/{id}/verwijderen")
	String removeActionLine(@PathVariable String id, @RequestParam(name = "version", required = false) @Nullable Integer version,
			Model model, RedirectAttributes redirect) {
		var line = line(id);
		return switch (KpiCommands.RemoveActionLine.of(new ActionLineId(line.id()), version)
				.then(removal -> kpis.removeActionLine(municipality(), removal))) {
			case Outcome.Done<ActionLineId> _ -> {
				redirect.addFlashAttribute("confirmation", "Actielijn " + line.code() + " is verwijderd.");
				yield "redirect:" + OVERVIEW;
			}
			case Outcome.Refused<ActionLineId>(var refusals) when refusals.getFirst().concernsWhole() -> {
				model.addAttribute("refusal", responses.message(refusals.getFirst()));
				yield actionLineAgain(line, model);
			}
			case Outcome.Refused<ActionLineId> _ -> {
				model.addAttribute("conflict", true);
				yield actionLineAgain(line, model);
			}
			case Outcome.Stale<ActionLineId> _ -> {
				model.addAttribute("conflict", true);
				yield actionLineAgain(line(id), model);
			}
			case Outcome.NotFound<ActionLineId> _, Outcome.Forbidden<ActionLineId> _ -> throw notFound();
		};
	}

	@PostMapping(OVERVIEW + "/actielijnen/{id}/kpis")
	String addKpi(@PathVariable String id, @ModelAttribute(KPI) KpiForms.KpiForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var line = line(id);
		return switch (KpiCommands.AddKpi.of(new ActionLineId(line.id()), form.getYear(), form.getName(),
						form.getIndicator(), form.getDirection(), form.getTarget(), today())
				.then(kpi -> kpis.addKpi(municipality(), kpi, by()))) {
			case Outcome.Done<KpiId> _ -> {
				redirect.addFlashAttribute("confirmation", "KPI '" + form.getName().strip() + "' is toegevoegd aan actielijn "
						+ line.code() + ".");
				redirect.addAttribute("jaar", form.getYear().strip());
				yield "redirect:" + OVERVIEW;
			}
			case Outcome.Refused<KpiId> refused -> {
				reject(binding, refused);
				yield newKpiPage(line, model);
			}
			case Outcome.NotFound<KpiId> _, Outcome.Forbidden<KpiId> _, Outcome.Stale<KpiId> _ -> throw notFound();
		};
	}

	@GetMapping(OVERVIEW + "/{id}")
	String kpi(@PathVariable String id, Model model) {
		var kpi = kpiOf(id);
		model.addAttribute(KPI, KpiForms.KpiForm.of(kpi));
		model.addAttribute(REALISATION, KpiForms.RealisationForm.of(kpi));
		return kpiPage(kpi, model);
	}

	@PostMapping(OVERVIEW + "/{id}")
	String changeKpi(@PathVariable String id, @ModelAttribute(KPI) KpiForms.KpiForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var kpi = kpiOf(id);
		model.addAttribute(REALISATION, KpiForms.RealisationForm.of(kpi));
		form.setIndicator(kpi.indicator().name());
		form.setYear(Integer.toString(kpi.year()));
		return switch (KpiCommands.ChangeKpi.of(kpi, form.getName(), form.getDirection(), form.getTarget(),
						binding.hasFieldErrors("version") ? null : form.getVersion())
				.then(change -> kpis.changeKpi(municipality(), change, by()))) {
			case Outcome.Done<KpiId> _ -> saved(kpi, "De KPI is opgeslagen.", redirect);
			case Outcome.Refused<KpiId> refused -> {
				reject(binding, refused);
				yield kpiPage(kpi, model);
			}
			case Outcome.Stale<KpiId> _ -> conflict(id, model);
			case Outcome.NotFound<KpiId> _, Outcome.Forbidden<KpiId> _ -> throw notFound();
		};
	}

	@PostMapping(OVERVIEW + "/{id}/uitkomst")
	String realise(@PathVariable String id, @ModelAttribute(REALISATION) KpiForms.RealisationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		var kpi = kpiOf(id);
		model.addAttribute(KPI, KpiForms.KpiForm.of(kpi));
		return switch (KpiCommands.Realise.of(kpi, form.getValue(), form.getSource(),
						binding.hasFieldErrors("version") ? null : form.getVersion(), today())
				.then(realisation -> kpis.realise(municipality(), realisation, by()))) {
			case Outcome.Done<KpiId> _ -> saved(kpi, "De uitkomst is opgeslagen.", redirect);
			case Outcome.Refused<KpiId>(var refusals) when refusals.getFirst().concernsWhole() -> {
				model.addAttribute("refusal", responses.message(refusals.getFirst()));
				yield kpiPage(kpi, model);
			}
			case Outcome.Refused<KpiId> refused -> {
				reject(binding, refused);
				yield kpiPage(kpi, model);
			}
			case Outcome.Stale<KpiId> _ -> conflict(id, model);
			case Outcome.NotFound<KpiId> _, Outcome.Forbidden<KpiId> _ -> throw notFound();
		};
	}

	/** Issue 13 item 2: removing a KPI is consequential, so a check page comes first; only its button removes. */
	@GetMapping(OVERVIEW + "/{id}/verwijderen")
	String checkRemoval(@PathVariable String id, Model model) {
		var kpi = kpiOf(id);
		kpiPage(kpi, model);
		return "monitoring/kpi/remove-kpi";
	}

	@PostMapping(OVERVIEW + "/{id}/verwijderen")
	String removeKpi(@PathVariable String id, @RequestParam(name = "version", required = false) @Nullable Integer version,
			Model model, RedirectAttributes redirect) {
		var kpi = kpiOf(id);
		return switch (KpiCommands.RemoveKpi.of(new KpiId(kpi.id()), version)
				.then(removal -> kpis.removeKpi(municipality(), removal))) {
			case Outcome.Done<KpiId> _ -> {
				redirect.addFlashAttribute("confirmation", "KPI '" + kpi.name() + "' is verwijderd.");
				redirect.addAttribute("jaar", kpi.year());
				yield "redirect:" + OVERVIEW;
			}
			case Outcome.NotFound<KpiId> _, Outcome.Forbidden<KpiId> _ -> throw notFound();
			case Outcome.Stale<KpiId> _, Outcome.Refused<KpiId> _ -> conflict(id, model);
		};
	}

	// ---- Shared

	private String actionLinePage(ActionLine line, Model model) {
		model.addAttribute("line", line);
		model.addAttribute("years", kpis.yearsWithKpis(municipality(), new ActionLineId(line.id())));
		return "monitoring/kpi/action-line";
	}

	private String actionLineAgain(ActionLine line, Model model) {
		model.addAttribute(ACTION_LINE, KpiForms.ActionLineForm.of(line));
		return actionLinePage(line, model);
	}

	private String newKpiPage(ActionLine line, Model model) {
		model.addAttribute("line", line);
		model.addAttribute("indicators", KpiIndicator.values());
		model.addAttribute("directions", Direction.values());
		return "monitoring/kpi/new-kpi";
	}

	private String kpiPage(Kpi kpi, Model model) {
		model.addAttribute("kpi", kpi);
		model.addAttribute("line", kpis.actionLine(municipality(), new ActionLineId(kpi.actionLine())).orElseThrow(KpiPageController::notFound));
		model.addAttribute("row", kpis.year(municipality(), kpi.year()).lines().stream()
				.flatMap(l -> l.kpis().stream()).filter(r -> r.kpi().id().equals(kpi.id())).findFirst().orElseThrow());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("yearBegun", kpi.year() <= today().getYear());
		return "monitoring/kpi/kpi";
	}

	private String conflict(String id, Model model) {
		var fresh = kpiOf(id);
		model.addAttribute("conflict", true);
		model.addAttribute(KPI, KpiForms.KpiForm.of(fresh));
		model.addAttribute(REALISATION, KpiForms.RealisationForm.of(fresh));
		return kpiPage(fresh, model);
	}

	private static String saved(Kpi kpi, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("confirmation", message);
		return "redirect:" + OVERVIEW + "/" + kpi.id();
	}

	/**
	 * Puts each refusal next to its field (through {@link OutcomeResponses}); a missing version goes on top as
	 * "someone else changed this", since the page always sends the version it showed.
	 */
	private void reject(BindingResult binding, Outcome.Refused<?> refused) {
		responses.rejectInto(new Outcome.Refused<>(refused.refusals().stream()
				.map(refusal -> refusal.field().equals("version") ? Refusal.ofWhole("kpi.version.reload") : refusal)
				.toList()), binding);
	}

	private ActionLine line(String id) {
		return ActionLineId.parse(id).flatMap(line -> kpis.actionLine(municipality(), line))
				.orElseThrow(KpiPageController::notFound);
	}

	private Kpi kpiOf(String id) {
		return KpiId.parse(id).flatMap(kpi -> kpis.kpi(municipality(), kpi)).orElseThrow(KpiPageController::notFound);
	}

	private int chosenYear(@Nullable String year) {
		return KpiYear.parse(year, today()) instanceof KpiYear.Accepted accepted ? accepted.year() : today().getYear();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private boolean canEdit() {
		return users.current().role() == Role.POLICY_OFFICER;
	}

	private MunicipalityCode municipality() {
		return users.current().municipality();
	}

	private String by() {
		return users.current().displayName();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
