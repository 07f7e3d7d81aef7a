package nl.jeugdregie.findability.internal.socialmap;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdregie.findability.internal.socialmap.OrganizationRecords.Withdrawable;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * VIND-2 (ADR 0041): the pages to keep organisations, their locations and new services, and the check step before
 * withdrawing an organisation, location or service from the map.
 */
@Controller
@RequestMapping("/beheer/sociale-kaart")
class OrganizationAdminController {

	private static final String FORM = "form";
	private static final String ORGANIZATION = "/beheer/sociale-kaart/organisaties/";

	private final SocialMapKeeping keeping;
	private final SocialMapService map;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	OrganizationAdminController(SocialMapKeeping keeping, SocialMapService map, CurrentUsers users,
			OutcomeResponses responses) {
		this.keeping = keeping;
		this.map = map;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/organisaties")
	String organizations(Model model) {
		var user = users.current();
		model.addAttribute("organizations", keeping.organizations(user));
		model.addAttribute("withdrawn", keeping.withdrawn(user));
		model.addAttribute("mayAdd", SocialMapService.isEditor(user));
		return "findability/admin/organizations";
	}

	@GetMapping("/organisaties/nieuw")
	String newOrganization(Model model) {
		requireEditor();
		model.addAttribute(FORM, new OrganizationForm());
		return organizationForm(model, null);
	}

	@PostMapping("/organisaties/nieuw")
	String addOrganization(@ModelAttribute(FORM) OrganizationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return answer(keeping.addOrganization(users.current(), form), errors, redirect,
				id -> done(redirect, "De organisatie is toegevoegd. Voeg nu een locatie en aanbod toe.", ORGANIZATION + id),
				() -> organizationForm(model, null));
	}

	@GetMapping("/organisaties/{id}")
	String organization(@PathVariable UUID id, Model model) {
		var organization = shown(keeping.organization(users.current(), id));
		model.addAttribute("organization", organization);
		model.addAttribute("services", keeping.servicesOf(id));
		model.addAttribute("isEditor", SocialMapService.isEditor(users.current()));
		return "findability/admin/organization";
	}

	@GetMapping("/organisaties/{id}/wijzigen")
	String editOrganization(@PathVariable UUID id, Model model) {
		var organization = shown(keeping.organization(users.current(), id));
		model.addAttribute(FORM, OrganizationForm.of(organization));
		return organizationForm(model, organization);
	}

	@PostMapping("/organisaties/{id}/wijzigen")
	String changeOrganization(@PathVariable UUID id, @ModelAttribute(FORM) OrganizationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return answer(keeping.changeOrganization(users.current(), id, form), errors, redirect,
				done -> done(redirect, "De organisatie is opgeslagen.", ORGANIZATION + id),
				() -> organizationForm(model, shown(keeping.organization(users.current(), id))));
	}

	@GetMapping("/organisaties/{id}/locaties/nieuw")
	String newLocation(@PathVariable UUID id, Model model) {
		var organization = shown(keeping.organization(users.current(), id));
		model.addAttribute(FORM, new LocationForm());
		return locationForm(model, organization, null);
	}

	@PostMapping("/organisaties/{id}/locaties/nieuw")
	String addLocation(@PathVariable UUID id, @ModelAttribute(FORM) LocationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return answer(keeping.addLocation(users.current(), id, form), errors, redirect,
				done -> done(redirect, "De locatie is toegevoegd.", ORGANIZATION + id),
				() -> locationForm(model, shown(keeping.organization(users.current(), id)), null));
	}

	@GetMapping("/locaties/{id}")
	String editLocation(@PathVariable UUID id, Model model) {
		var place = shown(keeping.location(users.current(), id));
		model.addAttribute(FORM, LocationForm.of(place));
		return locationForm(model, shown(keeping.organization(users.current(), place.organizationId())), place);
	}

	@PostMapping("/locaties/{id}")
	String changeLocation(@PathVariable UUID id, @ModelAttribute(FORM) LocationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return answer(keeping.changeLocation(users.current(), id, form), errors, redirect,
				organization -> done(redirect, "De locatie is opgeslagen.", ORGANIZATION + organization),
				() -> {
					var place = shown(keeping.location(users.current(), id));
					return locationForm(model, shown(keeping.organization(users.current(), place.organizationId())), place);
				});
	}

	@GetMapping("/organisaties/{id}/aanbod/nieuw")
	String newService(@PathVariable UUID id, Model model) {
		var organization = shown(keeping.organization(users.current(), id));
		var form = new ServiceForm();
		form.setMinAge("0");
		form.setMaxAge("23");
		model.addAttribute(FORM, form);
		return serviceForm(model, organization);
	}

	@PostMapping("/organisaties/{id}/aanbod/nieuw")
	String addService(@PathVariable UUID id, @ModelAttribute(FORM) ServiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return answer(map.addService(users.current(), id, form), errors, redirect,
				service -> done(redirect, "Het aanbod is toegevoegd en staat op de sociale kaart.", ORGANIZATION + id),
				() -> serviceForm(model, shown(keeping.organization(users.current(), id))));
	}

	/** The check step before withdrawing: what leaves the public map, and that it is kept for the record. */
	@GetMapping({ "/organisaties/{id}/intrekken", "/locaties/{id}/intrekken", "/{id}/intrekken" })
	String checkWithdrawal(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest request, Model model) {
		var what = kind(request);
		var user = users.current();
		switch (what) {
			case ORGANIZATION -> {
				var organization = shown(keeping.organization(user, id));
				requireEditor();
				model.addAttribute("name", organization.name());
				model.addAttribute("back", ORGANIZATION + id);
				model.addAttribute("consequence", "De organisatie, al haar locaties en al haar aanbod verdwijnen van de sociale kaart.");
			}
			case LOCATION -> {
				var place = shown(keeping.location(user, id));
				model.addAttribute("name", place.name());
				model.addAttribute("back", ORGANIZATION + place.organizationId());
				model.addAttribute("consequence", "De locatie verdwijnt bij al het aanbod van de organisatie. Het aanbod zelf blijft staan.");
			}
			case SERVICE -> {
				var service = switch (map.keptEntry(user, id)) {
					case Outcome.Done<ServiceEntry>(ServiceEntry entry) -> entry;
					case Outcome.Forbidden<ServiceEntry> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
					case Outcome.NotFound<ServiceEntry>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
					case Outcome.Refused<ServiceEntry> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
					case Outcome.Stale<ServiceEntry> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
				};
				model.addAttribute("name", service.name());
				model.addAttribute("back", ORGANIZATION + service.organizationId());
				model.addAttribute("consequence", "Het aanbod verdwijnt van de sociale kaart en uit de export.");
			}
		}
		model.addAttribute("action", request.getRequestURI().substring(request.getContextPath().length()));
		return "findability/admin/withdraw";
	}

	@PostMapping({ "/organisaties/{id}/intrekken", "/locaties/{id}/intrekken", "/{id}/intrekken" })
	String withdraw(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
		var what = kind(request);
		return switch (keeping.withdraw(users.current(), what, id)) {
			case Outcome.Done<UUID>(UUID organization) -> done(redirect,
					"Ingetrokken: het staat niet meer op de sociale kaart.",
					what == Withdrawable.ORGANIZATION ? "/beheer/sociale-kaart/organisaties" : ORGANIZATION + organization);
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Refused<UUID> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Stale<UUID> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	/** VIND-2: the check step before bringing a withdrawn entry back on the map. */
	@GetMapping({ "/organisaties/{id}/terugzetten", "/locaties/{id}/terugzetten", "/{id}/terugzetten" })
	String checkRestore(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		var entry = shown(keeping.entry(users.current(), kind(request), id));
		if (entry.withdrawnOn() == null) {
			return done(redirect, "Dit staat al op de sociale kaart.", ORGANIZATION + entry.organizationId());
		}
		return restorePage(entry, request, model, null);
	}

	@PostMapping({ "/organisaties/{id}/terugzetten", "/locaties/{id}/terugzetten", "/{id}/terugzetten" })
	String restore(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		var what = kind(request);
		return switch (keeping.restore(users.current(), what, id)) {
			case Outcome.Done<UUID>(UUID organization) -> done(redirect,
					"Teruggezet: het staat weer op de sociale kaart.", ORGANIZATION + organization);
			case Outcome.Refused<UUID> refused -> restorePage(shown(keeping.entry(users.current(), what, id)), request,
					model, responses.message(refused.refusals().getFirst()));
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<UUID> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	private String restorePage(WithdrawnEntry entry, jakarta.servlet.http.HttpServletRequest request, Model model,
			@org.jspecify.annotations.Nullable String error) {
		model.addAttribute("entry", entry);
		model.addAttribute("error", error);
		model.addAttribute("consequence", switch (entry.kind()) {
			case ORGANIZATION -> "De organisatie staat weer op de sociale kaart, met haar locaties en aanbod die niet apart zijn ingetrokken.";
			case LOCATION -> "De locatie staat weer bij het aanbod van " + entry.organizationName() + " waar zij bij hoorde.";
			case SERVICE -> "Het aanbod staat weer op de sociale kaart en in de export, bij " + entry.organizationName() + ".";
		});
		model.addAttribute("action", request.getRequestURI().substring(request.getContextPath().length()));
		return "findability/admin/restore";
	}

	private static Withdrawable kind(jakarta.servlet.http.HttpServletRequest request) {
		var path = request.getRequestURI();
		if (path.contains("/organisaties/")) {
			return Withdrawable.ORGANIZATION;
		}
		return path.contains("/locaties/") ? Withdrawable.LOCATION : Withdrawable.SERVICE;
	}

	private String answer(Outcome<UUID> outcome, BindingResult errors, RedirectAttributes redirect,
			Function<UUID, String> onDone, Supplier<String> again) {
		return switch (outcome) {
			case Outcome.Done<UUID>(UUID id) -> onDone.apply(id);
			case Outcome.Refused<UUID> refused -> {
				responses.rejectInto(refused, errors);
				yield again.get();
			}
			case Outcome.Stale<UUID> stale -> {
				errors.reject("findability.stale", responses.message(Refusal.ofWhole("findability.stale")));
				yield again.get();
			}
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private static String done(RedirectAttributes redirect, String message, String target) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + target;
	}

	private void requireEditor() {
		if (!SocialMapService.isEditor(users.current())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static <T> T shown(Outcome<T> outcome) {
		return switch (outcome) {
			case Outcome.Done<T>(T value) -> value;
			case Outcome.NotFound<T>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<T> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Refused<T> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Stale<T> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	private String organizationForm(Model model, @org.jspecify.annotations.Nullable OrganizationEntry organization) {
		model.addAttribute("organization", organization);
		model.addAttribute("isEditor", SocialMapService.isEditor(users.current()));
		return "findability/admin/organization-form";
	}

	private String locationForm(Model model, OrganizationEntry organization,
			OrganizationEntry.@org.jspecify.annotations.Nullable Place place) {
		model.addAttribute("organization", organization);
		model.addAttribute("place", place);
		return "findability/admin/location-form";
	}

	private String serviceForm(Model model, OrganizationEntry organization) {
		model.addAttribute("organization", organization);
		model.addAttribute("entry", null);
		model.addAttribute("places", organization.locations());
		model.addAttribute("themes", map.themes());
		return "findability/admin/service-form";
	}
}
