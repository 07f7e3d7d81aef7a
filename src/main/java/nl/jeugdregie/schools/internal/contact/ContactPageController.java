package nl.jeugdregie.schools.internal.contact;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.internal.SchoolPages;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.location.SchoolLocation;
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

/** OND-4: the team lead assigns OCP and stand-in and records absences; everyone sees the locations without cover. */
@Controller
class ContactPageController {

	private static final String FORM = "form";

	private final ContactService service;
	private final CurrentUsers users;
	private final SchoolPages pages;

	ContactPageController(ContactService service, CurrentUsers users, SchoolPages pages) {
		this.service = service;
		this.users = users;
		this.pages = pages;
	}

	@GetMapping("/scholen/{id}/contactpersonen")
	String contactPersons(@PathVariable UUID id, Model model) {
		requireTeamLead();
		var location = found(id);
		var form = new ContactForm();
		form.setOcp(location.ocp());
		form.setStandIn(location.standIn());
		form.setVersion(location.version());
		model.addAttribute(FORM, form);
		return contactPersonsPage(model, location);
	}

	@PostMapping("/scholen/{id}/contactpersonen")
	String assign(@PathVariable UUID id, @ModelAttribute(FORM) ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = service.assign(users.current(), new SchoolLocationId(id), form.getVersion(), form.getOcp(),
				form.getStandIn());
		if (outcome instanceof Outcome.Done<SchoolLocation>) {
			redirect.addFlashAttribute("message", "De onderwijscontactpersoon en vervanger zijn opgeslagen.");
			return "redirect:/scholen/" + id;
		}
		pages.reject(outcome, errors);
		return contactPersonsPage(model, found(id));
	}

	@GetMapping("/scholen/afwezigheden")
	String absences(Model model) {
		model.addAttribute(FORM, new ContactForm());
		return absencesPage(model);
	}

	@PostMapping("/scholen/afwezigheden")
	String recordAbsence(@ModelAttribute(FORM) ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = service.recordAbsence(users.current(),
				new AbsenceDraft(form.getUsername(), form.getFirstDay(), form.getLastDay()));
		if (outcome instanceof Outcome.Done<Absence>) {
			redirect.addFlashAttribute("message", "De afwezigheid is opgeslagen.");
			return "redirect:/scholen/afwezigheden";
		}
		pages.reject(outcome, errors);
		return absencesPage(model);
	}

	@GetMapping("/scholen/zonder-vervanging")
	String withoutCover(Model model) {
		model.addAttribute("locations", SchoolPages.shown(service.withoutCover(users.current())));
		return "schools/without-cover";
	}

	private String contactPersonsPage(Model model, SchoolLocation location) {
		model.addAttribute("location", location);
		model.addAttribute("candidates", service.candidates(users.current().municipality()));
		return "schools/contact-persons";
	}

	private String absencesPage(Model model) {
		model.addAttribute("absences", SchoolPages.shown(service.currentAbsences(users.current())));
		model.addAttribute("candidates", service.candidates(users.current().municipality()));
		model.addAttribute("mayRecord", SchoolRoles.KEEP_COVER.allows(users.current()));
		return "schools/absences";
	}

	private SchoolLocation found(UUID id) {
		return service.location(users.current(), new SchoolLocationId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void requireTeamLead() {
		if (!SchoolRoles.KEEP_COVER.allows(users.current())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
