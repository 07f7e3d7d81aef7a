package nl.jeugdregie.monitoring.internal.registrations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardReadModels;
import nl.jeugdregie.monitoring.internal.dashboard.RawEvent;
import nl.jeugdregie.monitoring.internal.RegistrationProjection;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds monitoring's registration inbox into the read models (issue 19 P1, MON-1, ADR 0057), on one background
 * thread: each fold takes up to {@code jeugdregie.monitoring.fold-batch-size} registrations and, in the same
 * transaction, feeds them to every {@link RegistrationProjection} (one statement each) and to the dashboard
 * ({@link DashboardReadModels#receiveAll}: the month rows changed once for the whole batch). The rows are deleted
 * exactly when their effects commit; a fold that fails rolls back, keeps the rows and is tried again after
 * {@code fold-interval}. The thread waits for a registration's commit (a nudge) or {@code fold-interval}, and pauses
 * {@code fold-pause} between folds, so under load a fold takes many registrations at once.
 */
@Component
class RegistrationFolding implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RegistrationFolding.class);

	/** The TOE-7 maximum is looked up once per municipality and date in a batch. */
	private record NormDay(String municipality, LocalDate on) {}

	private final RegistrationInbox inbox;
	private final DashboardReadModels readModels;
	private final Norms norms;
	private final List<RegistrationProjection> projections;
	private final TransactionTemplate transactions;
	private final Duration interval;
	private final Duration pause;
	private final int batchSize;
	private volatile boolean running;
	private @Nullable Thread thread;

	RegistrationFolding(RegistrationInbox inbox, DashboardReadModels readModels, Norms norms,
			List<RegistrationProjection> projections, TransactionTemplate transactions,
			@Value("${jeugdregie.monitoring.fold-interval:200ms}") Duration interval,
			@Value("${jeugdregie.monitoring.fold-pause:50ms}") Duration pause,
			@Value("${jeugdregie.monitoring.fold-batch-size:500}") int batchSize) {
		if (!interval.isPositive() || pause.isNegative() || batchSize < 1) {
			throw new IllegalArgumentException("jeugdregie.monitoring: fold-interval must be positive, fold-pause not "
					+ "negative, fold-batch-size at least 1");
		}
		this.inbox = inbox;
		this.readModels = readModels;
		this.norms = norms;
		this.projections = List.copyOf(projections);
		this.transactions = transactions;
		this.interval = interval;
		this.pause = pause;
		this.batchSize = batchSize;
	}

	/** Folds one batch in one transaction; the number of registrations applied (0: the inbox was empty). */
	int foldOnce() {
		var folded = transactions.execute(status -> {
			var events = inbox.take(batchSize);
			if (events.isEmpty()) {
				return 0;
			}
			// The request's own rows first; the dashboard's month rows, shared by the month, are written last.
			projections.forEach(projection -> projection.project(events));
			var maxima = new HashMap<NormDay, Integer>();
			readModels.receiveAll(events.stream().map(e -> raw(e, maxima)).toList());
			return events.size();
		});
		return folded == null ? 0 : folded;
	}

	private RawEvent raw(HelpRequestRegistered e, Map<NormDay, Integer> maxima) {
		// The TOE-7 maximum in force on the registration date is kept with the event, so a rebuild needs no norms.
		var maxConversations = maxima.computeIfAbsent(new NormDay(e.municipality().value(), e.registeredOn()),
				day -> norms.inEffect(e.municipality(), NormKey.MAX_CONVERSATIONS, e.registeredOn()).amount());
		return new RawEvent(e.helpRequest().value(), RawEvent.Kind.REGISTERED, "", e.municipality().value(),
				e.team().value(), e.registeredOn(), e.treatmentDeadline(), e.referrer().name(), e.crisis().name(),
				e.channel().name(), e.type().name(), e.ageAtRegistration(),
				e.earlierRequest() == null ? null : e.earlierRequest().value(), maxConversations, null, null, null,
				null);
	}

	private void run() {
		while (running) {
			try {
				inbox.awaitNudge(interval);
				while (running && foldOnce() == batchSize) {
					// A full batch: more are waiting.
				}
				Thread.sleep(pause);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				// Codes, dates and ids only in the inbox: the failure names no person.
				log.warn("Folding monitoring's registration inbox failed; its registrations stay and are tried again in {}: {}",
						interval, e.toString());
				try {
					Thread.sleep(interval);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().name("monitoring-fold").daemon().start(this::run);
	}

	@Override
	public void stop() {
		running = false;
		inbox.nudge();
		var folding = thread;
		if (folding != null) {
			try {
				folding.join(Duration.ofSeconds(10));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
