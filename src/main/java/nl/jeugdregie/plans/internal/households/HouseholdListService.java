package nl.jeugdregie.plans.internal.households;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.paging.PageChoice;
import nl.jeugdregie.platform.paging.PageWithinBounds;
import nl.jeugdregie.platform.paging.PagedList;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of households (issue 13): those of the user's team and those the user directs from another team
 * (PLAN-3), or only the ones they direct; sorted by name, number or next MDO; paged. Viewing a page is audited as
 * one read of the list. Before this, {@code /gezinnen} without a help request answered a raw 400.
 */
@Service
class HouseholdListService {

	static final int DEFAULT_SIZE = 25;
	static final int MAX_SIZE = 100;

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	HouseholdListService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Scope { TEAM, DIRECTED }

	public enum Sort { NAME, NUMBER, MEETING }

	public record Filter(Scope scope, Sort sort, int page, int size) implements PageChoice {
		public Filter {
			if (page < 1 || size < 1 || size > MAX_SIZE) {
				throw new IllegalArgumentException("A page from 1, of 1 to " + MAX_SIZE + " rows");
			}
		}
	}

	record RawFilter(@Nullable String scope, @Nullable String sort, @Nullable String page, @Nullable String size) {}

	@Schema(name = "HouseholdRow")
	public record Row(UUID id, String number, String name, String caseDirector, long members, @Nullable LocalDate nextMeeting,
			boolean meetingDue) {}

	public record Page(Filter filter, List<Row> rows, long total) implements PagedList {}

	/** The filter's words are known and the page lies within bounds. */
	static final class HouseholdFilterValid implements Policy<RawFilter> {
		@Override
		public java.util.Optional<Refusal> check(RawFilter raw) {
			if (scope(raw.scope()) == null) {
				return java.util.Optional.of(Refusal.of("scope", "plans.list.unknownValue", "wie"));
			}
			if (sort(raw.sort()) == null) {
				return java.util.Optional.of(Refusal.of("sort", "plans.list.unknownValue", "sorteer"));
			}
			var page = number(raw.page(), 1);
			var size = number(raw.size(), DEFAULT_SIZE);
			if (page == null || page < 1 || size == null || size < 1 || size > MAX_SIZE) {
				return java.util.Optional.of(Refusal.of("page", "plans.list.page", MAX_SIZE));
			}
			return java.util.Optional.empty();
		}
	}

	static @Nullable Scope scope(@Nullable String value) {
		var v = value == null || value.isBlank() ? "team" : value.strip().toLowerCase(Locale.ROOT);
		return switch (v) {
			case "team" -> Scope.TEAM;
			case "mij", "directed" -> Scope.DIRECTED;
			default -> null;
		};
	}

	static @Nullable Sort sort(@Nullable String value) {
		var v = value == null || value.isBlank() ? "naam" : value.strip().toLowerCase(Locale.ROOT);
		return switch (v) {
			case "naam", "name" -> Sort.NAME;
			case "nummer", "number" -> Sort.NUMBER;
			case "mdo", "meeting" -> Sort.MEETING;
			default -> null;
		};
	}

	static @Nullable Integer number(@Nullable String value, int otherwise) {
		return PageWithinBounds.number(value, otherwise);
	}

	@Transactional // read-write: the audit row of the read is written in this transaction (ADR 0019)
	Outcome<Page> list(CurrentUser user, RawFilter raw) {
		var team = user.team();
		if (team == null || !user.role().worksOnCases()) {
			return Outcome.forbidden("plans.list.forbidden");
		}
		var refusal = new HouseholdFilterValid().check(raw);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		var filter = new Filter(scope(raw.scope()), sort(raw.sort()), number(raw.page(), 1), number(raw.size(), DEFAULT_SIZE));
		var page = page(user, team, filter);
		audit.record(new ClientFileAccess(user, null, Labels.text("text.plans.list.subject"), AuditAction.READ,
				Labels.text("text.plans.list.read", page.rows().size()), null));
		return Outcome.done(page);
	}

	private Page page(CurrentUser user, TeamId team, Filter filter) {
		var where = switch (filter.scope()) {
			case TEAM -> "h.municipality_code = :m and (h.team_id = :team or h.case_director = :me)";
			case DIRECTED -> "h.municipality_code = :m and h.case_director = :me";
		};
		var next = "(select pm.next_meeting_on from plan_meeting pm where pm.household_id = h.id "
				+ "order by pm.held_on desc, pm.recorded_at desc limit 1)";
		var order = switch (filter.sort()) {
			case NAME -> "h.name, h.number";
			case NUMBER -> "h.number";
			case MEETING -> "next_meeting nulls last, h.number";
		};
		var total = jdbc.sql("select count(*) from household h where " + where)
				.param("m", user.municipality().value()).param("team", team.value()).param("me", user.username())
				.query(Long.class).single();
		var pages = Math.max(1, (total + filter.size() - 1) / filter.size());
		var shown = filter.page() > pages ? new Filter(filter.scope(), filter.sort(), (int) pages, filter.size()) : filter;
		var weekEnd = LocalDate.now(clock).plusDays(7);
		var rows = jdbc.sql("select h.id, h.number, h.name, h.case_director, (select count(*) from household_member hm "
						+ "where hm.household_id = h.id) as members, " + next + " as next_meeting from household h where "
						+ where + " order by " + order + " limit :size offset :offset")
				.param("m", user.municipality().value()).param("team", team.value()).param("me", user.username())
				.param("size", shown.size()).param("offset", (long) (shown.page() - 1) * shown.size())
				.query((rs, n) -> {
					var meeting = rs.getObject("next_meeting", LocalDate.class);
					return new Row(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
							rs.getString("case_director"), rs.getLong("members"), meeting,
							meeting != null && meeting.isBefore(weekEnd));
				}).list();
		return new Page(shown, rows, total);
	}
}
