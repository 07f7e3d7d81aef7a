package nl.jeugdregie.allocation.internal.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementState;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * TOEW-1, TOEW-4, TOEW-5: the decision pages: the form, the check-your-answers step (a decision cannot be undone),
 * the decision with its allocations and the letter; crisis care without a decision; a provider's allocations.
 */
@Controller
@RequestMapping("/toewijzing")
class DecisionPageController {

	private final DecisionService decisions;
	private final DecisionLetters letters;
	private final ArrangementService arrangements;
	private final CrisisCare crisisCare;
	private final Norms norms;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	DecisionPageController(DecisionService decisions, DecisionLetters letters, ArrangementService arrangements,
			CrisisCare crisisCare, Norms norms, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.decisions = decisions;
		this.letters = letters;
		this.arrangements = arrangements;
		this.crisisCare = crisisCare;
		this.norms = norms;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping("/arrangementen/{id}/beschikking")
	String decision(@PathVariable UUID id, Model model) {
		var user = users.current();
		var opened = requireOpen(id);
		model.addAttribute("arrangementId", id);
		if (opened.arrangement().state() instanceof ArrangementState.Decided) {
			model.addAttribute("decided", decisions.decisionOf(user, new ArrangementId(id)).doneValue()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
			return "allocation/decision";
		}
		var form = new DecisionForm();
		form.setVersion(opened.arrangement().version());
		model.addAttribute("form", form);
		return form(model, opened);
	}

	/** The arrangement when the user may work on it; 403 or 404 otherwise. */
	private ArrangementService.Opened requireOpen(UUID id) {
		return switch (arrangements.open(users.current(), new ArrangementId(id))) {
			case Outcome.Done<ArrangementService.Opened>(var o) -> o;
			case Outcome.Forbidden<ArrangementService.Opened> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<ArrangementService.Opened> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<ArrangementService.Opened> r -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<ArrangementService.Opened> s -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	@PostMapping("/arrangementen/{id}/beschikking")
	String check(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model) {
		var opened = requireOpen(id);
		model.addAttribute("arrangementId", id);
		var outcome = input(id, form);
		if (outcome instanceof Outcome.Refused<DecideArrangement> refused) {
			responses.rejectInto(refused, errors);
			return form(model, opened);
		}
		var command = outcome.doneValue().orElseThrow();
		var cjgRefusal = decisions.cjgRefusal(opened.arrangement(), command);
		if (cjgRefusal.isPresent()) {
			responses.rejectInto(new Outcome.Refused<>(java.util.List.of(cjgRefusal.get())), errors);
			return form(model, opened);
		}
		model.addAttribute("route", command.legalRoute());
		model.addAttribute("financing", command.financing());
		model.addAttribute("cjg", cjgSummary(command.cjg(), decisions.cjgOptions(opened.arrangement())));
		return "allocation/decision-check";
	}

	@PostMapping("/arrangementen/{id}/beschikking/bevestigen")
	String decide(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var opened = requireOpen(id);
		model.addAttribute("arrangementId", id);
		var outcome = nl.jeugdregie.allocation.internal.Outcomes.then(input(id, form),
				command -> decisions.decide(users.current(), command));
		switch (outcome) {
			case Outcome.Done<DecisionService.Decided> done -> {
				redirect.addFlashAttribute("message", "De beschikking is afgegeven. Download de brief voor het gezin.");
				return "redirect:/toewijzing/arrangementen/" + id + "/beschikking";
			}
			case Outcome.Refused<DecisionService.Decided> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<DecisionService.Decided> stale -> errors.reject("stale",
					"Iemand anders heeft dit arrangement net gewijzigd of er al over beslist. Bekijk het arrangement opnieuw.");
			case Outcome.Forbidden<DecisionService.Decided> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<DecisionService.Decided> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return form(model, opened);
	}

	@GetMapping("/arrangementen/{id}/beschikking.pdf")
	ResponseEntity<byte[]> letter(@PathVariable UUID id) {
		var pdf = switch (letters.letter(users.current(), new ArrangementId(id))) {
			case Outcome.Done<byte[]>(var bytes) -> bytes;
			case Outcome.Forbidden<byte[]> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<byte[]> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<byte[]> r -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<byte[]> s -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=beschikking.pdf").body(pdf);
	}

	@GetMapping("/crisiszorg")
	String crisisCare(Model model) {
		var user = users.current();
		model.addAttribute("entries", crisisCare.worklist(user));
		model.addAttribute("limitWeeks", norms.inEffect(user.municipality(), NormKey.CRISIS_CARE_WITHOUT_DECISION,
				LocalDate.now(clock)).amount());
		return "allocation/crisis-care";
	}

	@GetMapping("/toewijzingen")
	String allocations(Model model) {
		model.addAttribute("allocations", decisions.allocationsOfProvider(users.current()));
		return "allocation/allocations";
	}

	private Outcome<DecideArrangement> input(UUID id, DecisionForm form) {
		return DecisionInput.of(new ArrangementId(id), form.getVersion(), form.getLegalRoute(), form.getReferrerAgb(),
				form.getFinancing(), form.isExtension(), null, form.getCjgChoice(), form.getCjgSituation(), LocalDate.now(clock));
	}

	private String form(Model model, ArrangementService.Opened opened) {
		model.addAttribute("routes", LegalRoute.values());
		model.addAttribute("financings", Financing.values());
		model.addAttribute("cjgOptions", decisions.cjgOptions(opened.arrangement()));
		return "allocation/decision-form";
	}

	/** TOEW-8: the choice for the CJG's scope as the check step shows it; empty when there was nothing to choose. */
	private static String cjgSummary(CjgChoice choice, DecisionService.CjgOptions options) {
		return switch (choice) {
			case CjgChoice.None none -> "";
			case CjgChoice.TransferToCjg transfer -> "Overdracht naar het CJG";
			case CjgChoice.OutOfScope(var situation) -> "Blijft bij de aanbieder: " + options.situations().stream()
					.filter(s -> s.id().equals(situation)).map(s -> s.label()).findFirst().orElse("onbekende uitzondering");
		};
	}
}
