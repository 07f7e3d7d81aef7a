package nl.jeugdregie.plans.internal.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.plan.Contributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores a household's MDOs, progress on its goals and its evaluations (PLAN-1, PLAN-5). */
@Repository
class JdbcPlanFollowUp {

	private final JdbcClient jdbc;

	JdbcPlanFollowUp(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The household a help request belongs to, if any. */
	java.util.Optional<UUID> householdOf(UUID helpRequest) {
		return jdbc.sql("select household_id from household_help_request where help_request_id = ?").param(helpRequest)
				.query(UUID.class).optional();
	}

	void insertMeeting(HouseholdId household, PlanMeeting meeting, Instant at) {
		jdbc.sql("""
				insert into plan_meeting (id, household_id, held_on, family_present, absence_reason, produced_version,
				  next_meeting_on, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(meeting.id(), household.value(), meeting.heldOn(), meeting.familyPresent(), meeting.absenceReason(),
						meeting.producedVersion(), meeting.nextMeetingOn(), meeting.recordedBy(), at.atOffset(ZoneOffset.UTC))
				.update();
		var position = 0;
		for (var participant : meeting.participants()) {
			jdbc.sql("insert into plan_meeting_participant (meeting_id, position, name, kind, present) values (?, ?, ?, ?, ?)")
					.params(meeting.id(), position++, participant.name(), participant.kind().name(), participant.present())
					.update();
		}
		items(meeting.id(), "AGENDA", meeting.agenda());
		items(meeting.id(), "DECISION", meeting.decisions());
	}

	private void items(UUID meeting, String kind, List<String> texts) {
		for (int position = 0; position < texts.size(); position++) {
			jdbc.sql("insert into plan_meeting_item (meeting_id, kind, position, text) values (?, ?, ?, ?)")
					.params(meeting, kind, position, texts.get(position)).update();
		}
	}

	/** The household's meetings, newest first. */
	List<PlanMeeting> meetings(HouseholdId household) {
		var participants = new LinkedHashMap<UUID, List<PlanMeeting.Attendee>>();
		jdbc.sql("""
				select p.* from plan_meeting_participant p join plan_meeting m on m.id = p.meeting_id
				where m.household_id = ? order by p.meeting_id, p.position""")
				.param(household.value())
				.query((ResultSet rs) -> {
					participants.computeIfAbsent(rs.getObject("meeting_id", UUID.class), k -> new ArrayList<>())
							.add(new PlanMeeting.Attendee(rs.getString("name"), Contributor.valueOf(rs.getString("kind")),
									rs.getBoolean("present")));
				});
		var items = new LinkedHashMap<String, List<String>>();
		jdbc.sql("""
				select i.* from plan_meeting_item i join plan_meeting m on m.id = i.meeting_id
				where m.household_id = ? order by i.meeting_id, i.kind, i.position""")
				.param(household.value())
				.query((ResultSet rs) -> {
					items.computeIfAbsent(rs.getObject("meeting_id", UUID.class) + rs.getString("kind"),
							k -> new ArrayList<>()).add(rs.getString("text"));
				});
		return jdbc.sql("select * from plan_meeting where household_id = ? order by held_on desc, recorded_at desc")
				.param(household.value())
				.query((rs, row) -> {
					var id = rs.getObject("id", UUID.class);
					return new PlanMeeting(id, rs.getObject("held_on", LocalDate.class),
							List.copyOf(participants.getOrDefault(id, List.of())),
							List.copyOf(items.getOrDefault(id + "AGENDA", List.of())),
							List.copyOf(items.getOrDefault(id + "DECISION", List.of())), rs.getBoolean("family_present"),
							rs.getString("absence_reason"), rs.getInt("produced_version"),
							rs.getObject("next_meeting_on", LocalDate.class), rs.getString("recorded_by"));
				})
				.list();
	}

	void insertProgress(GoalProgress progress, Instant at) {
		jdbc.sql("""
				insert into goal_progress (id, goal_id, measured_on, score, status, note, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(progress.id(), progress.goalId(), progress.measuredOn(), progress.score(), progress.status().name(),
						progress.note(), progress.recordedBy(), at.atOffset(ZoneOffset.UTC))
				.update();
	}

	/** Progress per goal of the plan, oldest first. */
	Map<UUID, List<GoalProgress>> progress(UUID plan) {
		var progress = new LinkedHashMap<UUID, List<GoalProgress>>();
		jdbc.sql("""
				select gp.* from goal_progress gp join plan_goal g on g.id = gp.goal_id
				where g.plan_id = ? order by gp.measured_on, gp.recorded_at""")
				.param(plan)
				.query((rs, row) -> new GoalProgress(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class),
						rs.getObject("measured_on", LocalDate.class), rs.getInt("score"),
						GoalStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("recorded_by")))
				.list()
				.forEach(p -> progress.computeIfAbsent(p.goalId(), k -> new ArrayList<>()).add(p));
		return progress;
	}

	void insertEvaluation(HouseholdId household, PlanEvaluation evaluation, Instant at) {
		jdbc.sql("""
				insert into plan_evaluation (id, household_id, moment, evaluated_on, meeting_id, outcome, remarks,
				  remarks_internal, goals_agreed, goals_realised, goals_improved, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(evaluation.id(), household.value(), evaluation.moment().name(), evaluation.evaluatedOn(),
						evaluation.meeting(), evaluation.continuation() == null ? null : evaluation.continuation().name(),
						evaluation.remarks(), evaluation.remarksInternal(), evaluation.goals().agreed(),
						evaluation.goals().realised(), evaluation.goals().improved(), evaluation.recordedBy(),
						at.atOffset(ZoneOffset.UTC))
				.update();
	}

	/** The household's evaluations, newest first. */
	List<PlanEvaluation> evaluations(HouseholdId household) {
		return jdbc.sql("select * from plan_evaluation where household_id = ? order by evaluated_on desc, recorded_at desc")
				.param(household.value())
				.query(JdbcPlanFollowUp::evaluation)
				.list();
	}

	private static PlanEvaluation evaluation(ResultSet rs, int row) throws SQLException {
		var outcome = rs.getString("outcome");
		return new PlanEvaluation(rs.getObject("id", UUID.class), EvaluationMoment.valueOf(rs.getString("moment")),
				rs.getObject("evaluated_on", LocalDate.class), rs.getObject("meeting_id", UUID.class),
				outcome == null ? null : ContinuationOutcome.valueOf(outcome), rs.getString("remarks"),
				rs.getBoolean("remarks_internal"), new GoalRealisation(rs.getInt("goals_agreed"),
						rs.getInt("goals_realised"), rs.getInt("goals_improved")),
				rs.getString("recorded_by"));
	}
}
