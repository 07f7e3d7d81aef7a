package nl.jeugdregie.findability.internal.publishing;

import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
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

/** VIND-3: the administrator keeps the phone number, e-mail and visiting address the public CJG site shows. */
@Controller
@RequestMapping("/beheer/cjg-contact")
class ContactAdminController {

	private final PublicSites sites;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	ContactAdminController(PublicSites sites, CurrentUsers users, OutcomeResponses responses) {
		this.sites = sites;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", sites.form(users.current()));
		model.addAttribute("site", sites.find(users.current().municipality()).orElse(null));
		return "findability/admin/contact";
	}

	@PostMapping
	String save(@ModelAttribute("form") ContactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return switch (sites.save(users.current(), form)) {
			case Outcome.Done<MunicipalityCode> done -> {
				redirect.addFlashAttribute("message", "De contactgegevens van de openbare site zijn opgeslagen.");
				yield "redirect:/beheer/cjg-contact";
			}
			case Outcome.Refused<MunicipalityCode> refused -> {
				responses.rejectInto(refused, errors);
				model.addAttribute("site", sites.find(users.current().municipality()).orElse(null));
				yield "findability/admin/contact";
			}
			case Outcome.Stale<MunicipalityCode> stale -> {
				errors.reject("findability.stale", responses.message(Refusal.ofWhole("findability.stale")));
				model.addAttribute("site", sites.find(users.current().municipality()).orElse(null));
				yield "findability/admin/contact";
			}
			case Outcome.NotFound<MunicipalityCode>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<MunicipalityCode> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}
}
