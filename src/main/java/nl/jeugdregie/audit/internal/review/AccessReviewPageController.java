package nl.jeugdregie.audit.internal.review;

import java.time.Clock;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
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

/**
 * The review pages (SEC-2): the team lead's list at {@value #LEAD}, one item per page with its choice, a check step
 * before the decision is stored; the privacy officer's read-only list of every team at {@value #PRIVACY_OFFICER}.
 * Plain HTML forms.
 */
@Controller
class AccessReviewPageController {

	static final String LEAD = "/team/inzage-met-reden";
	static final String PRIVACY_OFFICER = "/beheer/privacy/inzage-met-reden";
	private static final String FORM = "form";

	private final AccessReviews reviews;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	AccessReviewPageController(AccessReviews reviews, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.reviews = reviews;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping(LEAD)
	String leadList(Model model) {
		return list(model);
	}

	@GetMapping(PRIVACY_OFFICER)
	String privacyOfficerList(Model model) {
		return list(model);
	}

	@GetMapping(LEAD + "/{id}")
	String item(@PathVariable long id, Model model) {
		var entry = found(id);
		var form = new ReviewForm();
		form.setVersion(entry.version());
		model.addAttribute(FORM, form);
		return item(model, entry);
	}

	/** The choice made: to the check step, or back with the errors next to the fields. */
	@PostMapping(LEAD + "/{id}")
	String check(@PathVariable long id, @ModelAttribute(FORM) ReviewForm form, BindingResult errors, Model model) {
		var entry = found(id);
		if (!entry.open()) {
			return "redirect:" + LEAD + "/" + id;
		}
		var refusals = AccessReviews.refusalsOf(form.proposed());
		if (!refusals.isEmpty()) {
			responses.rejectInto(new Outcome.Refused<>(refusals), errors);
			return item(model, entry);
		}
		model.addAttribute("entry", entry);
		model.addAttribute("decision", form.proposed().decision());
		return "audit/review/check";
	}

	/** "Wijzigen" on the check step: back to the choice, with what she chose and wrote still filled in. */
	@PostMapping(LEAD + "/{id}/wijzigen")
	String change(@PathVariable long id, @ModelAttribute(FORM) ReviewForm form, Model model) {
		return item(model, found(id));
	}

	@PostMapping(LEAD + "/{id}/bevestigen")
	String decide(@PathVariable long id, @ModelAttribute(FORM) ReviewForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = reviews.decide(users.current(), id, form.proposed(), form.getVersion());
		return switch (outcome) {
			case Outcome.Done<ReviewEntry>(ReviewEntry entry) -> {
				redirect.addFlashAttribute("message", "Uw beoordeling van de inzage in " + entry.file() + " is opgeslagen: "
						+ entry.statusText().toLowerCase() + ".");
				yield "redirect:" + LEAD;
			}
			case Outcome.Refused<ReviewEntry> refused -> {
				responses.rejectInto(refused, errors);
				yield item(model, found(id));
			}
			// Someone decided first: the page shows that decision instead of the form.
			case Outcome.Stale<ReviewEntry> stale -> {
				errors.reject("review.stale", "Iemand anders heeft deze inzage net beoordeeld.");
				yield item(model, found(id));
			}
			case Outcome.NotFound<ReviewEntry> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<ReviewEntry> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private String list(Model model) {
		return switch (reviews.list(users.current())) {
			case Outcome.Done<ReviewOverview>(ReviewOverview overview) -> {
				model.addAttribute("overview", overview);
				model.addAttribute("zone", clock.getZone());
				yield "audit/review/list";
			}
			case Outcome.NotFound<ReviewOverview> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<ReviewOverview> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Refused<ReviewOverview> refused -> throw new IllegalStateException("A list is not refused");
			case Outcome.Stale<ReviewOverview> stale -> throw new IllegalStateException("A list is not stale");
		};
	}

	private String item(Model model, ReviewEntry entry) {
		model.addAttribute("entry", entry);
		model.addAttribute("decisions", ReviewDecision.values());
		return "audit/review/item";
	}

	/** The item for its team's lead; another team's or municipality's does not exist here. */
	private ReviewEntry found(long id) {
		return switch (reviews.item(users.current(), id)) {
			case Outcome.Done<ReviewEntry>(ReviewEntry entry) -> entry;
			case Outcome.Forbidden<ReviewEntry> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<ReviewEntry> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<ReviewEntry> refused -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<ReviewEntry> stale -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}
}
