package nl.jeugdregie.identity.internal.skj;

import java.util.Locale;
import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.context.MessageSource;
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

/** SEC-1: the administrator's page to record a professional's SKJ registration ("Wijzigen" on the user's summary). */
@Controller
@RequestMapping("/beheer/gebruikers/{username}/skj")
class SkjPageController {

	private static final String FORM = "form";

	private final SkjAdministration administration;
	private final JdbcSkjRegistrations registrations;
	private final CurrentUsers users;
	private final MessageSource messages;

	SkjPageController(SkjAdministration administration, JdbcSkjRegistrations registrations, CurrentUsers users,
			MessageSource messages) {
		this.administration = administration;
		this.registrations = registrations;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable String username, Model model) {
		var form = new SkjForm();
		registrations.of(username).ifPresent(r -> {
			form.setSkjNumber(r.number());
			form.setSkjRegisteredUntil(r.registeredUntil());
		});
		model.addAttribute(FORM, form);
		return page(username, model);
	}

	@PostMapping
	String save(@PathVariable String username, @ModelAttribute(FORM) SkjForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(username, model);
		}
		return switch (administration.save(users.current(), username, form.input())) {
			case SkjAdministration.Result.Saved(var confirmation) -> {
				redirect.addFlashAttribute("message", confirmation);
				yield "redirect:/beheer/gebruikers/" + username;
			}
			case SkjAdministration.Result.Refused(var refusals) -> {
				refusals.forEach(r -> errors.rejectValue(r.field(), r.code(),
						messages.getMessage(r.code(), r.arguments().toArray(), Locale.of("nl", "NL"))));
				yield page(username, model);
			}
			case SkjAdministration.Result.NotFound() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	private String page(String username, Model model) {
		var name = registrations.displayNameOf(username, users.current().municipality())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("username", username);
		model.addAttribute("displayName", name);
		return "identity/admin/user-skj";
	}
}
