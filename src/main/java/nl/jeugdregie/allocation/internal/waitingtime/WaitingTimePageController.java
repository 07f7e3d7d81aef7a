package nl.jeugdregie.allocation.internal.waitingtime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.catalogue.Catalogue;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** TOEW-6: the waiting times on screen, reporting one, and choosing a provider for a product by its wait. */
@Controller
@RequestMapping("/toewijzing")
class WaitingTimePageController {

	private final WaitingTimes waitingTimes;
	private final Providers providers;
	private final Catalogue catalogue;
	private final Norms norms;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	WaitingTimePageController(WaitingTimes waitingTimes, Providers providers, Catalogue catalogue, Norms norms,
			CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.waitingTimes = waitingTimes;
		this.providers = providers;
		this.catalogue = catalogue;
		this.norms = norms;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping("/wachttijden")
	String list(Model model) {
		var user = users.current();
		model.addAttribute("waits", waitingTimes.latest(user));
		model.addAttribute("staleAfter", norms.inEffect(user.municipality(), NormKey.WAITING_TIME_STALE_AFTER,
				LocalDate.now(clock)).amount());
		model.addAttribute("reports", AllocationRoles.keeps(user) || AllocationRoles.isProvider(user));
		return "allocation/waiting-times";
	}

	@GetMapping("/wachttijden/nieuw")
	String newReport(Model model) {
		model.addAttribute("form", new WaitingTimeForm());
		return form(model);
	}

	@PostMapping("/wachttijden/nieuw")
	String report(@ModelAttribute("form") WaitingTimeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(WaitingTimeInput.of(form.getProvider(), form.getProduct(), form.getWeeks(),
				form.getReportedOn(), LocalDate.now(clock)),
				command -> waitingTimes.report(user, command));
		switch (outcome) {
			case Outcome.Done<WaitingTime>(var wait) -> {
				redirect.addFlashAttribute("message", "De wachttijd van " + wait.weeks() + " weken voor " + wait.productLabel()
						+ " is doorgegeven.");
				return "redirect:/toewijzing/wachttijden";
			}
			case Outcome.Refused<WaitingTime> refused -> responses.rejectInto(refused, errors);
			case Outcome.Forbidden<WaitingTime>(var code) -> errors.reject(code, responses.message(
					nl.jeugdregie.platform.result.Refusal.ofWhole(code)));
			case Outcome.NotFound<WaitingTime>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<WaitingTime>(var version) -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return form(model);
	}

	@GetMapping("/kiezen")
	String choose(@RequestParam(required = false) @Nullable UUID product, Model model) {
		var user = users.current();
		var today = LocalDate.now(clock);
		model.addAttribute("products", catalogue.products(user.municipality()));
		model.addAttribute("selected", product);
		model.addAttribute("acceptable", waitingTimes.acceptableWait(user.municipality(), today));
		model.addAttribute("options", product == null ? java.util.List.of()
				: waitingTimes.options(user, new ProductId(product), today));
		model.addAttribute("product", product == null ? null : catalogue.product(user.municipality(), new ProductId(product)).orElse(null));
		return "allocation/choose";
	}

	private String form(Model model) {
		var user = users.current();
		model.addAttribute("providers", providers.list(user));
		model.addAttribute("products", catalogue.products(user.municipality()));
		return "allocation/waiting-time-form";
	}
}
