package nl.jeugdregie.monitoring.internal.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
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
	private final Clock clock;

	KpiPageController(KpiService kpis, KpiExport export, CurrentUsers users, Clock clock) {
		this.kpis = kpis;
		this.export = export;
		this.users = users;
		this.clock = clock;
	}

	// ---- Overview and exports (team lead and policy officer)

	@GetMapping(OVERVIEW)
	String overview(@RequestParam(name = "jaar", required = false) @Nullable String year, Model model) {
		var chosen = year == null ? Integer.toString(today().getYear()) : year.strip();
		model.addAttribute("year", chosen);
		model.addAttribute("canEdit", canEdit());
		switch (KpiYear.parse(chosen, today())) {
			case KpiYear.Refused refused -> model.addAttribute("yearError", refused.message());
			case KpiYear.Accepted accepted -> model.addAttribute("view", kpis.year(municipality(), accepted.year()));
		}
		return "monitoring/kpi/overview";
	}

	@GetMapping(OVERVIEW + ".csv")
	ResponseEntity<?> csv(@RequestParam(name = "jaar", required = false) @Nullable String year) {
		return export.of(municipality(), year, KpiExport.Format.CSV);
	}

	@GetMapping(OVERVIEW + ".pdf")
	ResponseEntity<?> pdf(@RequestParam(name = "jaar", required = false) @Nullable String year) {
		return export.of(municipality(), year, KpiExport.Format.PDF);
	}

	// ---- Keeping action lines and KPIs (policy officer; see SecurityConfiguration)

	@PostMapping(OVERVIEW + "/overnemen")
	String copyPreviousYear(@RequestParam(name = "jaar", required = false) @Nullable String year,
			RedirectAttributes redirect) {
		switch (kpis.copyPreviousYear(municipality(), year, by())) {
			case KpiChange.Done done -> redirect.addFlashAttribute("confirmation", done.count() == 1
					? "1 KPI van vorig jaar is overgenomen." : done.count() + " KPI's van vorig jaar zijn overgenomen.");
			case KpiChange.Refused refused -> redirect.addFlashAttribute("refusal", refused.reason());
			case KpiChange.Invalid invalid -> redirect.addFlashAttribute("refusal", invalid.violations().getFirst().message());
			case KpiChange.NotFound notFound -> throw notFound();
			case KpiChange.Stale stale -> throw notFound();
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
		return switch (kpis.addActionLine(municipality(), form.getCode(), form.getName(), form.getGoal(), by())) {
			case KpiChange.Done done -> {
				redirect.addFlashAttribute("confirmation", "Actielijn " + form.getCode().strip() + " is toegevoegd.");
				yield "redirect:" + OVERVIEW + "/actielijnen/" + done.id();
			}
			case KpiChange.Invalid invalid -> {
				reject(binding, invalid);
				yield "monitoring/kpi/new-action-line";
			}
			case KpiChange.NotFound _, KpiChange.Stale _, KpiChange.Refused _ -> throw notFound();
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
		return switch (kpis.changeActionLine(municipality(), line.id(), form.getCode(), form.getName(), form.getGoal(),
				binding.hasFieldErrors("version") ? null : form.getVersion(), by())) {
			case KpiChange.Done done -> {
				redirect.addFlashAttribute("confirmation", "De actielijn is opgeslagen.");
				yield "redirect:" + OVERVIEW + "/actielijnen/" + line.id();
			}
			case KpiChange.Invalid invalid -> {
				reject(binding, invalid);
				yield actionLinePage(line, model);
			}
			case KpiChange.Stale stale -> {
				model.addAttribute("conflict", true);
				var fresh = line(id);
				model.addAttribute(ACTION_LINE, KpiForms.ActionLineForm.of(fresh));
				yield actionLinePage(fresh, model);
			}
			case KpiChange.NotFound _, KpiChange.Refused _ -> throw notFound();
		};
	}

	@PostMapping(OVERVIEW + "/actielijnen/{id}/verwijderen")
	String removeActionLine(@PathVariable String id, @RequestParam(name = "version", required = false) @Nullable Integer version,
			Model model, RedirectAttributes redirect) {
		var line = line(id);
		return switch (kpis.removeActionLine(municipality(), line.id(), version)) {
			case KpiChange.Done done -> {
				redirect.addFlashAttribute("confirmation", "Actielijn " + line.code() + " is verwijderd.");
				yield "redirect:" + OVERVIEW;
			}
			case KpiChange.Refused refused -> {
				model.addAttribute("refusal", refused.reason());
				yield actionLineAgain(line, model);
			}
			case KpiChange.Stale stale -> {
				model.addAttribute("conflict", true);
				yield actionLineAgain(line(id), model);
			}
			case KpiChange.Invalid invalid -> {
				model.addAttribute("conflict", true);
				yield actionLineAgain(line, model);
			}
			case KpiChange.NotFound notFound -> throw notFound();
		};
	}

	@PostMapping(OVERVIEW + "/actielijnen/{id}/kpis")
	String addKpi(@PathVariable String id, @ModelAttribute(KPI) KpiForms.KpiForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var line = line(id);
		return switch (kpis.addKpi(municipality(), line.id(), form.getYear(), form.getName(), form.getIndicator(),
				form.getDirection(), form.getTarget(), by())) {
			case KpiChange.Done done -> {
				redirect.addFlashAttribute("confirmation", "KPI '" + form.getName().strip() + "' is toegevoegd aan actielijn "
						+ line.code() + ".");
				redirect.addAttribute("jaar", form.getYear().strip());
				yield "redirect:" + OVERVIEW;
			}
			case KpiChange.Invalid invalid -> {
				reject(binding, invalid);
				yield newKpiPage(line, model);
			}
			case KpiChange.NotFound _, KpiChange.Stale _, KpiChange.Refused _ -> throw notFound();
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
		return switch (kpis.changeKpi(municipality(), kpi.id(), form.getName(), form.getDirection(), form.getTarget(),
				binding.hasFieldErrors("version") ? null : form.getVersion(), by())) {
			case KpiChange.Done done -> saved(kpi, "De KPI is opgeslagen.", redirect);
			case KpiChange.Invalid invalid -> {
				reject(binding, invalid);
				yield kpiPage(kpi, model);
			}
			case KpiChange.Stale stale -> conflict(id, model);
			case KpiChange.NotFound _, KpiChange.Refused _ -> throw notFound();
		};
	}

	@PostMapping(OVERVIEW + "/{id}/uitkomst")
	String realise(@PathVariable String id, @ModelAttribute(REALISATION) KpiForms.RealisationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		var kpi = kpiOf(id);
		model.addAttribute(KPI, KpiForms.KpiForm.of(kpi));
		return switch (kpis.realise(municipality(), kpi.id(), form.getValue(), form.getSource(),
				binding.hasFieldErrors("version") ? null : form.getVersion(), by())) {
			case KpiChange.Done done -> saved(kpi, "De uitkomst is opgeslagen.", redirect);
			case KpiChange.Invalid invalid -> {
				reject(binding, invalid);
				yield kpiPage(kpi, model);
			}
			case KpiChange.Refused refused -> {
				model.addAttribute("refusal", refused.reason());
				yield kpiPage(kpi, model);
			}
			case KpiChange.Stale stale -> conflict(id, model);
			case KpiChange.NotFound notFound -> throw notFound();
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
		return switch (kpis.removeKpi(municipality(), kpi.id(), version)) {
			case KpiChange.Done done -> {
				redirect.addFlashAttribute("confirmation", "KPI '" + kpi.name() + "' is verwijderd.");
				redirect.addAttribute("jaar", kpi.year());
				yield "redirect:" + OVERVIEW;
			}
			case KpiChange.NotFound notFound -> throw notFound();
			case KpiChange.Stale _, KpiChange.Invalid _, KpiChange.Refused _ -> conflict(id, model);
		};
	}

	// ---- Shared

	private String actionLinePage(ActionLine line, Model model) {
		model.addAttribute("line", line);
		model.addAttribute("years", kpis.yearsWithKpis(municipality(), line.id()));
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
		model.addAttribute("line", kpis.actionLine(municipality(), kpi.actionLine()).orElseThrow(KpiPageController::notFound));
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

	/** Puts each refused field's message next to the field; a message about the version goes on top. */
	private static void reject(BindingResult binding, KpiChange.Invalid invalid) {
		for (var violation : invalid.violations()) {
			if (violation.field().equals("version")) {
				binding.reject("kpi", "Iemand anders heeft dit net gewijzigd. Laad de pagina opnieuw.");
			} else {
				binding.rejectValue(violation.field(), "kpi", violation.message());
			}
		}
	}

	private ActionLine line(String id) {
		return uuid(id).flatMap(uuid -> kpis.actionLine(municipality(), uuid)).orElseThrow(KpiPageController::notFound);
	}

	private Kpi kpiOf(String id) {
		return uuid(id).flatMap(uuid -> kpis.kpi(municipality(), uuid)).orElseThrow(KpiPageController::notFound);
	}

	static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
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
