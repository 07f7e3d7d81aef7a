package nl.jeugdregie.allocation.internal.arrangement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.AftercareToRecord;
import nl.jeugdregie.allocation.internal.catalogue.Catalogue;
import nl.jeugdregie.allocation.internal.catalogue.Product;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.allocation.internal.waitingtime.WaitingTimes;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TOEW-2, TOEW-6: the team's applications, the arrangement page, adding a product by choosing a provider on waiting
 * time, and recording the family's agreement (one action per page, a check step before the agreement).
 */
@Controller
@RequestMapping("/toewijzing")
class ArrangementPageController {

	private final ArrangementService arrangements;
	private final Catalogue catalogue;
	private final Providers providers;
	private final WaitingTimes waitingTimes;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;
	private final AftercareToRecord aftercare;

	ArrangementPageController(ArrangementService arrangements, Catalogue catalogue, Providers providers,
			WaitingTimes waitingTimes, CurrentUsers users, OutcomeResponses responses, Clock clock,
			AftercareToRecord aftercare) {
		this.arrangements = arrangements;
		this.aftercare = aftercare;
		this.catalogue = catalogue;
		this.providers = providers;
		this.waitingTimes = waitingTimes;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	/** A line as the page shows it. */
	record LineView(int position, String product, String provider, String volume, String period, String goal) {}

	@GetMapping("/aanvragen")
	String applications(Model model) {
		model.addAttribute("applications", arrangements.applications(users.current()));
		// MON-5: the team's ended allocations without an aftercare decision, with a link to the list
		model.addAttribute("aftercareToRecord", aftercare.count(users.current()));
		return "allocation/applications";
	}

	@PostMapping("/aanvragen/{helpRequest}/arrangement")
	String start(@PathVariable UUID helpRequest, RedirectAttributes redirect) {
		return switch (arrangements.start(users.current(), new HelpRequestId(helpRequest))) {
			case Outcome.Done<ArrangementId>(var id) -> "redirect:/toewijzing/arrangementen/" + id;
			case Outcome.Refused<ArrangementId>(var refusals) -> {
				redirect.addFlashAttribute("message", responses.message(refusals.getFirst()));
				yield "redirect:/toewijzing/aanvragen";
			}
			case Outcome.NotFound<ArrangementId>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<ArrangementId>(var code) -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<ArrangementId>(var version) -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	@GetMapping("/arrangementen/{id}")
	String arrangement(@PathVariable UUID id, Model model) {
		var opened = opened(id);
		var user = users.current();
		var products = new HashMap<ProductId, Product>();
		catalogue.products(user.municipality()).forEach(product -> products.put(product.id(), product));
		var lines = opened.arrangement().lines().stream().map(line -> {
			var product = products.get(line.product());
			return new LineView(line.position(), product.label(),
					providers.providerRecord(user.municipality(), line.provider()).map(p -> p.name()).orElse(""),
					line.volume() + " " + product.unit().dutchName().toLowerCase() + ", " + product.frequency().dutchName().toLowerCase(),
					DutchFormat.date(line.period().from()) + " tot en met " + DutchFormat.date(line.period().until()),
					line.goal().isEmpty() ? "Geen doel gekozen" : line.goal());
		}).toList();
		model.addAttribute("opened", opened);
		model.addAttribute("arrangement", opened.arrangement());
		model.addAttribute("lines", lines);
		model.addAttribute("state", opened.arrangement().state());
		return "allocation/arrangement";
	}

	@GetMapping("/arrangementen/{id}/product")
	String lineForm(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID product, Model model) {
		var opened = opened(id);
		var form = new LineForm();
		form.setVersion(opened.arrangement().version());
		form.setProduct(product == null ? null : product.toString());
		model.addAttribute("form", form);
		return lineForm(model, opened, product);
	}

	@PostMapping("/arrangementen/{id}/product")
	String addLine(@PathVariable UUID id, @ModelAttribute("form") LineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(ArrangementInput.line(form.getVersion(), form.getProduct(), form.getProvider(),
				form.getVolume(), form.getValidFrom(), form.getValidUntil(), form.getGoal()),
				line -> arrangements.addLine(user, new ArrangementId(id), line));
		if (outcome instanceof Outcome.Done<Arrangement>) {
			redirect.addFlashAttribute("message", "Het product is aan het arrangement toegevoegd.");
			return "redirect:/toewijzing/arrangementen/" + id;
		}
		reject(outcome, errors);
		var product = ArrangementInput.uuid(form.getProduct());
		return lineForm(model, opened(id), product);
	}

	@GetMapping("/arrangementen/{id}/akkoord")
	String agreementForm(@PathVariable UUID id, Model model) {
		var opened = opened(id);
		var form = new LineForm();
		form.setVersion(opened.arrangement().version());
		form.setAgreedOn(LocalDate.now(clock).toString());
		model.addAttribute("form", form);
		model.addAttribute("arrangement", opened.arrangement());
		return "allocation/agreement";
	}

	@PostMapping("/arrangementen/{id}/akkoord")
	String agree(@PathVariable UUID id, @ModelAttribute("form") LineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var on = DutchFormat.parseDate(form.getAgreedOn());
		Outcome<Arrangement> outcome = on.isEmpty() ? Outcome.refused(Refusal.of("agreedOn", "allocation.date.required"))
				: arrangements.agree(users.current(), new ArrangementId(id), form.getVersion(), on.get());
		if (outcome instanceof Outcome.Done<Arrangement>) {
			redirect.addFlashAttribute("message", "Het akkoord van het gezin is vastgelegd. U kunt nu de beschikking afgeven.");
			return "redirect:/toewijzing/arrangementen/" + id;
		}
		reject(outcome, errors);
		model.addAttribute("arrangement", opened(id).arrangement());
		return "allocation/agreement";
	}

	private String lineForm(Model model, ArrangementService.Opened opened, @Nullable UUID product) {
		var user = users.current();
		var today = LocalDate.now(clock);
		model.addAttribute("arrangement", opened.arrangement());
		model.addAttribute("goals", opened.goals());
		model.addAttribute("products", catalogue.products(user.municipality()));
		model.addAttribute("product", product == null ? null : catalogue.product(user.municipality(), new ProductId(product)).orElse(null));
		model.addAttribute("options", product == null ? List.of() : waitingTimes.options(user, new ProductId(product), today));
		model.addAttribute("acceptable", waitingTimes.acceptableWait(user.municipality(), today));
		return "allocation/line-form";
	}

	private void reject(Outcome<?> outcome, BindingResult errors) {
		switch (outcome) {
			case Outcome.Refused<?> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<?> stale -> errors.reject("stale", "Iemand anders heeft dit arrangement net gewijzigd. Bekijk het opnieuw.");
			case Outcome.Forbidden<?> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<?> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Done<?> done -> { }
		}
	}

	private ArrangementService.Opened opened(UUID id) {
		return switch (arrangements.open(users.current(), new ArrangementId(id))) {
			case Outcome.Done<ArrangementService.Opened>(var opened) -> opened;
			case Outcome.Forbidden<ArrangementService.Opened>(var code) -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<ArrangementService.Opened>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<ArrangementService.Opened>(var refusals) -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<ArrangementService.Opened>(var version) -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}
}
