package nl.jeugdregie.steering.internal.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.steering.internal.agenda.AgendaAlert;
import nl.jeugdregie.steering.internal.agenda.AgendaItemKind;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import nl.jeugdregie.steering.internal.risk.RiskReassessment;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meeting rhythms, meetings and agendas, new assignment requests, and the yearly copy of an assignment (STU-6). */
@Repository
public class GovernanceRepository {

	private static final String MEETING_COLUMNS = """
			m.id, m.assignment_id, m.meeting_type, m.held_on, m.changes_since,
			(select count(*) from steering_agenda_item i where i.meeting_id = m.id) as items,
			(select count(*) from steering_agenda_item i where i.meeting_id = m.id and (i.minutes <> '' or i.decision <> ''))
			    as recorded""";
	private static final String REQUEST_COLUMNS = """
			q.id, q.assignment_id, q.title, q.current_situation, q.desired_situation, q.fit, q.fte, q.budget_cents,
			q.source_of_funds, q.type_of_work_id, t.name as type_name, q.target_group, q.submitted_by, q.submitted_at,
			q.status, q.decision_reason, q.decided_on, q.decided_by, q.version""";

	private final JdbcClient jdbc;

	GovernanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The municipality's rhythm per meeting type; the product default where the municipality set none. */
	List<MeetingRhythm> rhythms(MunicipalityCode municipality) {
		return jdbc.sql("""
				select distinct on (meeting_type) meeting_type, kind, frequency, anchor_month
				from steering_meeting_rhythm where municipality_code = ? or municipality_code is null
				order by meeting_type, municipality_code nulls last""")
				.param(municipality.value())
				.query((rs, row) -> new MeetingRhythm(MeetingType.valueOf(rs.getString("meeting_type")),
						MeetingRhythm.Kind.valueOf(rs.getString("kind")), rs.getInt("frequency"),
						(Integer) rs.getObject("anchor_month")))
				.list().stream().sorted(java.util.Comparator.comparing(MeetingRhythm::type)).toList();
	}

	void saveRhythm(MunicipalityCode municipality, MeetingRhythm rhythm, String by, Instant at) {
		jdbc.sql("""
				insert into steering_meeting_rhythm (municipality_code, meeting_type, kind, frequency, anchor_month,
				                                     changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict on constraint steering_meeting_rhythm_one_per_type do update
				set frequency = excluded.frequency, anchor_month = excluded.anchor_month, changed_by = excluded.changed_by,
				    changed_at = excluded.changed_at, version = steering_meeting_rhythm.version + 1""")
				.params(municipality.value(), rhythm.type().name(), rhythm.kind().name(), rhythm.frequency(),
						rhythm.anchorMonth(), by, utc(at))
				.update();
	}

	public List<Meeting> meetings(MunicipalityCode municipality) {
		return jdbc.sql("select " + MEETING_COLUMNS + " from steering_meeting m where m.municipality_code = ? order by m.held_on, m.id")
				.param(municipality.value())
				.query(GovernanceRepository::meeting)
				.list();
	}

	Optional<Meeting> meeting(MunicipalityCode municipality, long id) {
		return jdbc.sql("select " + MEETING_COLUMNS + " from steering_meeting m where m.id = ? and m.municipality_code = ?")
				.params(id, municipality.value())
				.query(GovernanceRepository::meeting)
				.optional();
	}

	boolean meetingExists(MunicipalityCode municipality, MeetingType type, LocalDate date) {
		return jdbc.sql("select count(*) from steering_meeting where municipality_code = ? and meeting_type = ? and held_on = ?")
				.params(municipality.value(), type.name(), date).query(Long.class).single() > 0;
	}

	/** The day of the latest meeting of the type before the given day: the agenda covers what changed since. */
	public Optional<LocalDate> previousMeeting(MunicipalityCode municipality, MeetingType type, LocalDate before) {
		return jdbc.sql("""
				select max(held_on) from steering_meeting where municipality_code = ? and meeting_type = ? and held_on < ?""")
				.params(municipality.value(), type.name(), before)
				.query((rs, row) -> rs.getObject(1, LocalDate.class)).optional();
	}

