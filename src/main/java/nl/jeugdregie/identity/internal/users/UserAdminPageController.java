package nl.jeugdregie.identity.internal.users;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.internal.AdminPages;
import nl.jeugdregie.identity.internal.Saved;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 14: the administrator's screens for the municipality's users: a searchable list, adding a user (whose
 * one-time password is shown once), a summary list with "Wijzigen" per part, one change per page, and a check step
 * before deactivating, reactivating or giving a new one-time password.
 */
@Controller
@RequestMapping("/beheer/gebruikers")
class UserAdminPageController {

	private static final String FORM = "form";
	private static final java.util.List<Role> MUNICIPAL_ROLES = java.util.Arrays.stream(Role.values())
			.filter(Role::ofMunicipality).toList();

	private final UserAdministration users;
	private final CurrentUsers current;
	private final nl.jeugdregie.identity.SkjRegistrations skj;
	private final OutcomeResponses responses;

	UserAdminPageController(UserAdministration users, CurrentUsers current, nl.jeugdregie.identity.SkjRegistrations skj, OutcomeResponses responses) {
		this.responses = responses;
		this.users = users;
		this.current = current;
		this.skj = skj;
	}

	@GetMapping
	String list(@RequestParam(name = "zoek", required = false) @Nullable String text,
			@RequestParam(name = "team", required = false) @Nullable UUID team,
			@RequestParam(name = "rol", required = false) @Nullable Role role,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		var active = "actief".equals(status) ? Boolean.TRUE : "inactief".equals(status) ? Boolean.FALSE : null;
		var search = new UserSearch(text, team == null ? null : new TeamId(team), role, active, page);
		var admin = current.current();
		model.addAttribute("result", users.search(admin, search));
		model.addAttribute("search", search);
		model.addAttribute("status", active == null ? "" : status);
		model.addAttribute("teams", users.activeTeams(admin));
		model.addAttribute("roles", MUNICIPAL_ROLES);
		model.addAttribute("today", users.today());
		return "identity/admin/users";
	}

	@GetMapping("/nieuw")
	String newUser(Model model) {
		model.addAttribute(FORM, new UserForm());
		return form(model, "new", null);
	}

	@PostMapping("/nieuw")
	String create(@ModelAttribute(FORM) UserForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model, "new", null);
		}
		var outcome = users.create(current.current(), form.getUsername(), form.details());
		return AdminPages.answer(outcome, errors, responses, saved -> saved(saved, redirect),
				() -> form(model, "new", null));
	}

	@GetMapping("/{username}")
	String user(@PathVariable String username, Model model) {
		model.addAttribute("user", found(username));
		model.addAttribute("skj", skj.of(username).orElse(null));
		model.addAttribute("today", users.today());
		model.addAttribute("expertises", Expertise.values());
		return "identity/admin/user";
	}

	@GetMapping({ "/{username}/gegevens", "/{username}/rol", "/{username}/periode" })
	String editForm(@PathVariable String username, Model model, jakarta.servlet.http.HttpServletRequest request) {
		var user = found(username);
		model.addAttribute(FORM, UserForm.of(user));
		return form(model, step(request), user);
	}

	@PostMapping({ "/{username}/gegevens", "/{username}/rol", "/{username}/periode" })
	String change(@PathVariable String username, @ModelAttribute(FORM) UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		var user = found(username);
		var step = step(request);
		if (errors.hasErrors()) {
			return form(model, step, user);
		}
		var before = user.details();
		var sent = form.details();
		var details = switch (step) {
			case "details" -> new UserDetails(sent.displayName(), sent.email(), before.role(), before.team(),
					before.expertise(), before.activeFrom(), before.activeUntil());
			case "role" -> new UserDetails(before.displayName(), before.email(), sent.role(), sent.team(),
					sent.role() != null && sent.role().worksOnCases() ? sent.expertise() : java.util.Set.of(),
					before.activeFrom(), before.activeUntil());
			default -> new UserDetails(before.displayName(), before.email(), before.role(), before.team(),
					before.expertise(), sent.activeFrom(), sent.activeUntil());
		};
		var outcome = users.change(current.current(), username, form.getVersion(), details);
		return AdminPages.answer(outcome, errors, responses, saved -> saved(saved, redirect),
				() -> form(model, step, user));
	}

	@GetMapping({ "/{username}/deactiveren", "/{username}/activeren", "/{username}/wachtwoord" })
	String confirmation(@PathVariable String username, Model model, jakarta.servlet.http.HttpServletRequest request) {
		var user = found(username);
		model.addAttribute(FORM, UserForm.of(user));
		return confirm(model, user, action(request));
	}

	@PostMapping({ "/{username}/deactiveren", "/{username}/activeren", "/{username}/wachtwoord" })
	String confirmed(@PathVariable String username, @ModelAttribute(FORM) UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		var action = action(request);
		var admin = current.current();
		var outcome = switch (action) {
			case "deactivate" -> users.deactivate(admin, username, form.getVersion());
			case "reactivate" -> users.reactivate(admin, username, form.getVersion());
			default -> users.newOneTimePassword(admin, username, form.getVersion());
		};
		return AdminPages.answer(outcome, errors, responses, saved -> saved(saved, redirect),
				() -> confirm(model, found(username), action));
	}

	/** Back to the user, with the confirmation and a new one-time password (shown once) when there is one. */
	private String saved(Saved saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", responses.text(saved.confirmation(), saved.arguments().toArray()));
		if (saved.oneTimePassword() != null) {
			redirect.addFlashAttribute("oneTimePassword", saved.oneTimePassword());
		}
		return "redirect:/beheer/gebruikers/" + saved.id();
	}

	private static String step(jakarta.servlet.http.HttpServletRequest request) {
		var uri = request.getRequestURI();
		return uri.endsWith("/gegevens") ? "details" : uri.endsWith("/rol") ? "role" : "period";
	}

	private static String action(jakarta.servlet.http.HttpServletRequest request) {
		var uri = request.getRequestURI();
		return uri.endsWith("/deactiveren") ? "deactivate" : uri.endsWith("/activeren") ? "reactivate" : "password";
	}

	private String form(Model model, String step, @Nullable ManagedUser user) {
		model.addAttribute("step", step);
		model.addAttribute("user", user);
		model.addAttribute("teams", users.activeTeamsWith(current.current(), user,
				name -> responses.text("identity.admin.team.deactivatedName", name)));
		model.addAttribute("roles", MUNICIPAL_ROLES);
		model.addAttribute("expertises", Expertise.values());
		return "identity/admin/user-form";
	}

	private String confirm(Model model, ManagedUser user, String action) {
		model.addAttribute("user", user);
		model.addAttribute("action", action);
		return "identity/admin/user-confirm";
	}

	private ManagedUser found(String username) {
		return users.find(current.current(), username)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
