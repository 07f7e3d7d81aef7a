package nl.jeugdregie.schools.internal.familycontact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.schools.SchoolLocations;
import nl.jeugdregie.schools.internal.SchoolPages;
import nl.jeugdregie.schools.internal.SchoolRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** OND-6: family contact persons: the page and the REST API. */
@Controller
@Tag(name = "Scholen: gezinscontactpersonen", description = "Family contact persons on primary schools (OND-6)")
class FamilyContactController {

	private static final String FORM = "form";

	private final FamilyContactService service;
	private final SchoolLocations locations;
	private final CurrentUsers users;
	private final SchoolPages pages;
	private final OutcomeResponses responses;

	FamilyContactController(FamilyContactService service, SchoolLocations locations, CurrentUsers users, SchoolPages pages,
			OutcomeResponses responses) {
		this.service = service;
		this.locations = locations;
		this.users = users;
		this.pages = pages;
		this.responses = responses;
	}

	@Schema(requiredProperties = { "name", "since", "schools" })
	record FamilyContactBody(@Nullable String name, @Nullable LocalDate since, @Nullable List<UUID> schools) {}

	/** The form of a new family contact person. */
	public static class FamilyContactForm {
		private @Nullable String name;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate since;
		private @Nullable List<UUID> schools;

		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable LocalDate getSince() { return since; }
		public void setSince(@Nullable LocalDate since) { this.since = since; }
		public @Nullable List<UUID> getSchools() { return schools; }
		public void setSchools(@Nullable List<UUID> schools) { this.schools = schools; }
	}

	@GetMapping("/api/v1/schools/family-contact-persons")
	@ResponseBody
	@Operation(summary = "Family contact persons: who, from when, on which schools")
	@ApiResponse(responseCode = "200", description = "De gezinscontactpersonen", content = @Content(array = @ArraySchema(schema = @Schema(implementation = FamilyContact.class))))
	ResponseEntity<?> list() {
		return responses.toResponse(service.list(users.current()), ResponseEntity::ok);
	}

	@PostMapping("/api/v1/schools/family-contact-persons")
	@ResponseBody
	@Operation(summary = "Add a family contact person on primary schools with an \"extra\" connection (team lead, policy officer)")
	@ApiResponse(responseCode = "201", description = "De gezinscontactpersoon; Location wijst ernaar", content = @Content(schema = @Schema(implementation = FamilyContact.class)))
	ResponseEntity<?> add(@RequestBody FamilyContactBody body) {
		return responses.toResponse(service.add(users.current(), new FamilyContactDraft(body.name(), body.since(),
				body.schools() == null ? List.of() : body.schools())),
				contact -> ResponseEntity.created(URI.create("/api/v1/schools/family-contact-persons/" + contact.id())).body(contact));
	}

	@GetMapping("/scholen/gezinscontactpersonen")
	String page(Model model) {
		model.addAttribute("contacts", SchoolPages.shown(service.list(users.current())));
		model.addAttribute("mayAdd", SchoolRoles.KEEP_FAMILY_CONTACTS.allows(users.current()));
		return "schools/family-contacts";
	}

	@GetMapping("/scholen/gezinscontactpersonen/nieuw")
	String newContact(Model model) {
		if (!SchoolRoles.KEEP_FAMILY_CONTACTS.allows(users.current())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute(FORM, new FamilyContactForm());
		return form(model);
	}

	@PostMapping("/scholen/gezinscontactpersonen/nieuw")
	String create(@ModelAttribute(FORM) FamilyContactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var outcome = service.add(users.current(), new FamilyContactDraft(form.getName(), form.getSince(),
				form.getSchools() == null ? List.of() : form.getSchools()));
		if (outcome instanceof Outcome.Done<FamilyContact>(var contact)) {
			redirect.addFlashAttribute("message", contact.name() + " is toegevoegd als gezinscontactpersoon.");
			return "redirect:/scholen/gezinscontactpersonen";
		}
		pages.reject(outcome, errors);
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("schools", locations.of(users.current().municipality()).stream()
				.filter(s -> s.type().isPrimary()).toList());
		return "schools/family-contact-form";
	}
}