	public long addMeeting(MunicipalityCode municipality, Assignment assignment, MeetingType type, LocalDate date,
			@Nullable LocalDate since, String by, Instant at) {
		return jdbc.sql("""
				insert into steering_meeting (municipality_code, assignment_id, meeting_type, held_on, changes_since,
				                              planned_by, planned_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(municipality.value(), assignment.id(), type.name(), date, since, by, utc(at))
				.query(Long.class).single();
	}

	public void replaceAgenda(long meetingId, List<AgendaAlert> alerts) {
		jdbc.sql("delete from steering_agenda_item where meeting_id = ?").param(meetingId).update();
		var position = 0;
		for (var alert : alerts) {
			jdbc.sql("""
					insert into steering_agenda_item (meeting_id, position, kind, subject_id, title, detail)
					values (?, ?, ?, ?, ?, ?)""")
					.params(meetingId, ++position, alert.kind().name(), alert.subjectId(), alert.title(), alert.detail())
					.update();
		}
	}

	public List<AgendaItem> agenda(long meetingId) {
		return jdbc.sql("""
				select id, meeting_id, position, kind, subject_id, title, detail, minutes, decision, recorded_by, version
				from steering_agenda_item where meeting_id = ? order by position""")
				.param(meetingId)
				.query(GovernanceRepository::item)
				.list();
	}

	Optional<AgendaItem> item(long meetingId, long itemId) {
		return jdbc.sql("""
				select id, meeting_id, position, kind, subject_id, title, detail, minutes, decision, recorded_by, version
				from steering_agenda_item where meeting_id = ? and id = ?""")
				.params(meetingId, itemId)
				.query(GovernanceRepository::item)
				.optional();
	}

	/** @return whether the item still had the version read, so someone else's minutes are not overwritten */
	public boolean record(AgendaItem item, String minutes, String decision, String by, Instant at) {
		return jdbc.sql("""
				update steering_agenda_item set minutes = ?, decision = ?, recorded_by = ?, recorded_at = ?,
				       version = version + 1
				where id = ? and version = ?""")
				.params(minutes, decision, by, utc(at), item.id(), item.version())
				.update() == 1;
	}

	public List<AssignmentRequest> requests(Assignment assignment) {
		return jdbc.sql("select " + REQUEST_COLUMNS + """
				 from steering_assignment_request q left join steering_type_of_work t on t.id = q.type_of_work_id
				where q.assignment_id = ? order by q.submitted_at desc, q.id desc""")
				.param(assignment.id())
				.query(GovernanceRepository::request)
				.list();
	}

	Optional<AssignmentRequest> request(MunicipalityCode municipality, long id) {
		return jdbc.sql("select " + REQUEST_COLUMNS + """
				 from steering_assignment_request q left join steering_type_of_work t on t.id = q.type_of_work_id
				     join steering_assignment a on a.id = q.assignment_id
				where q.id = ? and a.municipality_code = ?""")
				.params(id, municipality.value())
				.query(GovernanceRepository::request)
				.optional();
	}

	public long addRequest(Assignment assignment, ImpactAnalysisPolicy.Valid analysis, @Nullable Long typeOfWorkId, String by,
			Instant at) {
		return jdbc.sql("""
				insert into steering_assignment_request (assignment_id, title, current_situation, desired_situation, fit,
				       fte, budget_cents, source_of_funds, type_of_work_id, target_group, submitted_by, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(assignment.id(), analysis.title(), analysis.currentSituation(), analysis.desiredSituation(),
						analysis.fit(), analysis.fte(), analysis.budgetCents(), analysis.sourceOfFunds(), typeOfWorkId,
						analysis.targetGroup().name(), by, utc(at))
				.query(Long.class).single();
	}

	boolean decide(AssignmentRequest request, RequestDecisionPolicy.Valid decision, String by) {
		return jdbc.sql("""
				update steering_assignment_request set status = ?, decision_reason = ?, decided_on = ?, decided_by = ?,
				       version = version + 1
				where id = ? and version = ? and status = 'REQUESTED'""")
				.params(decision.decision().name(), decision.reason(), decision.date(), by, request.id(), request.version())
				.update() == 1;
	}

	Optional<Assignment> assignmentOfYear(MunicipalityCode municipality, int year) {
		return jdbc.sql("""
				select id, municipality_code, year, provider_name, title, source, budget_cap_cents
				from steering_assignment where municipality_code = ? and year = ?""")
				.params(municipality.value(), year)
				.query((rs, row) -> new Assignment(rs.getLong("id"), rs.getString("municipality_code"), rs.getInt("year"),
						rs.getString("provider_name"), rs.getString("title"), rs.getString("source"),
						rs.getLong("budget_cap_cents")))
				.optional();
	}

	/**
	 * STU-1, STU-2: the new year's assignment as a copy of the given one: its types of work with goals and their
	 * indicators, effect chain, core conditions and risks (with their current scores), and its financing lines. The
	 * document's stated figures, the re-assessment history and the norms (so also an indicator's link to its norm)
	 * stay with the year they belong to.
	 */
	long copy(Assignment from, int year, String title, String by, Instant at) {
		var id = jdbc.sql("""
				insert into steering_assignment (municipality_code, year, provider_name, title, source, budget_cap_cents)
				select municipality_code, ?, provider_name, ?, 'Kopie van de opdracht ' || year, budget_cap_cents
				from steering_assignment where id = ? returning id""")
				.params(year, title, from.id()).query(Long.class).single();
		var types = new HashMap<Long, Long>();
		var oldTypes = jdbc.sql("select id from steering_type_of_work where assignment_id = ? order by position")
				.param(from.id()).query(Long.class).list();
		for (var oldType : oldTypes) {
			var newType = jdbc.sql("""
					insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
					select ?, position, code, name, target_group, desired_situation
					from steering_type_of_work where id = ? returning id""")
					.params(id, oldType).query(Long.class).single();
			types.put(oldType, newType);
			jdbc.sql("""
					insert into steering_goal (type_of_work_id, position, heading, text)
					select ?, position, heading, text from steering_goal where type_of_work_id = ?""")
					.params(newType, oldType).update();
			jdbc.sql("""
					insert into steering_effect_chain_link (type_of_work_id, link, text, source)
					select ?, link, text, source from steering_effect_chain_link where type_of_work_id = ?""")
					.params(newType, oldType).update();
			// The indicators go with their goal; their norm stays behind, because norms belong to their year.
			jdbc.sql("""
					insert into steering_indicator (goal_id, position, name, measures, unit, target, added_by, added_at)
					select ng.id, i.position, i.name, i.measures, i.unit, i.target, ?, ?
					from steering_indicator i join steering_goal og on og.id = i.goal_id
					     join steering_goal ng on ng.type_of_work_id = ? and ng.position = og.position
					where og.type_of_work_id = ?""")
					.params(by, utc(at), newType, oldType).update();
			jdbc.sql("""
					insert into steering_core_condition (type_of_work_id, position, title, text)
					select ?, position, title, text from steering_core_condition where type_of_work_id = ?""")
					.params(newType, oldType).update();
			jdbc.sql("""
					insert into steering_risk (type_of_work_id, position, description, kind, probability, damage, precondition,
					       responsible_party, where_agreed, monitoring_owner)
					select ?, position, description, kind, probability, damage, precondition, responsible_party,
					       where_agreed, monitoring_owner
					from steering_risk where type_of_work_id = ?""")
					.params(newType, oldType).update();
		}
		var lines = jdbc.sql("select id, type_of_work_id from steering_financing_line where assignment_id = ? order by position")
				.param(from.id())
				.query((rs, row) -> new long[] { rs.getLong("id"), rs.getObject("type_of_work_id") == null ? -1 : rs.getLong("type_of_work_id") })
				.list();
		for (var line : lines) {
			jdbc.sql("""
					insert into steering_financing_line (assignment_id, type_of_work_id, position, label, fte, amount_cents,
					       category, target_group, proeftuin, added_by, added_at)
					select ?, ?, position, label, fte, amount_cents, category, target_group, proeftuin, ?, ?
					from steering_financing_line where id = ?""")
					.params(id, line[1] < 0 ? null : types.get(line[1]), by, utc(at), line[0]).update();
		}
		return id;
	}

	boolean typeOfWorkCodeExists(Assignment assignment, String code) {
		return jdbc.sql("select count(*) from steering_type_of_work where assignment_id = ? and code = ?")
				.params(assignment.id(), code).query(Long.class).single() > 0;
	}

	long addTypeOfWork(Assignment assignment, String code, String name, TargetGroup group, String desiredSituation) {
		return jdbc.sql("""
				insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
				values (:assignment,
				        (select coalesce(max(position), 0) + 1 from steering_type_of_work where assignment_id = :assignment),
				        :code, :name, :group, :desired) returning id""")
				.param("assignment", assignment.id()).param("code", code).param("name", name)
				.param("group", group.name()).param("desired", desiredSituation)
				.query(Long.class).single();
	}

	/** Risks re-assessed on or after the day, with their current effect, newest first. */
	public List<RiskReassessment> reassessedSince(Assignment assignment, LocalDate since) {
		return jdbc.sql("""
				select s.risk_id, r.description, s.previous_probability, s.previous_damage, s.probability, s.damage, s.note,
				       s.assessed_by, s.assessed_at
				from steering_risk_assessment s join steering_risk r on r.id = s.risk_id
				     join steering_type_of_work t on t.id = r.type_of_work_id
				where t.assignment_id = ? and s.assessed_at >= ? order by s.assessed_at desc, s.id desc""")
				.params(assignment.id(), since.atStartOfDay().atOffset(ZoneOffset.UTC))
				.query((rs, row) -> new RiskReassessment(rs.getLong("risk_id"), rs.getString("description"),
						rs.getInt("previous_probability"), rs.getInt("previous_damage"), rs.getInt("probability"),
						rs.getInt("damage"), rs.getString("note"), rs.getString("assessed_by"),
						rs.getObject("assessed_at", OffsetDateTime.class).toInstant()))
				.list();
	}

	private static Meeting meeting(ResultSet rs, int row) throws SQLException {
		return new Meeting(rs.getLong("id"), rs.getLong("assignment_id"), MeetingType.valueOf(rs.getString("meeting_type")),
				rs.getObject("held_on", LocalDate.class), rs.getObject("changes_since", LocalDate.class),
				rs.getInt("items"), rs.getInt("recorded"));
	}

	private static AgendaItem item(ResultSet rs, int row) throws SQLException {
		var subject = rs.getLong("subject_id");
		return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
				AgendaItemKind.valueOf(rs.getString("kind")), rs.wasNull() ? null : subject, rs.getString("title"),
				rs.getString("detail"), rs.getString("minutes"), rs.getString("decision"), rs.getString("recorded_by"),
				rs.getInt("version"));
	}

	private static AssignmentRequest request(ResultSet rs, int row) throws SQLException {
		var type = rs.getLong("type_of_work_id");
		var typeId = rs.wasNull() ? null : type;
		return new AssignmentRequest(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("title"),
				rs.getString("current_situation"), rs.getString("desired_situation"), rs.getString("fit"),
				rs.getBigDecimal("fte"), rs.getLong("budget_cents"), rs.getString("source_of_funds"), typeId,
				rs.getString("type_name"), TargetGroup.valueOf(rs.getString("target_group")), rs.getString("submitted_by"),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
				AssignmentRequest.Status.valueOf(rs.getString("status")), rs.getString("decision_reason"),
				rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"), rs.getInt("version"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
