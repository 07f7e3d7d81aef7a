package nl.jeugdregie.schools.internal.presence;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.internal.SchoolPages;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.location.LocationRecords;
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

/** OND-2: an OCP records a visit or contact; the worklist of locations behind their norm. */
@Controller
class PresencePageController {

	private static final String FORM = "form";

	private final PresenceService service;
	private final LocationRecords locations;
	private final CurrentUsers users;
	private final SchoolPages pages;

	PresencePageController(PresenceService service, LocationRecords locations, CurrentUsers users, SchoolPages pages) {
		this.service = service;
		this.locations = locations;
		this.users = users;
		this.pages = pages;
	}

	@GetMapping("/scholen/{id}/contact")
	String visitForm(@PathVariable UUID id, Model model) {
		if (!SchoolRoles.RECORD_CONTACT.allows(users.current())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var form = new VisitForm();
		form.setDate(service.today());
		model.addAttribute(FORM, form);
		return page(model, id);
	}

	@PostMapping("/scholen/{id}/contact")
	String record(@PathVariable UUID id, @ModelAttribute(FORM) VisitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = service.record(users.current(), new SchoolLocationId(id), new VisitDraft(form.getKind(), form.getDate()));
		if (outcome instanceof Outcome.Done<Visit>(var visit)) {
			redirect.addFlashAttribute("message", "Het contact (" + visit.kind().dutchName().toLowerCase() + ") is vastgelegd.");
			return "redirect:/scholen/" + id;
		}
		pages.reject(outcome, errors);
		return page(model, id);
	}

	@GetMapping("/scholen/werklijst")
	String worklist(Model model) {
		model.addAttribute("behind", SchoolPages.shown(service.worklist(users.current())));
		model.addAttribute("norms", service.normsToday(users.current().municipality()).values());
		return "schools/worklist";
	}

	private String page(Model model, UUID id) {
		model.addAttribute("location", locations.find(users.current().municipality(), new SchoolLocationId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("kinds", ContactKind.values());
		return "schools/visit-form";
	}
}
