package nl.jeugdregie.schools.internal.outofschool;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.OutOfSchoolId;
import nl.jeugdregie.schools.SchoolLocations;
import nl.jeugdregie.schools.internal.SchoolPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** OND-7: the list of children out of school, an entry, adding one and ending one. */
@Controller
class OutOfSchoolPageController {

	private static final String FORM = "form";

	private final OutOfSchoolService service;
	private final SchoolLocations locations;
	private final CurrentUsers users;
	private final SchoolPages pages;

	OutOfSchoolPageController(OutOfSchoolService service, SchoolLocations locations, CurrentUsers users, SchoolPages pages) {
		this.service = service;
		this.locations = locations;
		this.users = users;
		this.pages = pages;
	}

	@GetMapping("/scholen/thuiszitters")
	String list(Model model) {
		model.addAttribute("entries", SchoolPages.shown(service.list(users.current())));
		return "schools/out-of-school";
	}

	@GetMapping("/scholen/thuiszitters/nieuw")
	String newEntry(Model model) {
		model.addAttribute(FORM, new OutOfSchoolForm());
		return form(model);
	}

	@PostMapping("/scholen/thuiszitters/nieuw")
	String create(@ModelAttribute(FORM) OutOfSchoolForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var outcome = service.record(users.current(), form.draft());
		if (outcome instanceof Outcome.Done<OutOfSchoolEntry>(var entry)) {
			redirect.addFlashAttribute("message", "De thuiszitter is op de lijst gezet.");
			return "redirect:/scholen/thuiszitters/" + entry.id();
		}
		pages.reject(outcome, errors);
		return form(model);
	}

	@GetMapping("/scholen/thuiszitters/{id}")
	String entry(@PathVariable UUID id, Model model) {
		var entry = SchoolPages.shown(service.entry(users.current(), new OutOfSchoolId(id)));
		var form = new OutOfSchoolForm();
		form.setVersion(entry.version());
		model.addAttribute(FORM, form);
		return entryPage(model, entry);
	}

	/** The check step before the child leaves the list: what will happen, then one button to confirm. */
	@PostMapping("/scholen/thuiszitters/{id}/weer-naar-school/controleren")
	String check(@PathVariable UUID id, @ModelAttribute(FORM) OutOfSchoolForm form, BindingResult errors, Model model) {
		var entry = SchoolPages.shown(service.entry(users.current(), new OutOfSchoolId(id)));
		if (form.getBackOn() == null) {
			pages.reject(Outcome.refused(Refusal.of("backOn", "schools.out.back.required")), errors);
			return entryPage(model, entry);
		}
		model.addAttribute("entry", entry);
		return "schools/out-of-school-check";
	}

	@PostMapping("/scholen/thuiszitters/{id}/weer-naar-school")
	String back(@PathVariable UUID id, @ModelAttribute(FORM) OutOfSchoolForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = service.backAtSchool(users.current(), new OutOfSchoolId(id), form.getVersion(), form.getBackOn());
		if (outcome instanceof Outcome.Done<OutOfSchoolEntry>) {
			redirect.addFlashAttribute("message", "De thuiszitter gaat weer naar school en staat niet meer op de lijst.");
			return "redirect:/scholen/thuiszitters";
		}
		pages.reject(outcome, errors);
		return entryPage(model, SchoolPages.shown(service.entry(users.current(), new OutOfSchoolId(id))));
	}

	private String entryPage(Model model, OutOfSchoolEntry entry) {
		model.addAttribute("entry", entry);
		model.addAttribute("mayOpenRequests", users.current().role().worksOnCases());
		return "schools/out-of-school-entry";
	}

	private String form(Model model) {
		model.addAttribute("reasons", ReasonCategory.values());
		model.addAttribute("schools", locations.of(users.current().municipality()));
		return "schools/out-of-school-form";
	}
}
