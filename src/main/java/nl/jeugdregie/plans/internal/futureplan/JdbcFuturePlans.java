package nl.jeugdregie.plans.internal.futureplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores future plans 18-/18+ (PLAN-4); a change first claims the plan's version, so nothing is half-saved. */
@Repository
class JdbcFuturePlans {

	private final JdbcClient jdbc;

	JdbcFuturePlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A young person of a team's household who turns 18 soon and has no future plan yet. */
	record WithoutPlan(UUID householdId, String householdNumber, UUID memberId, String name, LocalDate dateOfBirth) {}

	boolean existsFor(UUID member) {
		return jdbc.sql("select count(*) from future_plan where member_id = ?").param(member).query(Long.class).single() > 0;
	}

	void insert(FuturePlan plan) {
		jdbc.sql("""
				insert into future_plan (id, household_id, member_id, motivation, created_by, created_at, version)
				values (?, ?, ?, ?, ?, ?, 0)""")
				.params(plan.id(), plan.householdId(), plan.memberId(), plan.motivation(), plan.createdBy(),
						utc(plan.createdAt()))
				.update();
	}

	/** Raises the plan's version if it is still {@code expected}; false when someone changed it meanwhile. */
	boolean claim(UUID plan, long expected) {
		return jdbc.sql("update future_plan set version = version + 1 where id = ? and version = ?")
				.params(plan, expected).update() == 1;
	}

	/** Records or replaces what the plan says about one life domain. */
	void saveDomain(UUID plan, FuturePlan.Domain domain) {
		jdbc.sql("""
				insert into future_plan_domain (plan_id, domain, current_situation, needed, network_does, formal_does,
				  recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (plan_id, domain) do update set current_situation = excluded.current_situation,
				  needed = excluded.needed, network_does = excluded.network_does, formal_does = excluded.formal_does,
				  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
				.params(plan, domain.domain().name(), domain.currentSituation(), domain.needed(), domain.networkDoes(),
						domain.formalDoes(), domain.recordedBy(), utc(domain.recordedAt()))
				.update();
	}

	void insertDate(UUID plan, FuturePlan.KeyDate date, String by, Instant at) {
		jdbc.sql("""
				insert into future_plan_date (id, plan_id, kind, due_on, description, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(date.id(), plan, date.kind().name(), date.dueOn(), date.description(), by, utc(at))
				.update();
	}

	List<FuturePlan> ofHousehold(UUID household) {
		return jdbc.sql("select * from future_plan where household_id = ? order by created_at").param(household)
				.query((rs, row) -> rs.getObject("id", UUID.class)).list().stream()
				.map(id -> find(id).orElseThrow()).toList();
	}

	Optional<FuturePlan> find(UUID id) {
		var domains = jdbc.sql("select * from future_plan_domain where plan_id = ?").param(id)
				.query((rs, row) -> new FuturePlan.Domain(FutureDomain.valueOf(rs.getString("domain")),
						rs.getString("current_situation"), rs.getString("needed"), rs.getString("network_does"),
						rs.getString("formal_does"), rs.getString("recorded_by"),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
				.list().stream().sorted(java.util.Comparator.comparing(FuturePlan.Domain::domain)).toList();
		var dates = jdbc.sql("select * from future_plan_date where plan_id = ? order by due_on, recorded_at").param(id)
				.query((rs, row) -> new FuturePlan.KeyDate(rs.getObject("id", UUID.class),
						FutureDateKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
						rs.getString("description")))
				.list();
		return jdbc.sql("select * from future_plan where id = ?").param(id)
				.query((rs, row) -> new FuturePlan(id, rs.getObject("household_id", UUID.class),
						rs.getObject("member_id", UUID.class), rs.getString("motivation"), rs.getString("created_by"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"), domains,
						dates))
				.optional();
	}

	/** Young people of the team's households born in the window, without a future plan, oldest (soonest 18) first. */
	List<WithoutPlan> withoutPlan(TeamId team, LocalDate bornFrom, LocalDate bornUntil) {
		return jdbc.sql("""
				select h.id as household_id, h.number, m.id as member_id, m.name, m.date_of_birth
				from household_member m join household h on h.id = m.household_id
				where h.team_id = ? and m.role = 'YOUNG_PERSON' and m.date_of_birth between ? and ?
				  and not exists (select 1 from future_plan p where p.member_id = m.id)
				order by m.date_of_birth, m.name""")
				.params(team.value(), bornFrom, bornUntil)
				.query((rs, row) -> new WithoutPlan(rs.getObject("household_id", UUID.class), rs.getString("number"),
						rs.getObject("member_id", UUID.class), rs.getString("name"),
						rs.getObject("date_of_birth", LocalDate.class)))
				.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
