package nl.jeugdregie.intake.internal.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import nl.jeugdregie.intake.internal.lifecycle.LifecycleService;
import nl.jeugdregie.intake.internal.team.TeamService;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of a team's help requests with filters, sorting and paging (issue 13): {@code /hulpvragen}, the worklist
 * and {@code GET /api/v1/help-requests}. Only the user's own team (its files are within their caseload); viewing a
 * page is audited as one read of the list, as the worklist always was.
 */
@Service
class RequestListService {

	private final RequestListing listing;
	private final JdbcHelpRequests requests;
	private final LifecycleService lifecycle;
	private final TeamService team;
	private final Teams teams;
	private final AuditTrail audit;
	private final Clock clock;

	RequestListService(RequestListing listing, JdbcHelpRequests requests, LifecycleService lifecycle, TeamService team,
			Teams teams, AuditTrail audit, Clock clock) {
		this.listing = listing;
		this.requests = requests;
		this.lifecycle = lifecycle;
		this.team = team;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional // read-write: the audit row of the read is written in this transaction (ADR 0019)
	Outcome<RequestList> list(CurrentUser user, RawFilter raw, ListFilter defaults) {
		var teamId = user.team();
		if (teamId == null || !user.role().worksOnCases()) {
			return Outcome.forbidden("intake.list.forbidden");
		}
		return switch (Filters.read(raw, defaults)) {
			case Outcome.Done<ListFilter>(var filter) -> Outcome.done(list(user, teamId, filter));
			case Outcome.Refused<ListFilter>(var refusals) -> Outcome.refused(refusals);
			case Outcome.NotFound<ListFilter>() -> Outcome.notFound();
			case Outcome.Forbidden<ListFilter>(var code) -> Outcome.forbidden(code);
			case Outcome.Stale<ListFilter>(var version) -> Outcome.stale(version);
		};
	}

	private RequestList list(CurrentUser user, nl.jeugdregie.identity.TeamId teamId, ListFilter filter) {
		var today = LocalDate.now(clock);
		var total = listing.total(teamId, user.username(), filter, today);
		// A page past the end shows the last page rather than an empty one.
		var pages = Math.max(1, (total + filter.size() - 1) / filter.size());
		var shown = filter.page() > pages ? filter.onPage((int) pages) : filter;
		var terms = new HashMap<LocalDate, Integer>();
		var rows = requests.findAll(listing.page(teamId, user.username(), shown, today)).stream()
				.map(r -> ListedRequest.of(r, today,
						terms.computeIfAbsent(r.registeredOn(), d -> lifecycle.terms(r).maxConversations())))
				.toList();
		var counts = listing.counts(teamId, user.username(), today);
		var assignable = user.role() == Role.TEAM_LEAD ? team.assignable(teamId, null)
				: List.<nl.jeugdregie.intake.internal.team.TeamMember>of();
		var theTeam = teams.find(teamId).orElseThrow();
		// The last step: the row holds the municipality's chain until this transaction ends.
		audit.record(new ClientFileAccess(user, null, Labels.text("text.intake.list.subject", theTeam.name()), AuditAction.READ,
				Labels.text("text.intake.list.read", rows.size()), null));
		return new RequestList(theTeam, shown, rows, total, counts, assignable);
	}
}
