package nl.jeugdregie.findability.internal.onlinerequest;

import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** VIND-3: the administrator's postcode ranges per district, dated; a new row replaces older ones from its date. */
@Controller
@RequestMapping("/beheer/postcodegebieden")
class PostcodeAdminController {

	private final OnlineRequestService requests;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	PostcodeAdminController(OnlineRequestService requests, CurrentUsers users, OutcomeResponses responses) {
		this.requests = requests;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("ranges", requests.ranges(users.current()));
		model.addAttribute("input", new PostcodeRangeValid.Input("", "", "", "", requests.today()));
		return "findability/admin/postcodes";
	}

	@PostMapping
	String add(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String district,
			@RequestParam(required = false) @Nullable String effectiveFrom, Model model, RedirectAttributes redirect) {
		var input = new PostcodeRangeValid.Input(from, to, district, effectiveFrom, requests.today());
		return switch (requests.addRange(users.current(), input)) {
			case Outcome.Done<PostcodeRange> done -> {
				redirect.addFlashAttribute("message", "Postcodes " + done.value().from() + " tot en met "
						+ done.value().to() + " horen vanaf " + nl.jeugdregie.platform.format.DutchFormat.date(
								done.value().effectiveFrom()) + " bij " + done.value().district() + ".");
				yield "redirect:/beheer/postcodegebieden";
			}
			case Outcome.Refused<PostcodeRange> refused -> {
				model.addAttribute("ranges", requests.ranges(users.current()));
				model.addAttribute("input", input);
				model.addAttribute("errors", refused.refusals().stream()
						.map(r -> java.util.Map.entry(r.field(), responses.message(r))).toList());
				yield "findability/admin/postcodes";
			}
			case Outcome.NotFound<PostcodeRange>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<PostcodeRange> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<PostcodeRange> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}
}
