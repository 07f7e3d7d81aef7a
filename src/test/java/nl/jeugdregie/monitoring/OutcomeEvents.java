package nl.jeugdregie.monitoring;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.HelpRequestTransitioned;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.intake.UsefulnessScored;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.PlanEvaluated;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes intake's and plans' events straight into the application, as their producers will, so the outcome
 * indicators can be tested on hand-made facts with exact dates; then waits until monitoring has handled them.
 */
final class OutcomeEvents {

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final JdbcClient jdbc;
	private final TestFixtures.World world;

	OutcomeEvents(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc,
			TestFixtures.World world) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.world = world;
	}

	TeamId team() {
		return world.team().id();
	}

	HelpRequestId registered(String on, int age, @Nullable HelpRequestId earlier) {
		return registered(on, age, earlier, world.team().id());
	}

	HelpRequestId registered(String on, int age, @Nullable HelpRequestId earlier, TeamId team) {
		var id = new HelpRequestId(UUID.randomUUID());
		var date = LocalDate.parse(on);
		publish(new HelpRequestRegistered(id, world.municipality(), team, date, date.plusWeeks(2), Channel.PHONE,
				Referrer.SCHOOL, Crisis.NONE, RequestType.REGULAR, age, earlier));
		return id;
	}

	HelpRequestId closed(String on, ClosureReason reason) {
		var id = new HelpRequestId(UUID.randomUUID());
		closed(id, on, reason);
		return id;
	}

	void closed(HelpRequestId id, String on, ClosureReason reason) {
		publish(new HelpRequestTransitioned(id, world.municipality(), world.team().id(), "CLOSED", reason.name(),
				LocalDate.parse(on), "test", null));
	}

	void scored(HelpRequestId id, String on, UsefulnessScored.Respondent respondent, int score) {
		publish(new UsefulnessScored(id, world.municipality(), world.team().id(), LocalDate.parse(on), respondent, score));
	}

	HelpRequestId scored(String on, UsefulnessScored.Respondent respondent, int score) {
		var id = new HelpRequestId(UUID.randomUUID());
		scored(id, on, respondent, score);
		return id;
	}

	void started(HelpRequestId id, String registeredOn, String startedOn) {
		var registered = LocalDate.parse(registeredOn);
		publish(new nl.jeugdregie.intake.TreatmentStarted(id, world.municipality(), world.team().id(), registered,
				registered.plusWeeks(2), LocalDate.parse(startedOn)));
	}

	void evaluated(String on, PlanEvaluated.Moment moment, int agreed, int realised, int improved,
			@Nullable ContinuationOutcome outcome) {
		publish(new PlanEvaluated(new HouseholdId(UUID.randomUUID()), world.municipality(), world.team().id(),
				LocalDate.parse(on), moment, agreed, realised, improved, outcome));
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Monitoring handles events asynchronously after each commit: wait until all are handled. */
	void awaitHandled() {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select (select count(*) from event_publication where completion_date is null)"
						+ " + (select count(*) from monitoring_registration_inbox)").query(Long.class).single() == 0);
	}
}
