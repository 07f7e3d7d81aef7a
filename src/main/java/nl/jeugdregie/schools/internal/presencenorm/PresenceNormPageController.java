package nl.jeugdregie.schools.internal.presencenorm;

import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.internal.SchoolPages;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.presence.NormPeriod;
import nl.jeugdregie.schools.internal.presence.NormSubject;
import nl.jeugdregie.schools.internal.presence.PresenceNorm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** OND-2: the presence norms in force and planned; the policy officer sets a new one from a date. */
@Controller
class PresenceNormPageController {

	private static final String FORM = "form";
	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

	private final PresenceNormService service;
	private final CurrentUsers users;
	private final SchoolPages pages;

	PresenceNormPageController(PresenceNormService service, CurrentUsers users, SchoolPages pages) {
		this.service = service;
		this.users = users;
		this.pages = pages;
	}

	@GetMapping("/scholen/normen")
	String norms(Model model) {
		var form = new NormForm();
		form.setEffectiveFrom(service.today());
		model.addAttribute(FORM, form);
		return page(model);
	}

	@PostMapping("/scholen/normen")
	String set(@ModelAttribute(FORM) NormForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var outcome = service.set(users.current(), form.draft());
		if (outcome instanceof Outcome.Done<PresenceNorm>(var norm)) {
			redirect.addFlashAttribute("message", "De norm voor " + norm.subject().dutchName().toLowerCase() + " is "
					+ norm.dutchText() + " vanaf " + DAY.format(norm.effectiveFrom()) + ".");
			return "redirect:/scholen/normen";
		}
		if (outcome instanceof Outcome.Refused<PresenceNorm>(var refusals) && errors.hasErrors()) {
			// A number or date that did not parse already has its own message; name each field once.
			var others = refusals.stream().filter(r -> r.concernsWhole() || !errors.hasFieldErrors(r.field())).toList();
			if (others.isEmpty()) {
				return page(model);
			}
			outcome = Outcome.refused(others);
		}
		pages.reject(outcome, errors);
		return page(model);
	}

	private String page(Model model) {
		var user = users.current();
		model.addAttribute("inForce", service.inForce(user.municipality()).values());
		model.addAttribute("planned", service.planned(user.municipality()));
		model.addAttribute("mayKeep", SchoolRoles.KEEP_NORMS.allows(user));
		model.addAttribute("subjects", NormSubject.values());
		model.addAttribute("periods", NormPeriod.values());
		return "schools/norms";
	}
}
