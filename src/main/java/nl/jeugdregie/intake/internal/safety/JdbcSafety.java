package nl.jeugdregie.intake.internal.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.jeugdregie.intake.HelpRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the safety records of help requests (TOE-14); rows are only added. */
@Repository
class JdbcSafety {

	private final JdbcClient jdbc;

	JdbcSafety(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SafetyFile of(HelpRequestId request) {
		var id = request.value();
		var steps = jdbc.sql("""
				select step, taken_on, note, decision, recorded_by from safety_step
				where help_request_id = ? order by taken_on, id""").param(id)
				.query((rs, n) -> new SafetyFile.Step(SafetyStep.valueOf(rs.getString("step")),
						rs.getObject("taken_on", LocalDate.class), rs.getString("note"),
						rs.getString("decision") == null ? null : SafetyDecision.valueOf(rs.getString("decision")),
						rs.getString("recorded_by")))
				.list().stream().sorted(java.util.Comparator.comparing(SafetyFile.Step::step)).toList();
		var plans = jdbc.sql("""
				select agreements, responsible, review_on, recorded_on, recorded_by from safety_plan
				where help_request_id = ? order by id""").param(id)
				.query((rs, n) -> new SafetyFile.Plan(rs.getString("agreements"), rs.getString("responsible"),
						rs.getObject("review_on", LocalDate.class), rs.getObject("recorded_on", LocalDate.class),
						rs.getString("recorded_by")))
				.list();
		var actions = jdbc.sql("""
				select kind, taken_on, outcome, recorded_by from safety_action
				where help_request_id = ? order by taken_on, id""").param(id)
				.query((rs, n) -> new SafetyFile.Action(SafetyActionKind.valueOf(rs.getString("kind")),
						rs.getObject("taken_on", LocalDate.class), rs.getString("outcome"), rs.getString("recorded_by")))
				.list();
		var decisions = jdbc.sql("""
				select decided_on, decision, recorded_by from safety_key_decision
				where help_request_id = ? order by decided_on, id""").param(id)
				.query((rs, n) -> new SafetyFile.KeyDecision(rs.getObject("decided_on", LocalDate.class),
						rs.getString("decision"), rs.getString("recorded_by")))
				.list();
		return new SafetyFile(steps, plans, actions, decisions);
	}

	/** False when the step was recorded meanwhile by someone else (the unique key), so nothing is doubled. */
	boolean insert(HelpRequestId request, SafetyFile.Step step, Instant now) {
		return jdbc.sql("""
				insert into safety_step (help_request_id, step, taken_on, note, decision, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (help_request_id, step) do nothing""")
				.params(request.value(), step.step().name(), step.takenOn(), step.note(),
						step.decision() == null ? null : step.decision().name(), step.recordedBy(), utc(now))
				.update() == 1;
	}

	void insert(HelpRequestId request, SafetyFile.Plan plan, Instant now) {
		jdbc.sql("""
				insert into safety_plan (help_request_id, agreements, responsible, review_on, recorded_on, recorded_by,
				recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(request.value(), plan.agreements(), plan.responsible(), plan.reviewOn(), plan.recordedOn(),
						plan.recordedBy(), utc(now))
				.update();
	}

	void insert(HelpRequestId request, SafetyFile.Action action, Instant now) {
		jdbc.sql("""
				insert into safety_action (help_request_id, kind, taken_on, outcome, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
				.params(request.value(), action.kind().name(), action.takenOn(), action.outcome(), action.recordedBy(),
						utc(now))
				.update();
	}

	void insert(HelpRequestId request, SafetyFile.KeyDecision decision, Instant now) {
		jdbc.sql("""
				insert into safety_key_decision (help_request_id, decided_on, decision, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?)""")
				.params(request.value(), decision.decidedOn(), decision.decision(), decision.recordedBy(), utc(now))
				.update();
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
