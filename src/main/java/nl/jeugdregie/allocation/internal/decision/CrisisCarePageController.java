package nl.jeugdregie.allocation.internal.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TOEW-1: recording on screen that crisis care started before a decision: one of the team's applications, a
 * contracted crisis product of a provider, and the first day (empty: today). It then shows on the team's worklist.
 */
@Controller
@RequestMapping("/toewijzing/crisiszorg/nieuw")
class CrisisCarePageController {

	private final CrisisCare crisisCare;
	private final ArrangementService arrangements;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	CrisisCarePageController(CrisisCare crisisCare, ArrangementService arrangements, CurrentUsers users,
			OutcomeResponses responses, Clock clock) {
		this.crisisCare = crisisCare;
		this.arrangements = arrangements;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new CrisisCareForm());
		return page(model);
	}

	@PostMapping
	String start(@ModelAttribute("form") CrisisCareForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var refusals = new ArrayList<Refusal>();
		var helpRequest = uuid(form.getHelpRequest());
		if (helpRequest == null) {
			refusals.add(Refusal.of("helpRequest", "allocation.arrangement.helpRequest.required"));
		}
		var care = form.getCare() == null ? new String[0] : form.getCare().split("/");
		var provider = care.length == 2 ? uuid(care[0]) : null;
		var product = care.length == 2 ? uuid(care[1]) : null;
		if (provider == null || product == null) {
			refusals.add(Refusal.of("care", "allocation.crisis.care.required"));
		}
		var today = LocalDate.now(clock);
		var started = form.getStartedOn() == null || form.getStartedOn().isBlank() ? java.util.Optional.of(today)
				: DutchFormat.parseDate(form.getStartedOn());
		if (started.isEmpty()) {
			refusals.add(Refusal.of("startedOn", "allocation.date.invalid"));
		}
		var outcome = refusals.isEmpty()
				? crisisCare.start(users.current(), new HelpRequestId(helpRequest), new ProviderId(provider), new ProductId(product),
						started.get())
				: Outcome.<UUID>refused(refusals);
		switch (outcome) {
			case Outcome.Done<UUID> done -> {
				redirect.addFlashAttribute("message", "De crisiszorg staat op de werklijst. Geef op tijd een beschikking af.");
				return "redirect:/toewijzing/crisiszorg";
			}
			case Outcome.Refused<UUID> refused -> responses.rejectInto(refused, errors);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<UUID> notFound -> errors.rejectValue("helpRequest", "allocation.arrangement.helpRequest.required",
					"Kies een hulpvraag van uw team.");
			case Outcome.Stale<UUID> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return page(model);
	}

	private String page(Model model) {
		var user = users.current();
		model.addAttribute("applications", arrangements.applications(user));
		model.addAttribute("choices", crisisCare.choices(user));
		return "allocation/crisis-care-form";
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
