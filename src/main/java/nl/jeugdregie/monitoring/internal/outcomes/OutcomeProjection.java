package nl.jeugdregie.monitoring.internal.outcomes;

import java.util.List;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.HelpRequestTransitioned;
import nl.jeugdregie.intake.UsefulnessScored;
import nl.jeugdregie.monitoring.internal.RegistrationProjection;
import nl.jeugdregie.platform.database.TextColumn;
import nl.jeugdregie.plans.PlanEvaluated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the outcome read models (MON-3, MON-5, MON-6) current from intake's and plans' events. Idempotent and
 * order-free: the event registry may deliver an event again, and events of successive transactions may be
 * handled side by side. Stores codes, dates and counts only (SEC-2).
 */
@Component
class OutcomeProjection implements RegistrationProjection {

	private final JdbcClient jdbc;

	OutcomeProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Fed by the fold of monitoring's registration inbox, a batch in one statement (ADR 0057). */
	@Override
	public void project(List<HelpRequestRegistered> events) {
		if (events.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into monitoring_outcome_registration
				    (help_request_id, municipality_code, team_id, registered_on, age_at_registration, earlier_request_id)
				select r::uuid, m, t::uuid, d::date, a::integer, er::uuid
				from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) u(r, m, t, d, a, er)
				on conflict (help_request_id) do nothing""")
				.params(TextColumn.of(events, e -> e.helpRequest().value().toString()),
						TextColumn.of(events, e -> e.municipality().value()),
						TextColumn.of(events, e -> e.team().value().toString()),
						TextColumn.of(events, e -> e.registeredOn().toString()),
						TextColumn.of(events, e -> Integer.toString(e.ageAtRegistration())),
						TextColumn.of(events, e -> e.earlierRequest() == null ? null : e.earlierRequest().value().toString()))
				.update();
	}

	/** A closure records its end reason; a later closure (after a reopening) replaces an earlier one. */
	@ApplicationModuleListener
	void on(HelpRequestTransitioned event) {
		if (!"CLOSED".equals(event.state()) || event.outcome() == null) {
			return;
		}
		jdbc.sql("""
				insert into monitoring_outcome_closure (help_request_id, municipality_code, team_id, closed_on, reason)
				values (?, ?, ?, ?, ?)
				on conflict (help_request_id) do update set closed_on = excluded.closed_on, reason = excluded.reason
				where excluded.closed_on >= monitoring_outcome_closure.closed_on""")
				.params(event.helpRequest().value(), event.municipality().value(), event.team().value(), event.on(),
						event.outcome())
				.update();
	}

	/** One score per request and respondent: the latest counts. */
	@ApplicationModuleListener
	void on(UsefulnessScored event) {
		jdbc.sql("""
				insert into monitoring_outcome_usefulness
				    (help_request_id, respondent, municipality_code, team_id, scored_on, score)
				values (?, ?, ?, ?, ?, ?)
				on conflict (help_request_id, respondent) do update set scored_on = excluded.scored_on, score = excluded.score
				where excluded.scored_on >= monitoring_outcome_usefulness.scored_on""")
				.params(event.helpRequest().value(), event.respondent().name(), event.municipality().value(),
						event.team().value(), event.on(), event.score())
				.update();
	}

	@ApplicationModuleListener
	void on(PlanEvaluated event) {
		var outcome = event.outcome();
		jdbc.sql("""
				insert into monitoring_outcome_plan_evaluation (household_id, moment, evaluated_on, municipality_code,
				    team_id, goals_agreed, goals_realised, goals_improved, continuation)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (household_id, moment, evaluated_on) do update set goals_agreed = excluded.goals_agreed,
				    goals_realised = excluded.goals_realised, goals_improved = excluded.goals_improved,
				    continuation = excluded.continuation""")
				.params(event.household().value(), event.moment().name(), event.on(), event.municipality().value(),
						event.team().value(), event.goalsAgreed(), event.goalsRealised(), event.goalsImproved(),
						outcome == null ? null : outcome.name())
				.update();
	}
}
