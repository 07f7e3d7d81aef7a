package nl.jeugdregie.audit.internal.overview;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The privacy officer's AVG article 15 overview (SEC-2): search a client by BSN or file number, see the accesses
 * and download them as PDF. Both are POSTs: the BSN stays out of addresses and logs, and each making is recorded.
 */
@Controller
class AccessOverviewPageController {

	static final String PATH = "/beheer/privacy/inzageoverzicht";
	private static final String FORM = "form";
	private static final ReferenceIsBsnOrFileNumber RECOGNISED = new ReferenceIsBsnOrFileNumber();

	private final AccessOverviews overviews;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	AccessOverviewPageController(AccessOverviews overviews, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.overviews = overviews;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute(FORM, new OverviewForm());
		return "audit/overview";
	}

	@PostMapping(PATH)
	String show(@ModelAttribute(FORM) OverviewForm form, BindingResult errors, Model model) {
		var refusal = RECOGNISED.check(form.input());
		if (refusal.isPresent()) {
			responses.rejectInto(new Outcome.Refused<>(java.util.List.of(refusal.get())), errors);
			return "audit/overview";
		}
		return switch (overviews.make(users.current(), form.input().reference().orElseThrow(), OverviewFormat.SCREEN)) {
			case Outcome.Done<AccessOverview>(AccessOverview overview) -> {
				model.addAttribute("overview", overview);
				model.addAttribute("zone", clock.getZone());
				yield "audit/overview";
			}
			case Outcome.NotFound<AccessOverview> notFound -> {
				errors.rejectValue("reference", "overview.not-found", responses.message(
						nl.jeugdregie.platform.result.Refusal.of("reference", "overview.not-found")));
				yield "audit/overview";
			}
			case Outcome.Refused<AccessOverview> refused -> {
				responses.rejectInto(refused, errors);
				yield "audit/overview";
			}
			case Outcome.Forbidden<AccessOverview> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<AccessOverview> stale -> throw new IllegalStateException("An overview is not stale");
		};
	}

	@PostMapping(PATH + ".pdf")
	ResponseEntity<?> pdf(@ModelAttribute(FORM) OverviewForm form) {
		var reference = form.input().reference();
		if (reference.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return switch (overviews.make(users.current(), reference.get(), OverviewFormat.PDF)) {
			case Outcome.Done<AccessOverview>(AccessOverview overview) -> ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_PDF)
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
							.filename("inzageoverzicht-" + LocalDate.now(clock) + ".pdf").build().toString())
					.body(AccessOverviewPdf.of(overview));
			case Outcome.NotFound<AccessOverview> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<AccessOverview> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Forbidden<AccessOverview> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<AccessOverview> stale -> throw new IllegalStateException("An overview is not stale");
		};
	}
}
