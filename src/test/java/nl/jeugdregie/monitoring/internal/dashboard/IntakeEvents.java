package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.ConversationHeld;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.HelpRequestTransitioned;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.intake.TreatmentStarted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes intake's events as intake does (each in a committed transaction), so tests can feed monitoring
 * hand-made histories with exact dates.
 */
final class IntakeEvents {

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final MunicipalityCode municipality;
	private final TeamId team;
	int published;

	IntakeEvents(ApplicationEventPublisher events, TransactionTemplate transactions, MunicipalityCode municipality,
			TeamId team) {
		this.events = events;
		this.transactions = transactions;
		this.municipality = municipality;
		this.team = team;
	}

	/** One help request's history. */
	final class Request {

		final HelpRequestId id = new HelpRequestId(UUID.randomUUID());
		private LocalDate registeredOn = LocalDate.MIN;
		private LocalDate deadline = LocalDate.MIN;

		Request registered(String on, Referrer referrer, Crisis crisis, @Nullable HelpRequestId earlier) {
			registeredOn = LocalDate.parse(on);
			deadline = registeredOn.plusWeeks(2);
			publish(new HelpRequestRegistered(id, municipality, team, registeredOn, deadline, Channel.PHONE, referrer,
					crisis, RequestType.REGULAR, 12, earlier));
			return this;
		}

		Request registered(String on) {
			return registered(on, Referrer.PARENT, Crisis.NONE, null);
		}

		/** The first conversation and {@code count - 1} more, one day apart; triage starts with the first. */
		Request conversations(String firstOn, int count) {
			var first = LocalDate.parse(firstOn);
			publish(new TreatmentStarted(id, municipality, team, registeredOn, deadline, first));
			for (var n = 1; n <= count; n++) {
				publish(new ConversationHeld(id, municipality, team, n, first.plusDays(n - 1), "medewerker"));
			}
			return transitioned("IN_TRIAGE", null, firstOn, null);
		}

		/**
		 * The first conversation recorded before the start of treatment is known, the start dated earlier: the
		 * request's waiting days (and its bucket) change once the start arrives.
		 */
		Request conversationBeforeStart(String conversationOn, String startedOn) {
			publish(new ConversationHeld(id, municipality, team, 1, LocalDate.parse(conversationOn), "medewerker"));
			publish(new TreatmentStarted(id, municipality, team, registeredOn, deadline, LocalDate.parse(startedOn)));
			return this;
		}

		Request transitioned(String state, @Nullable String outcome, String on, @Nullable String deadline) {
			publish(new HelpRequestTransitioned(id, municipality, team, state, outcome, LocalDate.parse(on),
					"medewerker", deadline == null ? null : LocalDate.parse(deadline)));
			return this;
		}

		Request closed(String reason, String on) {
			return transitioned("CLOSED", reason, on, null);
		}
	}

	Request request() {
		return new Request();
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
		published++;
	}
}
