package nl.jeugdregie.schools.internal.zat;

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

/** OND-4: recording a ZAT meeting of a location. */
@Controller
class ZatPageController {

	private static final String FORM = "form";

	private final ZatService service;
	private final LocationRecords locations;
	private final CurrentUsers users;
	private final SchoolPages pages;

	ZatPageController(ZatService service, LocationRecords locations, CurrentUsers users, SchoolPages pages) {
		this.service = service;
		this.locations = locations;
		this.users = users;
		this.pages = pages;
	}

	@GetMapping("/scholen/{id}/zat")
	String form(@PathVariable UUID id, Model model) {
		if (!SchoolRoles.RECORD_CONTACT.allows(users.current())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute(FORM, new ZatForm());
		return page(model, id);
	}

	@PostMapping("/scholen/{id}/zat")
	String record(@PathVariable UUID id, @ModelAttribute(FORM) ZatForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = service.record(users.current(), new SchoolLocationId(id), new ZatDraft(form.getHeldOn(), form.getOcpTookPart()));
		if (outcome instanceof Outcome.Done<ZatMeeting>) {
			redirect.addFlashAttribute("message", "Het ZAT-overleg is vastgelegd.");
			return "redirect:/scholen/" + id;
		}
		pages.reject(outcome, errors);
		return page(model, id);
	}

	private String page(Model model, UUID id) {
		model.addAttribute("location", locations.find(users.current().municipality(), new SchoolLocationId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "schools/zat-form";
	}
}
