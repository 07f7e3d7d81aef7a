package nl.jeugdregie.findability.internal.onlinerequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.jeugdregie.findability.internal.publishing.PublicSite;
import nl.jeugdregie.findability.internal.publishing.PublicSites;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * VIND-3, TOE-2: the public form "Hulp vragen" without login (CSRF token, one-time token, honeypot, minimum fill
 * time, limit per address). The confirmation is the answer to the POST itself, so no session is needed to show the
 * reference; sending the same form again is refused by its used token.
 */
@Controller
class OnlineRequestController {

	private static final String FORM = "form";

	private final PublicSites sites;
	private final OnlineRequestService requests;
	private final OutcomeResponses responses;

	OnlineRequestController(PublicSites sites, OnlineRequestService requests, OutcomeResponses responses) {
		this.sites = sites;
		this.requests = requests;
		this.responses = responses;
	}

	@GetMapping("/cjg/{code}/hulp-vragen")
	String form(@PathVariable String code, Model model) {
		var site = sites.require(code);
		model.addAttribute(FORM, new OnlineRequestForm());
		return page(model, site);
	}

	@PostMapping("/cjg/{code}/hulp-vragen")
	String submit(@PathVariable String code, @ModelAttribute(FORM) OnlineRequestForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		var site = sites.require(code);
		return switch (requests.submit(site.municipality(), form, request.getRemoteAddr())) {
			case Outcome.Done<OnlineRequestService.Submitted>(var submitted) -> {
				model.addAttribute("site", site);
				model.addAttribute("submitted", submitted);
				yield "findability/public/request-sent";
			}
			case Outcome.Refused<OnlineRequestService.Submitted> refused -> {
				responses.rejectInto(refused, errors);
				response.setStatus(422);
				yield page(model, site);
			}
			case Outcome.Forbidden<OnlineRequestService.Submitted>(String reason) -> {
				response.setStatus(429);
				response.setHeader("Retry-After", "3600");
				model.addAttribute("site", site);
				model.addAttribute("reason", responses.message(nl.jeugdregie.platform.result.Refusal.ofWhole(reason)));
				yield "findability/public/request-refused";
			}
			case Outcome.NotFound<OnlineRequestService.Submitted>() -> throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
			case Outcome.Stale<OnlineRequestService.Submitted> stale -> throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.CONFLICT);
		};
	}

	private String page(Model model, PublicSite site) {
		var form = (OnlineRequestForm) model.getAttribute(FORM);
		if (form != null) {
			form.setToken(requests.newToken());
			form.setWebsite("");
		}
		model.addAttribute("site", site);
		model.addAttribute("termWeeks", requests.termWeeks(site.municipality()));
		return "findability/public/request-form";
	}
}
