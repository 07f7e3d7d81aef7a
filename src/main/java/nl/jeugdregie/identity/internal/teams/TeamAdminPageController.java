package nl.jeugdregie.identity.internal.teams;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.internal.AdminPages;
import nl.jeugdregie.identity.internal.Saved;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
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
 * Issue 14: the administrator's screens for the municipality's teams. A summary list per team with "Wijzigen" per
 * line, one change per page, a check step before (de)activating. Plain HTML forms.
 */
@Controller
@RequestMapping("/beheer/teams")
class TeamAdminPageController {

	private static final String FORM = "form";

	private final TeamAdministration teams;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	TeamAdminPageController(TeamAdministration teams, CurrentUsers users, OutcomeResponses responses) {
		this.responses = responses;
		this.teams = teams;
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", teams.list(users.current()));
		return "identity/admin/teams";
	}

	@GetMapping("/nieuw")
	String newTeam(Model model) {
		model.addAttribute(FORM, new TeamForm());
		return form(model, "new", null);
	}

	@PostMapping("/nieuw")
	String create(@ModelAttribute(FORM) TeamForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var outcome = teams.create(users.current(), form.getName() == null ? "" : form.getName(), form.districtList());
		return AdminPages.answer(outcome, errors, responses, saved -> confirmed(saved, redirect),
				() -> form(model, "new", null));
	}

	@GetMapping("/{id}")
	String team(@PathVariable UUID id, Model model) {
		var team = found(id);
		model.addAttribute("team", team);
		return "identity/admin/team";
	}

	@GetMapping("/{id}/naam")
	String nameForm(@PathVariable UUID id, Model model) {
		var team = found(id);
		model.addAttribute(FORM, TeamForm.of(team));
		return form(model, "name", team);
	}

	@PostMapping("/{id}/naam")
	String rename(@PathVariable UUID id, @ModelAttribute(FORM) TeamForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = teams.rename(users.current(), new TeamId(id), form.getVersion(),
				form.getName() == null ? "" : form.getName());
		return respond(id, outcome, errors, model, redirect, "name");
	}

	@GetMapping("/{id}/wijken")
	String districtsForm(@PathVariable UUID id, Model model) {
		var team = found(id);
		model.addAttribute(FORM, TeamForm.of(team));
		return form(model, "districts", team);
	}

	@PostMapping("/{id}/wijken")
	String changeDistricts(@PathVariable UUID id, @ModelAttribute(FORM) TeamForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var outcome = teams.changeDistricts(users.current(), new TeamId(id), form.getVersion(), form.districtList());
		return respond(id, outcome, errors, model, redirect, "districts");
	}

	@GetMapping("/{id}/deactiveren")
	String deactivation(@PathVariable UUID id, Model model) {
		var team = found(id);
		model.addAttribute(FORM, TeamForm.of(team));
		return confirm(model, team, true);
	}

	@PostMapping("/{id}/deactiveren")
	String deactivate(@PathVariable UUID id, @ModelAttribute(FORM) TeamForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return confirmed(id, teams.deactivate(users.current(), new TeamId(id), form.getVersion()), errors, model,
				redirect, true);
	}

	@GetMapping("/{id}/activeren")
	String reactivation(@PathVariable UUID id, Model model) {
		var team = found(id);
		model.addAttribute(FORM, TeamForm.of(team));
		return confirm(model, team, false);
	}

	@PostMapping("/{id}/activeren")
	String reactivate(@PathVariable UUID id, @ModelAttribute(FORM) TeamForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return confirmed(id, teams.reactivate(users.current(), new TeamId(id), form.getVersion()), errors, model,
				redirect, false);
	}

	/** After the check step: back to the team with the confirmation, or the check step again with the refusal. */
	private String confirmed(UUID id, Outcome<Saved> outcome, BindingResult errors, Model model,
			RedirectAttributes redirect, boolean deactivating) {
		return AdminPages.answer(outcome, errors, responses, saved -> confirmed(saved, redirect),
				() -> confirm(model, found(id), deactivating));
	}

	private String respond(UUID id, Outcome<Saved> outcome, BindingResult errors, Model model,
			RedirectAttributes redirect, String step) {
		return AdminPages.answer(outcome, errors, responses, saved -> confirmed(saved, redirect),
				() -> form(model, step, found(id)));
	}

	/** Back to the team, with the confirmation of what was saved. */
	private String confirmed(Saved saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", responses.text(saved.confirmation(), saved.arguments().toArray()));
		return "redirect:/beheer/teams/" + saved.id();
	}

	private String form(Model model, String step, @org.jspecify.annotations.Nullable ManagedTeam team) {
		model.addAttribute("step", step);
		model.addAttribute("team", team);
		return "identity/admin/team-form";
	}

	private String confirm(Model model, ManagedTeam team, boolean deactivating) {
		model.addAttribute("team", team);
		model.addAttribute("deactivating", deactivating);
		model.addAttribute("refusals", deactivating ? teams.deactivationRefusals(team).stream().map(responses::message).toList()
				: java.util.List.of());
		return "identity/admin/team-confirm";
	}

	private ManagedTeam found(UUID id) {
		return teams.find(users.current(), new TeamId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
