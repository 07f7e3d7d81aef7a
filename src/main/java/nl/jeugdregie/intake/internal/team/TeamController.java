package nl.jeugdregie.intake.internal.team;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.intake.internal.file.FileAction;
import nl.jeugdregie.intake.internal.file.HelpRequestController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** TOE-13: the team's expertise and caseload, and the team lead assigning requests. */
@Controller
class TeamController {

	private final TeamService team;
	private final HelpRequestController files;
	private final CurrentUsers users;
	private final org.springframework.context.MessageSource messages;

	TeamController(TeamService team, HelpRequestController files, CurrentUsers users,
			org.springframework.context.MessageSource messages) {
		this.team = team;
		this.files = files;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/team")
	String overview(Model model) {
		var user = users.current();
		model.addAttribute("overview", team.overview(user));
		model.addAttribute("expertises", Expertise.values());
		model.addAttribute("today", team.today());
		if (user.role() == nl.jeugdregie.identity.Role.TEAM_LEAD) {
			model.addAttribute("skjEnding", team.registrationsEnding(user));
		}
		return "intake/team";
	}

	/** SEC-1: the team lead's list of her team's SKJ registrations that ended or end soon (the security rules admit her). */
	@GetMapping({ "/team/skj-registraties", "/beheer/skj-registraties" })
	String registrations(Model model) {
		model.addAttribute("registrations", team.registrationsEnding(users.current()));
		model.addAttribute("today", team.today());
		return "intake/skj-registrations";
	}

	@PostMapping("/team/{username}/expertise")
	String expertise(@PathVariable String username, @RequestParam(required = false) @Nullable List<Expertise> expertise,
			RedirectAttributes redirect) {
		var chosen = expertise == null || expertise.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise);
		return switch (team.replaceExpertise(users.current(), username, chosen)) {
			case Outcome.Done<String> done -> {
				redirect.addFlashAttribute("message", done.value() + ".");
				yield "redirect:/team";
			}
			case Outcome.Refused<String> refused -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	@PostMapping("/hulpvragen/{id}/toewijzen")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String professional, Model model,
			RedirectAttributes redirect) {
		return switch (team.assign(new HelpRequestId(id), professional, users.current())) {
			case Outcome.Done<String> done -> {
				redirect.addFlashAttribute("message", done.value() + ".");
				yield "redirect:/hulpvragen/" + id;
			}
			case Outcome.Refused<String> refused -> {
				var refusal = refused.refusals().getFirst();
				model.addAttribute("lifecycleForm", "assignment");
				model.addAttribute("lifecycleErrors", java.util.Map.of("professional", messages.getMessage(
						refusal.code(), refusal.arguments().toArray(), org.springframework.context.i18n.LocaleContextHolder.getLocale())));
				yield files.action(id, FileAction.ASSIGNMENT, model);
			}
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}
}
