package nl.jeugdregie.schools.internal.location;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolType;
import nl.jeugdregie.schools.internal.SchoolPages;
import nl.jeugdregie.schools.internal.SchoolRoles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** OND-1: adding a location, changing its connection, importing DUO's file. One change per page. */
@Controller
class LocationPageController {

	private static final String FORM = "form";

	private final LocationService service;
	private final CurrentUsers users;
	private final SchoolPages pages;

	LocationPageController(LocationService service, CurrentUsers users, SchoolPages pages) {
		this.service = service;
		this.users = users;
		this.pages = pages;
	}

	@GetMapping("/scholen/nieuw")
	String newLocation(Model model) {
		requireKeeper();
		model.addAttribute(FORM, new LocationForm());
		return form(model);
	}

	@PostMapping("/scholen/nieuw")
	String create(@ModelAttribute(FORM) LocationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var outcome = service.create(users.current(), form.draft());
		if (outcome instanceof Outcome.Done<SchoolLocation>(var location)) {
			redirect.addFlashAttribute("message", "Locatie " + location.name() + " is toegevoegd.");
			return "redirect:/scholen/" + location.id();
		}
		pages.reject(outcome, errors);
		return form(model);
	}

	@GetMapping("/scholen/{id}/aansluiting")
	String connectionForm(@PathVariable UUID id, Model model) {
		requireKeeper();
		var location = SchoolPages.shown(service.location(users.current(), new SchoolLocationId(id)));
		model.addAttribute(FORM, LocationForm.of(location));
		return connection(model, location);
	}

	@PostMapping("/scholen/{id}/aansluiting")
	String changeConnection(@PathVariable UUID id, @ModelAttribute(FORM) LocationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var outcome = service.changeConnection(users.current(), new SchoolLocationId(id), form.getVersion(), form.connection());
		if (outcome instanceof Outcome.Done<SchoolLocation>(var location)) {
			redirect.addFlashAttribute("message", "De aansluiting is gewijzigd in " + location.connection().dutchText() + ".");
			return "redirect:/scholen/" + id;
		}
		pages.reject(outcome, errors);
		return connection(model, SchoolPages.shown(service.location(users.current(), new SchoolLocationId(id))));
	}

	@GetMapping("/scholen/import")
	String importForm(Model model) {
		requireKeeper();
		model.addAttribute("columns", DuoLocationsCsv.COLUMNS);
		return "schools/import";
	}

	@PostMapping("/scholen/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		var text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
		var outcome = service.importCsv(users.current(), text);
		switch (outcome) {
			case Outcome.Done<LocationService.Imported>(var imported) -> {
				redirect.addFlashAttribute("message", imported.added() + " locaties toegevoegd, " + imported.updated()
						+ " bijgewerkt.");
				return "redirect:/scholen";
			}
			case Outcome.Refused<LocationService.Imported>(var refusals) -> {
				model.addAttribute("problems", pages.messages(refusals));
				model.addAttribute("columns", DuoLocationsCsv.COLUMNS);
				return "schools/import";
			}
			case Outcome.Forbidden<LocationService.Imported> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<LocationService.Imported> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<LocationService.Imported> s -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
	}

	private void requireKeeper() {
		if (!SchoolRoles.KEEP_LOCATIONS.allows(users.current())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static String form(Model model) {
		model.addAttribute("types", SchoolType.values());
		model.addAttribute("connections", ConnectionType.values());
		return "schools/location-form";
	}

	private static String connection(Model model, SchoolLocation location) {
		model.addAttribute("location", location);
		model.addAttribute("connections", ConnectionType.values());
		return "schools/connection-form";
	}
}
