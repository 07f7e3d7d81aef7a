package nl.jeugdregie.steering.internal.assignment;

import java.time.Clock;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.steering.internal.effectchain.EffectChains;
import nl.jeugdregie.steering.internal.financing.FinancingCategory;
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
 * The steering screens (STU-1 to STU-4, STU-7): the assignment overview, one type of work with its effect chain
 * and indicators (STU-2), and the risk register.
 * Policy officers and administrators also re-assess risks and add financing lines; providers only read. Plain HTML
 * forms, so they work without JavaScript.
 */
@Controller
@RequestMapping("/sturing")
class SteeringPageController {

	static final String REASSESSMENT = "riskReassessment";
	static final String LINE = "financingLine";

	private final SteeringService steering;
	private final CurrentUsers users;
	private final Clock clock;
	private final EffectChains effectChains;
	private final OutcomeResponses responses;

	SteeringPageController(SteeringService steering, CurrentUsers users, Clock clock,
			EffectChains effectChains, OutcomeResponses responses) {
		this.responses = responses;
		this.steering = steering;
		this.users = users;
		this.clock = clock;
		this.effectChains = effectChains;
	}

	@GetMapping
	String overview(Model model) {
		var user = users.current();
		model.addAttribute("overview", steering.overview(user));
		model.addAttribute("mayEditAssignment", SteeringService.mayEdit(user));
		return "steering/overview";
	}

	@GetMapping("/werksoorten/{id}")
	String typeOfWork(@PathVariable long id, Model model) {
		model.addAttribute(LINE, new FinancingLineForm());
		return typeOfWorkPage(id, model);
	}

	@PostMapping("/werksoorten/{id}/financiering")
	String addLine(@PathVariable long id, @ModelAttribute(LINE) FinancingLineForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var user = users.current();
		var result = steering.lineAddable(user, id)
				.then(type -> AssignmentCommands.AddFinancingLine.of(type, form.getLabel(), form.getCategory(),
						form.getFte(), form.getAmount()))
				.then(addition -> steering.addFinancingLine(user, addition));
		return switch (result) {
			case Outcome.Done<AssignmentCommands.TypeOfWorkId> _ -> {
				redirect.addFlashAttribute("confirmation", responses.text("steering.lineAdded"));
				yield "redirect:/sturing/werksoorten/" + id;
			}
			case Outcome.NotFound<AssignmentCommands.TypeOfWorkId> _ ->
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<AssignmentCommands.TypeOfWorkId> _ ->
					throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<AssignmentCommands.TypeOfWorkId> _ ->
					throw new IllegalStateException("A new line has no version");
			case Outcome.Refused<AssignmentCommands.TypeOfWorkId> refused -> {
				responses.rejectInto(refused, errors);
				yield typeOfWorkPage(id, model);
			}
		};
	}

	@GetMapping("/risicos")
	String risks(Model model) {
		model.addAttribute(REASSESSMENT, new RiskReassessmentForm());
		return riskPage(model);
	}

	@PostMapping("/risicos/herbeoordeling")
	String reassess(@ModelAttribute(REASSESSMENT) RiskReassessmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return riskPage(model);
		}
		if (form.getRiskId() == null) {
			errors.rejectValue("riskId", "steering.refusal.riskId.missing");
			return riskPage(model);
		}
		var user = users.current();
		var result = steering.reassessable(user, form.getRiskId())
				.then(risk -> AssignmentCommands.ReassessRisk.of(risk, form.getProbability(), form.getDamage(), form.getNote()))
				.then(reassessment -> steering.reassess(user, reassessment));
		return switch (result) {
			case Outcome.Done<AssignmentCommands.RiskId> _ -> {
				var effect = form.getProbability() * form.getDamage();
				redirect.addFlashAttribute("confirmation", responses.text("steering.reassessed", effect));
				yield "redirect:/sturing/risicos";
			}
			case Outcome.NotFound<AssignmentCommands.RiskId> _ -> {
				errors.rejectValue("riskId", "steering.refusal.riskId.missing");
				yield riskPage(model);
			}
			case Outcome.Forbidden<AssignmentCommands.RiskId> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<AssignmentCommands.RiskId> _ ->
					throw new IllegalStateException("A risk reassessed meanwhile is refused, not stale");
			case Outcome.Refused<AssignmentCommands.RiskId> refused -> {
				responses.rejectInto(refused, errors);
				yield riskPage(model);
			}
		};
	}

	private String typeOfWorkPage(long id, Model model) {
		var user = users.current();
		var detail = steering.typeOfWork(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("detail", detail);
		model.addAttribute("chain", effectChains.viewOf(user, detail.type()));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("categories", FinancingCategory.values());
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		return "steering/type-of-work";
	}

	private String riskPage(Model model) {
		var user = users.current();
		model.addAttribute("register", steering.riskRegister(user));
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		model.addAttribute("zone", clock.getZone());
		return "steering/risks";
	}
}
