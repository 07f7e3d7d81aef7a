package nl.jeugdregie.steering.internal.financing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import nl.jeugdregie.steering.internal.period.NormPeriod;
import nl.jeugdregie.steering.internal.norms.NormService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Realisatie (STU-7): the half year's actuals per line against the budget, the explanations, and the pro-rata
 * reclaim; the provider and the municipality deliver actuals. The municipality also changes or removes lines
 * (STU-4) within the budget cap. Plain forms, no JavaScript needed.
 */
@Controller
class FinancingPageController {

	private final FinancingService financing;
	private final NormService access;
	private final BudgetDeviations deviations;
	private final SteeringRepository steering;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	FinancingPageController(FinancingService financing, NormService access, BudgetDeviations deviations,
			SteeringRepository steering, CurrentUsers users, OutcomeResponses responses,
			Clock clock) {
		this.responses = responses;
		this.financing = financing;
		this.access = access;
		this.deviations = deviations;
		this.steering = steering;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/sturing/realisatie")
	String actuals(@RequestParam(name = "halfjaar", required = false) @Nullable String halfYear, Model model) {
		return actualsPage(halfYear, model, Map.of(), Map.of());
	}

	@PostMapping("/sturing/realisatie")
	String deliver(@RequestParam(required = false) @Nullable Long lineId,
			@RequestParam(required = false) @Nullable String halfYear,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String plannedActivities,
			@RequestParam(required = false) @Nullable String performedActivities,
			@RequestParam(required = false) @Nullable String explanation, Model model, RedirectAttributes redirect) {
		var typed = new LinkedHashMap<String, String>();
		typed.put("lineId", lineId == null ? "" : lineId.toString());
		typed.put("halfYear", halfYear == null ? "" : halfYear);
		typed.put("amount", amount == null ? "" : amount);
		typed.put("plannedActivities", plannedActivities == null ? "" : plannedActivities);
		typed.put("performedActivities", performedActivities == null ? "" : performedActivities);
		typed.put("explanation", explanation == null ? "" : explanation);
		if (lineId == null) {
			return actualsPage(halfYear, model, Map.of("lineId", responses.text("steering.refusal.lineId.missing")), typed);
		}
		var result = financing.deliverActual(users.current(), lineId, halfYear, amount, plannedActivities,
				performedActivities, explanation);
		return switch (result) {
			case Outcome.Done<FinancingCommands.FinancingLineId> _ -> {
				redirect.addFlashAttribute("confirmation", responses.text("steering.actualSaved"));
				yield "redirect:/sturing/realisatie?halfjaar=" + halfYear.strip().toUpperCase();
			}
			case Outcome.NotFound<FinancingCommands.FinancingLineId> _ -> actualsPage(halfYear, model,
					Map.of("lineId", responses.text("steering.refusal.lineId.missing")), typed);
			case Outcome.Forbidden<FinancingCommands.FinancingLineId> _ ->
					throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Refused<FinancingCommands.FinancingLineId> refused ->
					actualsPage(halfYear, model, errors(refused), typed);
			case Outcome.Stale<FinancingCommands.FinancingLineId> _ ->
					throw new IllegalStateException("Actuals are not versioned");
		};
	}

	@GetMapping("/sturing/financieringsregels/{id}")
	String line(@PathVariable long id, Model model) {
		return linePage(id, model, Map.of(), null);
	}

	@PostMapping("/sturing/financieringsregels/{id}")
	String change(@PathVariable long id, @RequestParam(required = false) @Nullable String label,
			@RequestParam(required = false) @Nullable String category, @RequestParam(required = false) @Nullable String fte,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable Integer version, Model model, RedirectAttributes redirect) {
		var user = users.current();
		var result = financing.changeable(user, id)
				.then(line -> FinancingCommands.ChangeLine.of(line, label, category, fte, amount, version))
				.then(change -> financing.change(user, change));
		var typed = Map.of("label", label == null ? "" : label, "category", category == null ? "" : category, "fte",
				fte == null ? "" : fte, "amount", amount == null ? "" : amount);
		return lineAnswer(id, result, model, redirect, "steering.lineChanged", typed);
	}

	@PostMapping("/sturing/financieringsregels/{id}/verwijderen")
	String remove(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		return lineAnswer(id, financing.changeable(user, id)
				.then(line -> financing.remove(user, new FinancingCommands.RemoveLine(line, version))), model, redirect,
				"steering.lineRemoved", null);
	}

	private String lineAnswer(long id, Outcome<FinancingCommands.FinancingLineId> result, Model model,
			RedirectAttributes redirect, String confirmation, @Nullable Map<String, String> typed) {
		return switch (result) {
			case Outcome.Done<FinancingCommands.FinancingLineId> _ -> {
				redirect.addFlashAttribute("confirmation", responses.text(confirmation));
				yield "redirect:/sturing/realisatie";
			}
			case Outcome.NotFound<FinancingCommands.FinancingLineId> _ ->
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<FinancingCommands.FinancingLineId> _ ->
					throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<FinancingCommands.FinancingLineId> _ ->
					throw new IllegalStateException("A line someone else changed is refused, not stale");
			case Outcome.Refused<FinancingCommands.FinancingLineId> refused ->
					linePage(id, model, errors(refused), typed);
		};
	}

	private String actualsPage(@Nullable String halfYear, Model model, Map<String, String> errors,
			Map<String, String> typed) {
		var user = users.current();
		var assignment = access.assignmentOf(user);
		var period = NormPeriod.HALF_YEAR.parse(halfYear)
				.orElseGet(() -> NormPeriod.HALF_YEAR.lastEndedOn(LocalDate.now(clock)));
		var rows = assignment.map(a -> deviations.forHalfYear(a.id(), period)).orElse(List.of());
		model.addAttribute("assignment", assignment.orElse(null));
		model.addAttribute("halfYear", period.label());
		model.addAttribute("deviations", rows);
		model.addAttribute("totalReclaim", Amounts.euro(rows.stream().mapToLong(BudgetDeviation::reclaimCents).sum()));
		model.addAttribute("lines", assignment.map(steering::financingLines).orElse(List.of()));
		model.addAttribute("margin", assignment.map(a -> deviations.margin(a, period.end())).orElse(0));
		model.addAttribute("mayDeliver", NormService.mayDeliver(user) && assignment.isPresent());
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "steering/actuals";
	}

	private String linePage(long id, Model model, Map<String, String> errors, @Nullable Map<String, String> typed) {
		var user = users.current();
		if (!SteeringService.mayEdit(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var line = FinancingCommands.FinancingLineId.of(id).flatMap(found -> financing.line(user, found))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var current = line.line();
		model.addAttribute("line", current);
		model.addAttribute("version", line.version());
		model.addAttribute("categories", FinancingCategory.values());
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed != null ? typed
				: Map.of("label", current.label(), "category", current.category().name(), "fte",
						current.fte() == null ? "" : current.fteText(), "amount",
						current.amountText().replace("€ ", "")));
		return "steering/financing-line";
	}

	/** The refusals per field ("general" for the change as a whole), several of one field in one text. */
	private Map<String, String> errors(Outcome.Refused<?> refused) {
		var errors = new LinkedHashMap<String, String>();
		refused.refusals().forEach(refusal -> errors.merge(refusal.concernsWhole() ? "general" : refusal.field(),
				responses.message(refusal), (a, b) -> a + " " + b));
		return errors;
	}
}
