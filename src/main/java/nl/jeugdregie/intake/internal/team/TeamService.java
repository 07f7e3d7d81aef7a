package nl.jeugdregie.intake.internal.team;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.StepResult;
import nl.jeugdregie.intake.Violation;
import nl.jeugdregie.intake.internal.file.ChangeableFiles;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOE-13: the team's expertise and caseload, the team lead keeping expertise profiles, and assigning requests
 * with suggestions. Only the team lead of the request's team assigns, and only to a case worker of that team.
 */
@Service
public class TeamService {

	private final Teams teams;
	private final UserAccounts accounts;
	private final JdbcHelpRequests requests;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final ChangeableFiles files;

	TeamService(Teams teams, UserAccounts accounts, JdbcHelpRequests requests, JdbcClient jdbc, AuditTrail audit,
			Clock clock, ChangeableFiles files) {
		this.files = files;
		this.clock = clock;
		this.teams = teams;
		this.accounts = accounts;
		this.requests = requests;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	TeamOverview overview(CurrentUser user) {
		if (user.team() == null || !user.role().worksOnCases()) {
			throw new IllegalArgumentException("Only case workers of a team see their team");
		}
		return new TeamOverview(teams.find(user.team()).orElseThrow(), members(user.team()));
	}

	public List<TeamMember> members(TeamId team) {
		var caseloads = new java.util.HashMap<String, Long>();
		jdbc.sql("""
				select assigned_to, count(*) from help_request
				where team_id = ? and state <> 'CLOSED' and assigned_to is not null group by assigned_to""")
				.param(team.value())
				.query(rs -> {
					caseloads.put(rs.getString(1), rs.getLong(2));
				});
		return accounts.ofTeam(team).stream()
				.filter(u -> u.role().worksOnCases())
				.map(u -> new TeamMember(u.username(), u.displayName(), u.role(), accounts.expertiseOf(u.username()),
						caseloads.getOrDefault(u.username(), 0L)))
				.toList();
	}

	/** The team lead keeps the expertise profiles of the team's professionals. */
	@Transactional
	StepResult replaceExpertise(CurrentUser teamLead, String username, Set<Expertise> expertise) {
		var member = accounts.find(username);
		if (teamLead.role() != Role.TEAM_LEAD || teamLead.team() == null || member.isEmpty()
				|| !teamLead.team().equals(member.get().team())) {
			return new StepResult.NotAllowed();
		}
		accounts.replaceExpertise(username, expertise);
		return new StepResult.Done("Expertise van " + member.get().displayName() + " bijgewerkt");
	}

	/** Suggestions for a request, best first; empty when the user may not assign it. */
	@Transactional(readOnly = true)
	public List<TeamMember> suggestions(HelpRequestId id, CurrentUser user, @Nullable Expertise needed) {
		var request = requests.find(id);
		if (request.isEmpty() || !CaseAccessPolicy.decide(user, request.get().scope()).granted()) {
			return List.of();
		}
		return AssignmentSuggestions.rank(members(request.get().team()), needed);
	}

	@Transactional
	StepResult assign(HelpRequestId id, @Nullable String professional, CurrentUser teamLead) {
		var found = files.open(id, teamLead, "Toewijzen geweigerd");
		if (found.isEmpty()) {
			return new StepResult.NotAllowed();
		}
		var request = found.get();
		if (teamLead.role() != Role.TEAM_LEAD) {
			return new StepResult.Refused(List.of(new Violation("professional", "intake.assignment.teamLeadOnly")));
		}
		if (!request.state().open()) {
			return new StepResult.Refused(List.of(new Violation("professional", "intake.assignment.closed")));
		}
		var target = professional == null ? null : accounts.find(professional)
				.filter(u -> u.role().worksOnCases() && request.team().equals(u.team())).orElse(null);
		if (target == null) {
			return new StepResult.Refused(List.of(new Violation("professional", "intake.assignment.professional")));
		}
		request.assign(target.username());
		requests.saveState(request, clock.instant());
		var what = "Toegewezen aan " + target.displayName();
		audit.record(ClientFileAccess.updated(teamLead, request.client(), request.subject(), what));
		return new StepResult.Done(what);
	}
}
