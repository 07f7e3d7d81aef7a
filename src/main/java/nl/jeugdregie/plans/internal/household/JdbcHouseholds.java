package nl.jeugdregie.plans.internal.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.plans.HeavyStepDocumentKind;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.heavystep.RecordedDocument;
import nl.jeugdregie.plans.internal.heavystep.RecordedHeavyStep;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.plans.internal.plan.CooperationPlan;
import nl.jeugdregie.plans.internal.plan.LifeDomain;
import nl.jeugdregie.plans.internal.plan.PlanAction;
import nl.jeugdregie.plans.internal.plan.PlanGoal;
import nl.jeugdregie.plans.internal.plan.PlanVersion;
import nl.jeugdregie.plans.internal.plan.PlanWish;
import nl.jeugdregie.platform.numbering.CaseNumberSeries;
import nl.jeugdregie.platform.numbering.CaseNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores households, their members, director history, cooperation plan and heavy steps. Changes that must not
 * overwrite someone else's first claim the version ({@link #claimHousehold}, {@link #claimPlan}): the claim is
 * the transaction's first write, so a refused claim leaves nothing half-saved.
 */
@Repository
public class JdbcHouseholds {

	private final JdbcClient jdbc;
	private final CaseNumbers numbers;

	JdbcHouseholds(JdbcClient jdbc, CaseNumbers numbers) {
		this.jdbc = jdbc;
		this.numbers = numbers;
	}

	/** The next number of this municipality's series for the year, such as {@code GZ-0828-2026-000123}. */
	String nextNumber(MunicipalityCode municipality, int year) {
		return numbers.next(new CaseNumberSeries("GZ", municipality.value(), year));
	}

