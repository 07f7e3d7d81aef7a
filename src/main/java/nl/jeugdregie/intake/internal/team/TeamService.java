package nl.jeugdregie.intake.internal.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.SkjRegistrations;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.file.ChangeableFiles;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
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
	private final SkjRegistrations skj;
	private final Norms norms;

	TeamService(Teams teams, UserAccounts accounts, JdbcHelpRequests requests, JdbcClient jdbc, AuditTrail audit,
			Clock clock, ChangeableFiles files, SkjRegistrations skj, Norms norms) {
		this.skj = skj;
		this.norms = norms;
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
				select coalesce(assigned_to, treatment_started_by), count(*) from help_request
				where team_id = ? and state <> 'CLOSED' and coalesce(assigned_to, treatment_started_by) is not null
				group by 1""")
				.param(team.value())
				.query(rs -> {
					caseloads.put(rs.getString(1), rs.getLong(2));
				});
		return accounts.ofTeam(team).stream()
				.filter(u -> u.role().worksOnCases())
				.map(u -> {
					var registration = skj.of(u.username()).orElse(null);
					return new TeamMember(u.username(), u.displayName(), u.role(), accounts.expertiseOf(u.username()),
							caseloads.getOrDefault(u.username(), 0L), registration,
							registration != null && registration.expiredOn(today()));
				})
				.toList();
	}

	/**
	 * Issue 13: who may be given a request: the team's youth professionals and behavioural experts, never a team
	 * lead (the team leads' accounts include generic team accounts), smallest caseload first.
	 */
	public List<TeamMember> assignable(TeamId team, @Nullable Expertise needed) {
		return AssignmentSuggestions.rank(members(team).stream().filter(m -> AssigneeIsCaseWorker.offered(m.role()))
				.toList(), needed);
	}

	/**
	 * Issue 13, item 6: the team lead assigns from a list. The list showed {@code expectedVersion}; when the request
	 * changed since (someone else assigned it first), nothing is saved and the outcome is stale. Of two team leads
	 * assigning at once, one wins: the other's update finds a newer version.
	 */
	@Transactional
	public Outcome<String> assignFromList(HelpRequestId id, @Nullable String professional, long expectedVersion,
			CurrentUser teamLead) {
		if (teamLead.role() != Role.TEAM_LEAD) {
			return Outcome.forbidden("intake.assignment.teamLeadOnly");
		}
		var found = files.open(id, teamLead, Labels.text("text.intake.assignment.refused"));
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var request = found.get();
		if (request.version() != expectedVersion) {
			return Outcome.stale(request.version());
		}
		if (!request.state().open()) {
			return Outcome.refused(Refusal.of("professional", "intake.assignment.closed"));
		}
		var target = professional == null || professional.isBlank() ? null : accounts.find(professional)
				.filter(u -> request.team().equals(u.team())).orElse(null);
		var refusal = new AssigneeIsCaseWorker().check(target == null ? null : target.role())
				.or(() -> new AssigneeRegisteredWithSkj().check(registrationOf(target)));
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		request.assign(target.username());
		try {
			requests.saveState(request, clock.instant());
		} catch (org.springframework.dao.OptimisticLockingFailureException changedMeanwhile) {
			return Outcome.stale(expectedVersion + 1);
		}
		var what = Labels.text("text.intake.assignment.assigned", target.displayName());
		audit.record(ClientFileAccess.updated(teamLead, request.client(), request.subject(), what));
		return Outcome.done(what);
	}

	private AssigneeRegisteredWithSkj.Assignee registrationOf(@Nullable CurrentUser target) {
		return target == null ? new AssigneeRegisteredWithSkj.Assignee("", null, today())
				: new AssigneeRegisteredWithSkj.Assignee(target.displayName(), skj.of(target.username()).orElse(null), today());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * SEC-1: the SKJ registrations of the user's team (team lead) or municipality (administrator) that ended or end
	 * within the municipality's notice term (norm SKJ_REGISTRATION_NOTICE, three months by default), earliest first.
	 */
	@Transactional(readOnly = true)
	public List<SkjRegistrations.RegisteredStaff> registrationsEnding(CurrentUser user) {
		var today = today();
		var horizon = today.plusMonths(norms.inEffect(user.municipality(), NormKey.SKJ_REGISTRATION_NOTICE, today).amount());
		return skj.ofMunicipality(user.municipality()).stream()
				.filter(r -> user.role() == Role.ADMINISTRATOR || user.team() != null && user.team().equals(r.team()))
				.filter(r -> r.registration().expiredOn(today) || r.registration().endsBy(today, horizon))
				.toList();
	}

	/** The team lead keeps the expertise profiles of the team's professionals. */
	@Transactional
	Outcome<String> replaceExpertise(CurrentUser teamLead, String username, Set<Expertise> expertise) {
		var member = accounts.find(username);
		if (teamLead.role() != Role.TEAM_LEAD || teamLead.team() == null || member.isEmpty()
				|| !teamLead.team().equals(member.get().team())) {
			return Outcome.notFound();
		}
		accounts.replaceExpertise(username, expertise);
		return Outcome.done(Labels.text("text.intake.team.expertiseUpdated", member.get().displayName()));
	}

	/** Suggestions for a request, best first; empty when the user may not assign it. */
	@Transactional(readOnly = true)
	public List<TeamMember> suggestions(HelpRequestId id, CurrentUser user, @Nullable Expertise needed) {
		var request = requests.find(id);
		if (request.isEmpty() || !CaseAccessPolicy.decide(user, request.get().scope()).granted()) {
			return List.of();
		}
		return assignable(request.get().team(), needed);
	}

	@Transactional
	Outcome<String> assign(HelpRequestId id, @Nullable String professional, CurrentUser teamLead) {
		var found = files.open(id, teamLead, Labels.text("text.intake.assignment.refused"));
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var request = found.get();
		if (teamLead.role() != Role.TEAM_LEAD) {
			return Outcome.refused(Refusal.of("professional", "intake.assignment.teamLeadOnly"));
		}
		if (!request.state().open()) {
			return Outcome.refused(Refusal.of("professional", "intake.assignment.closed"));
		}
		var target = professional == null ? null : accounts.find(professional)
				.filter(u -> u.role().worksOnCases() && request.team().equals(u.team())).orElse(null);
		if (target == null) {
			return Outcome.refused(Refusal.of("professional", "intake.assignment.professional"));
		}
		var unregistered = new AssigneeRegisteredWithSkj().check(registrationOf(target));
		if (unregistered.isPresent()) {
			return Outcome.refused(Refusal.of("professional", unregistered.get().code(),
					unregistered.get().arguments().toArray()));
		}
		request.assign(target.username());
		requests.saveState(request, clock.instant());
		var what = Labels.text("text.intake.assignment.assigned", target.displayName());
		audit.record(ClientFileAccess.updated(teamLead, request.client(), request.subject(), what));
		return Outcome.done(what);
	}
}
