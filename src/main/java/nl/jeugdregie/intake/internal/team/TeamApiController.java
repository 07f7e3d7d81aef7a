package nl.jeugdregie.intake.internal.team;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** TOE-13 in the REST API: the team's expertise and caseload, expertise profiles, and assignment. */
@RestController
@Tag(name = "Team en toewijzing", description = "Expertise, caseload and assignment of help requests (TOE-13)")
class TeamApiController {

	private final TeamService team;
	private final CurrentUsers users;
	private final MessageSource messages;

	TeamApiController(TeamService team, CurrentUsers users, MessageSource messages) {
		this.team = team;
		this.users = users;
		this.messages = messages;
	}

	/** SEC-1: {@code skjRegisteredUntil} when a registration is recorded; {@code skjExpired} when it has ended. */
	record MemberJson(String username, String name, String role, Set<Expertise> expertise, long caseload,
			java.time.@Nullable LocalDate skjRegisteredUntil, boolean skjExpired) {

		static MemberJson of(TeamMember m) {
			return new MemberJson(m.username(), m.displayName(), m.role().name(), m.expertise(), m.caseload(),
					m.skj() == null ? null : m.skj().registeredUntil(), m.skjExpired());
		}
	}

	record TeamJson(String team, List<MemberJson> members, List<Expertise> missingExpertise) {}

	record ExpertiseBody(@Nullable Set<Expertise> expertise) {}

	record AssignmentBody(@Nullable String professional) {}

	@GetMapping("/api/v1/team")
	@Operation(summary = "The caller's team: professionals with expertise and caseload, and missing expertise")
	TeamJson overview() {
		var overview = team.overview(users.current());
		return new TeamJson(overview.team().name(), overview.members().stream().map(MemberJson::of).toList(),
				overview.coverage().stream().filter(TeamOverview.Coverage::missing).map(TeamOverview.Coverage::expertise)
						.toList());
	}

	@PutMapping("/api/v1/team/members/{username}/expertise")
	@Operation(summary = "Replace a professional's expertise (team lead of the same team only)")
	@ApiResponse(responseCode = "204", description = "Gelukt, zonder inhoud")
	ResponseEntity<?> expertise(@PathVariable String username, @RequestBody ExpertiseBody body) {
		var chosen = body.expertise() == null || body.expertise().isEmpty() ? EnumSet.noneOf(Expertise.class)
				: EnumSet.copyOf(body.expertise());
		return team.replaceExpertise(users.current(), username, chosen) instanceof Outcome.Done<String>
				? ResponseEntity.noContent().build()
				: Problems.forbidden("Alleen de teamleider legt de expertise van de eigen teamleden vast.");
	}

	@GetMapping("/api/v1/help-requests/{id}/assignment-suggestions")
	@Operation(summary = "Who to assign a request to: needed expertise first, then the smallest caseload")
	List<MemberJson> suggestions(@PathVariable UUID id, @RequestParam(required = false) @Nullable Expertise expertise) {
		return team.suggestions(new HelpRequestId(id), users.current(), expertise).stream().map(MemberJson::of).toList();
	}

	@PostMapping("/api/v1/help-requests/{id}/assignment")
	@Operation(summary = "Assign a request to a professional of its team (team lead only)")
	@ApiResponse(responseCode = "204", description = "Gelukt, zonder inhoud")
	ResponseEntity<?> assign(@PathVariable UUID id, @RequestBody AssignmentBody body) {
		return switch (team.assign(new HelpRequestId(id), body.professional(), users.current())) {
			case Outcome.Done<String> done -> ResponseEntity.noContent().build();
			case Outcome.Refused<String> refused -> refused.refusals().getFirst().code().endsWith("teamLeadOnly")
					? Problems.forbidden(text(refused)) : Problems.invalid(List.of(new Problems.FieldProblem("professional", text(refused))));
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> Problems.notFound();
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private String text(Outcome.Refused<String> refused) {
		var refusal = refused.refusals().getFirst();
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
