package nl.jeugdregie.findability.internal.socialmap;

import java.util.UUID;
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
 * VIND-2: keeping the social map: the editor every entry of the municipality, a provider its own organisations'
 * entries (another's answers 403, another municipality's 404). The follow-up list names entries not confirmed within
 * the norm; saving or confirming sets the last-confirmed date to today.
 */
@Controller
@RequestMapping("/beheer/sociale-kaart")
class SocialMapAdminController {

	private final SocialMapService map;
	private final SocialMapKeeping keeping;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	SocialMapAdminController(SocialMapService map, SocialMapKeeping keeping, CurrentUsers users,
			OutcomeResponses responses) {
		this.map = map;
		this.keeping = keeping;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	String list(Model model) {
		var user = users.current();
		model.addAttribute("entries", map.kept(user));
		model.addAttribute("followUp", map.followUp(user));
		model.addAttribute("limit", map.confirmationLimit(user.municipality()));
		return "findability/admin/social-map";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		var entry = entry(id);
		model.addAttribute("form", ServiceForm.of(entry));
		return form(model, entry);
	}

	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return switch (map.change(users.current(), id, form)) {
			case Outcome.Done<UUID> done -> {
				redirect.addFlashAttribute("message", "De gegevens zijn opgeslagen en vandaag bevestigd.");
				yield "redirect:/beheer/sociale-kaart";
			}
			case Outcome.Refused<UUID> refused -> {
				responses.rejectInto(refused, errors);
				yield form(model, entry(id));
			}
			case Outcome.Stale<UUID> stale -> {
				errors.reject("findability.stale", responses.message(Refusal.ofWhole("findability.stale")));
				yield form(model, entry(id));
			}
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	@PostMapping("/{id}/bevestigen")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		return switch (map.confirm(users.current(), id)) {
			case Outcome.Done<UUID> done -> {
				redirect.addFlashAttribute("message", "Bevestigd: de gegevens kloppen nog.");
				yield "redirect:/beheer/sociale-kaart";
			}
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Refused<UUID> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Stale<UUID> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	private ServiceEntry entry(UUID id) {
		return switch (map.keptEntry(users.current(), id)) {
			case Outcome.Done<ServiceEntry>(ServiceEntry entry) -> entry;
			case Outcome.Forbidden<ServiceEntry> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<ServiceEntry>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Refused<ServiceEntry> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Stale<ServiceEntry> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	private String form(Model model, ServiceEntry entry) {
		model.addAttribute("entry", entry);
		model.addAttribute("organization", null);
		model.addAttribute("themes", map.themes());
		model.addAttribute("places", switch (keeping.organization(users.current(), entry.organizationId())) {
			case Outcome.Done<OrganizationEntry>(OrganizationEntry organization) -> organization.locations();
			case Outcome.NotFound<OrganizationEntry>() -> java.util.List.of();
			case Outcome.Forbidden<OrganizationEntry> forbidden -> java.util.List.of();
			case Outcome.Refused<OrganizationEntry> refused -> java.util.List.of();
			case Outcome.Stale<OrganizationEntry> stale -> java.util.List.of();
		});
		return "findability/admin/service-form";
	}
}
