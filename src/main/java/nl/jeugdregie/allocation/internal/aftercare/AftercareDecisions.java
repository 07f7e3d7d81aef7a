package nl.jeugdregie.allocation.internal.aftercare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jeugdregie.allocation.AftercareRecorded;
import nl.jeugdregie.allocation.internal.AftercareToRecord;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-5: records and changes the aftercare decision of an allocation whose care has ended. Whoever may open the
 * arrangement the allocation was decided on (the team's case workers, same municipality) may record it, through the
 * shared opening step as allocation's changes do. The allocation's row is locked first and the decision checked under
 * the lock: a decision that says the same as the current one changes nothing (no audit, no event), any other one must
 * name the current version (stale otherwise). Each effective change is audited and published as
 * {@link AftercareRecorded} in the same transaction.
 */
@Service
public class AftercareDecisions implements AftercareToRecord {

	/** The allocation, its decision (when recorded) and whether its care has ended today. */
	public record View(EndedCare allocation, @Nullable AftercareDecision decision, boolean careEnded) {}

	/** The decision after recording it; {@code changed} is false when it already said the same. */
	record Recorded(EndedCare allocation, AftercareDecision decision, boolean changed) {}

	/** The list of the team's allocations without a decision shows at most this many. */
	static final int LIST_LIMIT = 200;

	private final AftercareRecords records;
	private final ArrangementService arrangements;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AftercareDecisions(AftercareRecords records, ArrangementService arrangements, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.arrangements = arrangements;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The allocation with its aftercare decision, when the user may open its arrangement (read audited). */
	@Transactional
	public Outcome<View> view(CurrentUser user, long number) {
		var found = records.find(user.municipality(), number);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var allocation = found.get();
		return Outcomes.then(arrangements.open(user, allocation.arrangement()), opened -> Outcome.done(viewOf(allocation)));
	}

	/**
	 * The aftercare part of an allocation's page, for a page that has just opened the allocation's arrangement through
	 * the shared opening step (so access is checked and the read audited there); empty when there is no such allocation.
	 */
	@Transactional(readOnly = true)
	public Optional<View> ofOpenedAllocation(MunicipalityCode municipality, long number) {
		return records.find(municipality, number).map(this::viewOf);
	}

	/** MON-5: records or changes the decision (see the class comment for locking, versions and audit). */
	@Transactional
	Outcome<Recorded> record(CurrentUser user, RecordAftercare command) {
		var found = records.lock(user.municipality(), command.number());
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var allocation = found.get();
		return Outcomes.then(arrangements.open(user, allocation.arrangement()), opened -> {
			var refused = refusals(allocation, command, LocalDate.now(clock));
			if (!refused.isEmpty()) {
				return Outcome.refused(refused);
			}
			var current = records.decisionOf(allocation.id());
			if (current.isPresent() && command.sameAs(current.get())) {
				return Outcome.done(new Recorded(allocation, current.get(), false));
			}
			var currentVersion = current.map(AftercareDecision::version).orElse(0L);
			if (command.version() != currentVersion) {
				return Outcome.stale(currentVersion);
			}
			var now = clock.instant();
			var version = currentVersion + 1;
			records.save(allocation, command, version, user.username(), now);
			events.publishEvent(new AftercareRecorded(allocation.municipality(), allocation.number(), command.kind(),
					command.from(), allocation.lastDay(), version, now));
			audited(user, allocation, command, current.isPresent());
			return Outcome.done(new Recorded(allocation, records.decisionOf(allocation.id()).orElseThrow(), true));
		});
	}

	/** The team's allocations whose care ended without an aftercare decision (at most {@link #LIST_LIMIT}). */
	@Transactional(readOnly = true)
	List<AftercareRecords.Pending> pending(CurrentUser user) {
		var team = user.team();
		if (team == null || !user.role().worksOnCases()) {
			return List.of();
		}
		return records.pending(user.municipality(), team, LocalDate.now(clock), LIST_LIMIT);
	}

	@Override
	@Transactional(readOnly = true)
	public long count(CurrentUser user) {
		var team = user.team();
		if (team == null || !user.role().worksOnCases()) {
			return 0;
		}
		return records.countPending(user.municipality(), team, LocalDate.now(clock));
	}

	private View viewOf(EndedCare allocation) {
		return new View(allocation, records.decisionOf(allocation.id()).orElse(null),
				allocation.endedOn(LocalDate.now(clock)));
	}

	private static List<Refusal> refusals(EndedCare allocation, RecordAftercare command, LocalDate today) {
		var ended = new AftercareAfterCareEndedPolicy().check(new AftercareAfterCareEndedPolicy.Care(allocation, today));
		if (ended.isPresent() || command.from() == null) {
			return refusals(ended);
		}
		var bounds = new AftercareDateWithinBoundsPolicy().check(
				new AftercareDateWithinBoundsPolicy.Proposed(command.from(), today));
		return bounds.isPresent() ? refusals(bounds) : refusals(new AftercareStartNearCareEndPolicy().check(
				new AftercareStartNearCareEndPolicy.Proposed(allocation.lastDay(), command.from())));
	}

	@SafeVarargs
	private static List<Refusal> refusals(Optional<Refusal>... checks) {
		return new ArrayList<>(Stream.of(checks).flatMap(Optional::stream).toList());
	}

	private void audited(CurrentUser user, EndedCare allocation, RecordAftercare command, boolean changed) {
		if (allocation.youngPerson() != null) {
			var number = String.valueOf(allocation.number());
			var decision = AftercareDecision.summary(command.kind(), null, command.from());
			var what = changed ? Labels.text("text.allocation.aftercare.changed", number, decision)
					: Labels.text("text.allocation.aftercare.recorded", number, decision);
			audit.record(ClientFileAccess.updated(user, allocation.youngPerson(),
					"arrangement:" + allocation.arrangement().value(), what));
		}
	}
}
