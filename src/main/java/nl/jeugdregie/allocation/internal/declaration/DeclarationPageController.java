package nl.jeugdregie.allocation.internal.declaration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TOEW-9: declaring on screen, for a provider's account (its own allocations) and the municipality's administrator:
 * one line typed in, or a CSV file taken whole or not at all. Each line is checked against its allocation (period,
 * volume left, tariff); a refused line says why, next to its field or per line and column of the file. With an
 * allocation number the page shows that allocation's budget and what is declared so far.
 */
@Controller
@RequestMapping("/toewijzing/declaraties")
class DeclarationPageController {

	private final Declarations declarations;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	DeclarationPageController(Declarations declarations, CurrentUsers users, OutcomeResponses responses) {
		this.declarations = declarations;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	String page(@RequestParam(name = "nummer", required = false) @Nullable Long number, Model model) {
		var form = new DeclarationForm();
		if (number != null) {
			form.setAllocationNumber(String.valueOf(number));
		}
		model.addAttribute("form", form);
		return page(model, number);
	}

	@PostMapping
	String declare(@ModelAttribute("form") DeclarationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(DeclarationInput.entered(form.getAllocationNumber(), form.getPeriodFrom(),
				form.getPeriodUntil(), form.getUnits(), form.getTariff()), lines -> declarations.declare(user, lines, "ENTERED"));
		switch (outcome) {
			case Outcome.Done<Integer> done -> {
				redirect.addFlashAttribute("message", "De declaratie is goedgekeurd en vastgelegd.");
				return "redirect:/toewijzing/declaraties?nummer=" + form.getAllocationNumber().strip();
			}
			case Outcome.Refused<Integer> refused -> responses.rejectInto(refused, errors);
			case Outcome.Forbidden<Integer> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<Integer> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<Integer> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return page(model, number(form.getAllocationNumber()));
	}

	@PostMapping("/inlezen")
	String importCsv(@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		var user = users.current();
		var text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
		var outcome = text.isBlank() ? Outcome.<java.util.List<Declarations.Numbered>>refused(
				nl.jeugdregie.platform.result.Refusal.of("file", "allocation.csv.empty"))
				: DeclarationInput.csv(text);
		switch (Outcomes.then(outcome, lines -> declarations.declare(user, lines, "CSV"))) {
			case Outcome.Done<Integer>(var count) -> {
				redirect.addFlashAttribute("message", count == 1 ? "1 declaratieregel goedgekeurd en vastgelegd."
						: count + " declaratieregels goedgekeurd en vastgelegd.");
				return "redirect:/toewijzing/declaraties";
			}
			case Outcome.Refused<Integer>(var refusals) ->
					model.addAttribute("importErrors", refusals.stream().map(responses::message).toList());
			case Outcome.Forbidden<Integer> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<Integer> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<Integer> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		model.addAttribute("form", new DeclarationForm());
		return page(model, null);
	}

	private String page(Model model, @Nullable Long number) {
		if (number != null) {
			declarations.budget(users.current(), number).doneValue().ifPresent(budget -> {
				model.addAttribute("budget", budget);
				model.addAttribute("declared", declarations.lines(users.current(), number));
			});
		}
		model.addAttribute("header", DeclarationInput.HEADER);
		return "allocation/declarations";
	}

	private static @Nullable Long number(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