	void insert(Household household) {
		jdbc.sql("""
				insert into household (id, number, client_id, municipality_code, team_id, name, case_director,
				  created_by, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(household.id().value(), household.number(), household.client().value(),
						household.municipality().value(), household.team().value(), household.name(),
						household.caseDirector(), household.createdBy(), utc(household.createdAt()))
				.update();
	}

	boolean helpRequestLinked(UUID helpRequest) {
		return jdbc.sql("select count(*) from household_help_request where help_request_id = ?").param(helpRequest)
				.query(Long.class).single() > 0;
	}

	/** Links a request; {@code youngPerson} is intake's client id of the young person it is about (PLAN-3). */
	void linkHelpRequest(HouseholdId household, UUID helpRequest, @Nullable ClientId youngPerson, String by, Instant at) {
		jdbc.sql("""
				insert into household_help_request (help_request_id, household_id, client_id, linked_by, linked_at)
				values (?, ?, ?, ?, ?)""")
				.params(helpRequest, household.value(), youngPerson == null ? null : youngPerson.value(), by, utc(at))
				.update();
	}

	/**
	 * PLAN-3: the number of another household of the municipality the young person is already in, as a member
	 * with this BSN or client id, or through a linked request about them.
	 */
	Optional<String> otherHouseholdOf(MunicipalityCode municipality, @Nullable HouseholdId except, @Nullable String bsn,
			@Nullable ClientId youngPerson) {
		if (bsn == null && youngPerson == null) {
			return Optional.empty();
		}
		var client = youngPerson == null ? null : youngPerson.value();
		// Two households created or joined at the same moment for the same young person must not both pass this
		// check: hold a transaction lock per identity (sorted, so two callers never wait on each other in a cycle).
		var keys = new TreeSet<String>();
		if (bsn != null) {
			keys.add("household-young-person:" + municipality.value() + ":bsn:" + bsn);
		}
		if (client != null) {
			keys.add("household-young-person:" + municipality.value() + ":client:" + client);
		}
		keys.forEach(key -> jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(key)
				.query((rs, n) -> 1).list());
		return jdbc.sql("""
				select h.number from household h
				where h.municipality_code = :municipality and h.id <> :except
				  and (exists (select 1 from household_member m where m.household_id = h.id and m.role = 'YOUNG_PERSON'
				                 and (m.bsn = :bsn or m.client_id = :client))
				       or exists (select 1 from household_help_request l where l.household_id = h.id and l.client_id = :client))
				order by h.number limit 1""")
				.param("municipality", municipality.value())
				.param("except", except == null ? new UUID(0, 0) : except.value())
				.param("bsn", bsn, java.sql.Types.CHAR).param("client", client, java.sql.Types.OTHER)
				.query(String.class).optional();
	}

	/**
	 * PLAN-3: the young people of the municipality who are in more than one household, recognised by client id
	 * (from a linked request or a member's BSN known to intake) or else by a member's BSN; the oldest first.
	 */
	List<DuplicateYoungPerson> youngPeopleInMoreThanOneHousehold(MunicipalityCode municipality) {
		record Row(String person, DuplicateYoungPerson.InHousehold household, @Nullable String names) {}
		var rows = jdbc.sql("""
				with identity as (
				  select l.household_id, 'client:' || l.client_id as person, null::text as name
				  from household_help_request l where l.client_id is not null
				  union all
				  select m.household_id, coalesce('client:' || m.client_id, 'bsn:' || m.bsn), m.name
				  from household_member m where m.role = 'YOUNG_PERSON' and (m.client_id is not null or m.bsn is not null)
				), local as (
				  select i.* from identity i join household h on h.id = i.household_id where h.municipality_code = ?
				)
				select l.person, h.id, h.number, h.name, h.team_id, h.case_director, h.created_at,
				       string_agg(distinct l.name, ', ') as names
				from local l join household h on h.id = l.household_id
				where l.person in (select person from local group by person having count(distinct household_id) > 1)
				group by l.person, h.id, h.number, h.name, h.team_id, h.case_director, h.created_at
				order by l.person, h.created_at, h.number""")
				.param(municipality.value())
				.query((rs, n) -> new Row(rs.getString("person"), new DuplicateYoungPerson.InHousehold(
						new HouseholdId(rs.getObject("id", UUID.class)), rs.getString("number"), rs.getString("name"),
						new TeamId(rs.getObject("team_id", UUID.class)), rs.getString("case_director")),
						rs.getString("names")))
				.list();
		var byPerson = new LinkedHashMap<String, List<Row>>();
		rows.forEach(row -> byPerson.computeIfAbsent(row.person(), k -> new ArrayList<>()).add(row));
		return byPerson.values().stream().map(group -> new DuplicateYoungPerson(
				group.stream().map(Row::names).filter(Objects::nonNull).distinct().reduce((a, b) -> a + ", " + b)
						.orElse(null),
				group.stream().map(Row::household).toList())).toList();
	}

	public Optional<Household> find(HouseholdId id) {
		return jdbc.sql("select * from household where id = ?").param(id.value()).query(JdbcHouseholds::household)
				.optional();
	}

	/** Raises the household's version if it is still {@code expected}; false when someone changed it meanwhile. */
	boolean claimHousehold(HouseholdId id, long expected) {
		return jdbc.sql("update household set version = version + 1 where id = ? and version = ?")
				.params(id.value(), expected).update() == 1;
	}

	void setDirector(HouseholdId id, String director) {
		jdbc.sql("update household set case_director = ? where id = ?").params(director, id.value()).update();
	}

	void insertDirectorChange(HouseholdId id, DirectorChange change) {
		jdbc.sql("""
				insert into case_director_change (household_id, from_director, to_director, changed_by, changed_at, reason)
				values (?, ?, ?, ?, ?, ?)""")
				.params(id.value(), change.from(), change.to(), change.changedBy(), utc(change.changedAt()), change.reason())
				.update();
	}

	/** {@code bsn} and {@code youngPerson} recognise a young person in other households (PLAN-3). */
	void insertMember(HouseholdId id, HouseholdMember member, @Nullable String bsn, @Nullable ClientId youngPerson,
			String by, Instant at) {
		jdbc.sql("""
				insert into household_member (id, household_id, name, date_of_birth, role, relation, bsn, client_id,
				                              added_by, added_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(member.id(), id.value(), member.name(), member.dateOfBirth(), member.role().name(),
						member.relation(), bsn, youngPerson == null ? null : youngPerson.value(), by, utc(at))
				.update();
	}

	void insertPlan(UUID plan, HouseholdId household) {
		jdbc.sql("insert into cooperation_plan (id, household_id, current_version) values (?, ?, 1)")
				.params(plan, household.value()).update();
	}

	/** Makes version {@code expected + 1} current if {@code expected} is still current; false otherwise. */
	public boolean claimPlan(UUID plan, int expected) {
		return jdbc.sql("update cooperation_plan set current_version = current_version + 1 where id = ? and current_version = ?")
				.params(plan, expected).update() == 1;
	}

	/** Locks the plan at version {@code expected} without a new version; false when it moved on. */
	boolean holdPlan(UUID plan, int expected) {
		return jdbc.sql("update cooperation_plan set current_version = current_version where id = ? and current_version = ?")
				.params(plan, expected).update() == 1;
	}

	public void insertPlanVersion(UUID plan, int number, String change, String by, Instant at) {
		jdbc.sql("insert into plan_version (plan_id, version_number, change, created_by, created_at) values (?, ?, ?, ?, ?)")
				.params(plan, number, change, by, utc(at)).update();
	}

	void recordAgreement(UUID plan, int version, boolean agrees, LocalDate on, @Nullable String words, String by) {
		jdbc.sql("""
				update plan_version set family_agrees = ?, agreed_on = ?, family_words = ?, agreement_by = ?
				where plan_id = ? and version_number = ? and family_agrees is null""")
				.params(agrees, on, words, by, plan, version).update();
	}

	void insertWish(UUID plan, PlanWish wish, String by, Instant at) {
		jdbc.sql("""
				insert into plan_wish (id, plan_id, member_id, i_want, i_can, i_need, from_version, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(wish.id(), plan, wish.memberId(), wish.wishWant(), wish.wishCan(), wish.wishNeed(), wish.fromVersion(), by,
						utc(at))
				.update();
	}

	void insertGoal(UUID plan, PlanGoal goal, String by, Instant at) {
		jdbc.sql("""
				insert into plan_goal (id, plan_id, life_domain, description, priority, owner, owner_name, from_version,
				  recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(goal.id(), plan, goal.lifeDomain().name(), goal.description(), goal.priority(), goal.owner().name(),
						goal.ownerName(), goal.fromVersion(), by, utc(at))
				.update();
	}

	void insertAction(UUID plan, PlanAction action, String by, Instant at) {
		jdbc.sql("""
				insert into plan_action (id, plan_id, goal_id, description, performer, performer_name, due_on,
				  from_version, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(action.id(), plan, action.goalId(), action.description(), action.performer().name(),
						action.performerName(), action.dueOn(), action.fromVersion(), by, utc(at))
				.update();
	}

	void insertDocument(HouseholdId household, RecordedDocument document) {
		jdbc.sql("""
				insert into heavy_step_document (id, household_id, kind, document_date, outcome, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(document.id(), household.value(), document.kind().name(), document.date(), document.outcome(),
						document.recordedBy(), utc(document.recordedAt()))
				.update();
	}

	void insertHeavyStep(HouseholdId household, RecordedHeavyStep step) {
		jdbc.sql("""
				insert into heavy_step (id, household_id, kind, decided_on, support_from, support_until, decided_by,
				  recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(step.id(), household.value(), step.kind().name(), step.decidedOn(), step.supportFrom(),
						step.supportUntil(), step.decidedBy(), utc(step.recordedAt()))
				.update();
	}

	public List<RecordedDocument> documents(HouseholdId household) {
		return jdbc.sql("select * from heavy_step_document where household_id = ? order by document_date desc, recorded_at desc")
				.param(household.value())
				.query((rs, row) -> new RecordedDocument(rs.getObject("id", UUID.class),
						HeavyStepDocumentKind.valueOf(rs.getString("kind")), rs.getObject("document_date", LocalDate.class),
						rs.getString("outcome"), rs.getString("recorded_by"), instant(rs, "recorded_at")))
				.list();
	}

	/** The whole file: household, members, help requests, director history, plan with versions, heavy steps. */
	public HouseholdFile file(Household household) {
		var id = household.id().value();
		var members = jdbc.sql("select * from household_member where household_id = ? order by added_at, name")
				.param(id)
				.query((rs, row) -> new HouseholdMember(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getObject("date_of_birth", LocalDate.class), MemberRole.valueOf(rs.getString("role")),
						rs.getString("relation")))
				.list();
		var helpRequests = jdbc.sql("select help_request_id from household_help_request where household_id = ? order by linked_at")
				.param(id).query((rs, row) -> new HelpRequestId(rs.getObject(1, UUID.class))).list();
		var history = jdbc.sql("select * from case_director_change where household_id = ? order by changed_at desc, id desc")
				.param(id)
				.query((rs, row) -> new DirectorChange(rs.getString("from_director"), rs.getString("to_director"),
						rs.getString("changed_by"), instant(rs, "changed_at"), rs.getString("reason")))
				.list();
		var steps = jdbc.sql("select * from heavy_step where household_id = ? order by decided_on desc, recorded_at desc")
				.param(id)
				.query((rs, row) -> new RecordedHeavyStep(rs.getObject("id", UUID.class),
						HeavyStepKind.valueOf(rs.getString("kind")), rs.getObject("decided_on", LocalDate.class),
						rs.getObject("support_from", LocalDate.class), rs.getObject("support_until", LocalDate.class),
						rs.getString("decided_by"), instant(rs, "recorded_at")))
				.list();
		return new HouseholdFile(household, members, helpRequests, history, plan(household.id()),
				documents(household.id()), steps);
	}

	private CooperationPlan plan(HouseholdId household) {
		var plan = jdbc.sql("select id, current_version from cooperation_plan where household_id = ?")
				.param(household.value())
				.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getInt(2) }).single();
		var planId = (UUID) plan[0];
		var versions = jdbc.sql("select * from plan_version where plan_id = ? order by version_number desc")
				.param(planId)
				.query((rs, row) -> new PlanVersion(rs.getInt("version_number"), rs.getString("change"),
						rs.getString("created_by"), instant(rs, "created_at"),
						rs.getObject("family_agrees") == null ? null : rs.getBoolean("family_agrees"),
						rs.getObject("agreed_on", LocalDate.class), rs.getString("family_words")))
				.list();
		var wishes = jdbc.sql("select * from plan_wish where plan_id = ? order by recorded_at")
				.param(planId)
				.query((rs, row) -> new PlanWish(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
						rs.getString("i_want"), rs.getString("i_can"), rs.getString("i_need"), rs.getInt("from_version")))
				.list();
		var actions = jdbc.sql("select * from plan_action where plan_id = ? order by due_on, recorded_at")
				.param(planId)
				.query((rs, row) -> new PlanAction(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class),
						rs.getString("description"), Contributor.valueOf(rs.getString("performer")),
						rs.getString("performer_name"), rs.getObject("due_on", LocalDate.class), rs.getInt("from_version")))
				.list();
		var goals = new ArrayList<PlanGoal>();
		jdbc.sql("select * from plan_goal where plan_id = ? order by priority, recorded_at")
				.param(planId)
				.query((rs, row) -> {
					var goalId = rs.getObject("id", UUID.class);
					return new PlanGoal(goalId, LifeDomain.valueOf(rs.getString("life_domain")),
							rs.getString("description"), rs.getInt("priority"), Contributor.valueOf(rs.getString("owner")),
							rs.getString("owner_name"), rs.getInt("from_version"),
							actions.stream().filter(a -> a.goalId().equals(goalId)).toList());
				})
				.list().forEach(goals::add);
		return new CooperationPlan(planId, (Integer) plan[1], versions, wishes, List.copyOf(goals));
	}

	private static Household household(ResultSet rs, int row) throws SQLException {
		return new Household(new HouseholdId(rs.getObject("id", UUID.class)), rs.getString("number"),
				new ClientId(rs.getObject("client_id", UUID.class)), new MunicipalityCode(rs.getString("municipality_code")),
				new TeamId(rs.getObject("team_id", UUID.class)), rs.getString("name"), rs.getString("case_director"),
				rs.getString("created_by"), instant(rs, "created_at"), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
