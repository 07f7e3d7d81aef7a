package nl.jeugdregie.audit.internal.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.StaffNames;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The break-the-glass review (SEC-2, ADR 0025). The lead of the team that holds a file sees the reads with a reason
 * by colleagues outside the team and marks each justified or reported, once; the privacy officer sees every team's
 * list of her municipality, read-only. Anyone else, and every other municipality, sees nothing: an item of another
 * team or municipality does not exist for them. Unreviewed items past the municipality's review term are flagged.
 */
@Service
class AccessReviews {

	private static final List<Policy<ProposedReview>> RULES = List.of(new DecisionChosen(), new ReportExplained(),
			new ExplanationShort());
	private static final DecisionIsFinal FINAL = new DecisionIsFinal();

	private final JdbcAccessReviews reviews;
	private final Norms norms;
	private final Teams teams;
	private final StaffNames names;
	private final AuditTrail audit;
	private final Clock clock;

	AccessReviews(JdbcAccessReviews reviews, Norms norms, Teams teams, StaffNames names, AuditTrail audit, Clock clock) {
		this.reviews = reviews;
		this.norms = norms;
		this.teams = teams;
		this.names = names;
		this.audit = audit;
		this.clock = clock;
	}

	/** The lead's list of her team, or the privacy officer's of every team; forbidden to anyone else. */
	@Transactional(readOnly = true)
	Outcome<ReviewOverview> list(CurrentUser user) {
		List<JdbcAccessReviews.Row> rows;
		if (user.role() == Role.PRIVACY_OFFICER) {
			rows = reviews.ofMunicipality(user.municipality());
		} else if (user.role() == Role.TEAM_LEAD && user.team() != null) {
			rows = reviews.ofTeam(user.municipality(), user.team());
		} else {
			return Outcome.forbidden("review.forbidden");
		}
		var today = today();
		var terms = new HashMap<LocalDate, Integer>();
		var entries = rows.stream().map(row -> entry(row, today, terms)).toList();
		var open = entries.stream().filter(ReviewEntry::open)
				.sorted(Comparator.comparing(ReviewEntry::overdue).reversed()).toList();
		var decided = entries.stream().filter(entry -> !entry.open()).toList();
		return Outcome.done(new ReviewOverview(open, decided, open.stream().filter(ReviewEntry::overdue).count(),
				user.role() == Role.PRIVACY_OFFICER, term(user.municipality(), today, terms)));
	}

	/** One item, for the lead of its team or the privacy officer of its municipality. */
	@Transactional(readOnly = true)
	Outcome<ReviewEntry> item(CurrentUser user, long id) {
		var found = reviews.find(id).filter(row -> row.municipality().equals(user.municipality()));
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		return switch (visibility(user, found.get())) {
			case READ_ONLY, DECIDES -> Outcome.done(entry(found.get(), today(), new HashMap<>()));
			case HIDDEN -> Outcome.notFound();
			case FORBIDDEN -> Outcome.forbidden("review.forbidden");
		};
	}

	/**
	 * The lead decides an item at {@code version} (null: the version she finds). Two leads at once, or one clicking
	 * twice: the row is locked, so the second finds it decided and gets {@code Stale} (another version) or the
	 * refusal of {@link DecisionIsFinal}; one decision, one audit row.
	 */
	@Transactional
	Outcome<ReviewEntry> decide(CurrentUser user, long id, ProposedReview proposed, @Nullable Long version) {
		var found = reviews.claim(id).filter(row -> row.municipality().equals(user.municipality()));
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var row = found.get();
		switch (visibility(user, row)) {
			case DECIDES -> { }
			case READ_ONLY -> {
				return Outcome.forbidden("review.read-only");
			}
			case HIDDEN -> {
				return Outcome.notFound();
			}
			case FORBIDDEN -> {
				return Outcome.forbidden("review.forbidden");
			}
		}
		var refusals = refusalsOf(proposed);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var expected = version == null ? row.version() : version;
		if (expected != row.version()) {
			return Outcome.stale(row.version());
		}
		var today = today();
		var item = item(row, today, new HashMap<>());
		var decidedAlready = FINAL.check(item);
		if (decidedAlready.isPresent()) {
			return Outcome.refused(decidedAlready.get());
		}
		var command = proposed.decided(expected);
		if (!reviews.decide(id, command, user.username(), clock.instant())) {
			return Outcome.stale(row.version() + 1);
		}
		// The last step: the row holds the municipality's chain until this transaction ends (ADR 0019).
		audit.record(new ClientFileAccess(user, row.client(), row.subject(), AuditAction.ACCESS_REVIEWED,
				"Inzage met reden beoordeeld: " + command.decision().dutchName().toLowerCase(), null));
		return Outcome.done(entry(reviews.find(id).orElseThrow(), today, new HashMap<>()));
	}

	/** What the rules say about a proposed decision, before anything is stored (the check step asks first). */
	static List<Refusal> refusalsOf(ProposedReview proposed) {
		return RULES.stream().map(rule -> rule.check(proposed)).flatMap(Optional::stream).toList();
	}

	private enum Visibility { DECIDES, READ_ONLY, HIDDEN, FORBIDDEN }

	private static Visibility visibility(CurrentUser user, JdbcAccessReviews.Row row) {
		if (user.role() == Role.PRIVACY_OFFICER) {
			return Visibility.READ_ONLY;
		}
		if (user.role() != Role.TEAM_LEAD) {
			return Visibility.FORBIDDEN;
		}
		return user.isMemberOf(row.team()) ? Visibility.DECIDES : Visibility.HIDDEN;
	}

	private ReviewItem item(JdbcAccessReviews.Row row, LocalDate today, Map<LocalDate, Integer> terms) {
		var readOn = LocalDate.ofInstant(row.readAt(), clock.getZone());
		var dueOn = readOn.plusDays(term(row.municipality(), readOn, terms));
		return new ReviewItem(row.id(), row.municipality(), row.team(), row.actorTeam(), row.client(), row.subject(),
				row.readerUsername(), row.readerRole(), row.readAt(), row.reason(), row.state(), row.version(), dueOn);
	}

	private ReviewEntry entry(JdbcAccessReviews.Row row, LocalDate today, Map<LocalDate, Integer> terms) {
		var item = item(row, today, terms);
		var status = item.status(today);
		var decision = switch (item.state()) {
			case ReviewState.Unreviewed u -> new Decided(null, null, null, null);
			case ReviewState.Justified j -> new Decided(ReviewDecision.JUSTIFIED, null, names.of(j.decidedBy()), j.decidedAt());
			case ReviewState.Reported r -> new Decided(ReviewDecision.REPORTED, r.explanation(), names.of(r.decidedBy()),
					r.decidedAt());
		};
		return new ReviewEntry(item.id(), item.subject(), teamName(item.team().value()), names.of(item.readerUsername()),
				roleName(item.readerRole()), item.actorTeam() == null ? "–" : teamName(item.actorTeam()), item.readAt(),
				item.reason(), status, status.dutchName(), item.dueOn(), decision.decision(), decision.explanation(),
				decision.by(), decision.at(), item.version());
	}

	private record Decided(@Nullable ReviewDecision decision, @Nullable String explanation, @Nullable String by,
			@Nullable Instant at) {}

	/** The review term in days in effect on a day (ADR 0005), looked up once per day. */
	private int term(MunicipalityCode municipality, LocalDate on, Map<LocalDate, Integer> terms) {
		return terms.computeIfAbsent(on, day -> norms.inEffect(municipality, NormKey.ACCESS_REVIEW_TERM, day).amount());
	}

	private String teamName(UUID team) {
		return teams.find(new TeamId(team)).map(Team::name).orElse("onbekend team");
	}

	private static String roleName(String role) {
		for (var known : Role.values()) {
			if (known.name().equals(role)) {
				return known.dutchName();
			}
		}
		return role;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
