package nl.jeugdregie.allocation.internal.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.jeugdregie.allocation.Adulthood;
import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.AllocationEnded;
import nl.jeugdregie.allocation.AllocationVolumeChanged;
import nl.jeugdregie.allocation.AllocationWithdrawn;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.allocation.internal.catalogue.Catalogue;
import nl.jeugdregie.allocation.internal.decision.Budget;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOEW-1, TOEW-7 (issue 16): ends an allocation early, changes its volume and withdraws it, the way iJw prescribes.
 * Whoever may open the arrangement the allocation was decided on (the team's case workers, same municipality) may
 * change it. The allocation's row is locked first and its state checked under the lock, so of 30 identical requests
 * exactly one changes it and the others are refused; every change keeps a history row, is audited and published
 * ({@link AllocationEnded}, {@link AllocationVolumeChanged}, {@link AllocationWithdrawn}, and for a new number
 * {@link AllocationDecided} continuing the old one) in the same transaction.
 */
@Service
class AllocationChanges {

	/** The allocation after the change, and the number of the allocation that replaced it (after a volume change). */
	record Changed(CurrentAllocation allocation, @Nullable Long newNumber) {}

	/** An allocation with its history, for its page and the API. */
	record View(CurrentAllocation allocation, List<HistoryEntry> history) {}

	private final ChangeRecords records;
	private final ArrangementService arrangements;
	private final Catalogue catalogue;
	private final Providers providers;
	private final HelpRequestDirectory helpRequests;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AllocationChanges(ChangeRecords records, ArrangementService arrangements, Catalogue catalogue, Providers providers,
			HelpRequestDirectory helpRequests, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.arrangements = arrangements;
		this.catalogue = catalogue;
		this.providers = providers;
		this.helpRequests = helpRequests;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The allocation with its history, when the user may open its arrangement (read audited). */
	@Transactional
	public Outcome<View> view(CurrentUser user, long number) {
		var found = records.find(user.municipality(), number);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var allocation = found.get();
		return Outcomes.then(arrangements.open(user, allocation.arrangement()),
				opened -> Outcome.done(new View(allocation, records.historyOf(allocation.id()))));
	}

	/** TOEW-1, TOEW-7: the allocation ends on an earlier day and keeps its number. */
	@Transactional
	public Outcome<Changed> end(CurrentUser user, EndEarly command) {
		return locked(user, command.number(), allocation -> {
			var refused = endRefusals(allocation, command);
			if (!refused.isEmpty()) {
				return Outcome.refused(refused);
			}
			var now = clock.instant();
			var period = new ValidityPeriod(allocation.period().from(), command.validUntil());
			records.end(allocation.id(), command.validUntil(), budget(allocation, allocation.volume(), period), null);
			records.history(allocation, new HistoryEntry(HistoryEntry.Kind.ENDED, command.reason(), allocation.period().until(),
					command.validUntil(), null, null, null, user.username(), now));
			events.publishEvent(new AllocationEnded(allocation.municipality(), allocation.number(), command.validUntil(),
					command.reason(), 0, now));
			audited(user, allocation, "Toewijzing " + allocation.number() + " beëindigd per "
					+ DutchFormat.date(command.validUntil()) + " (reden " + command.reason().code() + ")");
			return Outcome.done(new Changed(reread(allocation), null));
		});
	}

	/**
	 * TOEW-1, TOEW-7: a new volume. Frequency "total within the validity": the same number with the new volume and
	 * budget. Otherwise the allocation ends the day before the change date and a new allocation with a new number
	 * continues it with the new volume until the old last day.
	 */
	@Transactional
	public Outcome<Changed> changeVolume(CurrentUser user, VolumeChange command) {
		return locked(user, command.number(), allocation -> {
			var refused = volumeRefusals(allocation, command);
			if (!refused.isEmpty()) {
				return Outcome.refused(refused);
			}
			return allocation.keepsNumberOnVolumeChange() ? sameNumber(user, allocation, command)
					: newNumber(user, allocation, command);
		});
	}

	private Outcome<Changed> sameNumber(CurrentUser user, CurrentAllocation allocation, VolumeChange command) {
		var now = clock.instant();
		var budget = budget(allocation, command.volume(), allocation.period());
		records.changeVolume(allocation.id(), command.volume(), budget);
		records.history(allocation, new HistoryEntry(HistoryEntry.Kind.VOLUME_CHANGED, command.reason(), null, null,
				allocation.volume(), command.volume(), null, user.username(), now));
		events.publishEvent(new AllocationVolumeChanged(allocation.municipality(), allocation.number(), command.volume(),
				budget, command.reason(), now));
		audited(user, allocation, Labels.text("text.allocation.change.volume", String.valueOf(allocation.number()),
				command.reason().code()));
		return Outcome.done(new Changed(reread(allocation), null));
	}

	private Outcome<Changed> newNumber(CurrentUser user, CurrentAllocation old, VolumeChange command) {
		var from = command.changeDate();
		var tariff = catalogue.tariffInForce(old.municipality(), old.contract(), old.product(), from);
		if (tariff.isEmpty()) {
			return Outcome.refused(Refusal.of("changeDate", "allocation.change.volume.noTariff", DutchFormat.date(from)));
		}
		var now = clock.instant();
		var number = records.nextNumber(old.municipality());
		var oldUntil = from.minusDays(1);
		var shortened = new ValidityPeriod(old.period().from(), oldUntil);
		var next = new ValidityPeriod(from, old.period().until());
		var tariffCents = tariff.get().amountCents();
		var budget = Budget.cents(command.volume(), old.frequency(), next, tariffCents);
		records.end(old.id(), oldUntil, budget(old, old.volume(), shortened), number);
		var id = UUID.randomUUID();
		records.insertReplacement(old, id, number, command.volume(), next, budget, tariffCents);
		var replacement = records.find(old.municipality(), number).orElseThrow();
		records.history(old, new HistoryEntry(HistoryEntry.Kind.REPLACED, command.reason(), old.period().until(), oldUntil,
				old.volume(), command.volume(), number, user.username(), now));
		records.history(replacement, new HistoryEntry(HistoryEntry.Kind.REPLACEMENT, command.reason(), null, null,
				old.volume(), command.volume(), old.number(), user.username(), now));
		events.publishEvent(new AllocationEnded(old.municipality(), old.number(), oldUntil, command.reason(), number, now));
		events.publishEvent(decided(replacement, old.number()));
		audited(user, old, Labels.text("text.allocation.change.replaced", String.valueOf(old.number()),
				String.valueOf(number), DutchFormat.date(from), command.reason().code()));
		return Outcome.done(new Changed(reread(old), number));
	}

	/** TOEW-7: the allocation was sent in error and counts as never sent; refused with approved declarations (TR385). */
	@Transactional
	public Outcome<Changed> withdraw(CurrentUser user, long number) {
		return locked(user, number, allocation -> {
			var refused = withdrawalRefusals(allocation);
			if (!refused.isEmpty()) {
				return Outcome.refused(refused);
			}
			var now = clock.instant();
			records.withdraw(allocation.id(), now);
			records.history(allocation, new HistoryEntry(HistoryEntry.Kind.WITHDRAWN, null, null, null, null, null, null,
					user.username(), now));
			events.publishEvent(new AllocationWithdrawn(allocation.municipality(), allocation.number(), now));
			audited(user, allocation, "Toewijzing " + allocation.number() + " ingetrokken");
			return Outcome.done(new Changed(reread(allocation), null));
		});
	}

	/** The check step: the allocation when the end would be allowed now, its refusals otherwise (nothing changes). */
	@Transactional
	public Outcome<CurrentAllocation> previewEnd(CurrentUser user, EndEarly command) {
		return preview(user, command.number(), allocation -> endRefusals(allocation, command));
	}

	/** The check step of a volume change (nothing changes). */
	@Transactional
	public Outcome<CurrentAllocation> previewVolume(CurrentUser user, VolumeChange command) {
		return preview(user, command.number(), allocation -> volumeRefusals(allocation, command));
	}

	/** The check step of a withdrawal (nothing changes). */
	@Transactional
	public Outcome<CurrentAllocation> previewWithdrawal(CurrentUser user, long number) {
		return preview(user, number, this::withdrawalRefusals);
	}

	private Outcome<CurrentAllocation> preview(CurrentUser user, long number,
			Function<CurrentAllocation, List<Refusal>> refusals) {
		return Outcomes.then(view(user, number), view -> {
			var refused = refusals.apply(view.allocation());
			return refused.isEmpty() ? Outcome.done(view.allocation()) : Outcome.refused(refused);
		});
	}

	private static List<Refusal> endRefusals(CurrentAllocation allocation, EndEarly command) {
		var state = refusals(new NotWithdrawn().check(allocation), new NotReplaced().check(allocation));
		return !state.isEmpty() ? state : refusals(new EndShortensAllocation().check(
				new EndShortensAllocation.Proposed(allocation.period(), command.validUntil())));
	}

	private static List<Refusal> volumeRefusals(CurrentAllocation allocation, VolumeChange command) {
		var state = refusals(new NotWithdrawn().check(allocation), new NotReplaced().check(allocation));
		if (!state.isEmpty()) {
			return state;
		}
		return refusals(new VolumeDiffers().check(new VolumeDiffers.Proposed(allocation.volume(), command.volume())),
				allocation.keepsNumberOnVolumeChange() ? Optional.empty() : new ChangeDateWithinAllocation().check(
						new ChangeDateWithinAllocation.Proposed(allocation.period(), command.changeDate())));
	}

	private List<Refusal> withdrawalRefusals(CurrentAllocation allocation) {
		var state = refusals(new NotWithdrawn().check(allocation), new NotReplaced().check(allocation));
		return !state.isEmpty() ? state : refusals(new NoWithdrawalWithApprovedDeclarations().check(
				new NoWithdrawalWithApprovedDeclarations.Declared(allocation.number(),
						records.approvedDeclarationLines(allocation.id()))));
	}

	/** The locked allocation handed to the change when the user may open its arrangement; not found or 403 otherwise. */
	private Outcome<Changed> locked(CurrentUser user, long number, Function<CurrentAllocation, Outcome<Changed>> change) {
		var found = records.lock(user.municipality(), number);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var allocation = found.get();
		return Outcomes.then(arrangements.open(user, allocation.arrangement()), opened -> change.apply(allocation));
	}

	@SafeVarargs
	private static List<Refusal> refusals(Optional<Refusal>... checks) {
		return new ArrayList<>(Stream.of(checks).flatMap(Optional::stream).toList());
	}

	/** TOEW-9: the budget over the period as decisions compute it, at the allocation's own tariff. */
	private static long budget(CurrentAllocation allocation, int volume, ValidityPeriod period) {
		if (allocation.tariffCents() == 0) {
			return allocation.budgetCents();
		}
		return Budget.cents(volume, allocation.frequency(), period, allocation.tariffCents());
	}

	private AllocationDecided decided(CurrentAllocation replacement, long continues) {
		var municipality = replacement.municipality();
		var product = catalogue.product(municipality, replacement.product()).orElseThrow();
		var provider = providers.providerRecord(municipality, replacement.provider()).orElseThrow();
		var contract = providers.contractsOf(municipality, replacement.provider()).stream()
				.filter(c -> c.id().equals(replacement.contract())).findFirst().orElseThrow();
		var period = replacement.period();
		var adulthood = replacement.youngPerson() == null || period.until() == null ? Adulthood.UNKNOWN
				: Adulthood.of(helpRequests.ageOn(new HelpRequestId(replacement.helpRequest()), period.from()),
						helpRequests.ageOn(new HelpRequestId(replacement.helpRequest()), period.until()));
		return new AllocationDecided(municipality, replacement.number(), provider.agbCode(), product.category(),
				product.code(), replacement.financing(), replacement.volume(), replacement.unit(), replacement.frequency(),
				period.from(), period.until(), replacement.budgetCents(), contract.inRegion(), contract.bridgingCare(),
				replacement.extension(), LocalDate.now(clock), adulthood, List.of(continues));
	}

	private CurrentAllocation reread(CurrentAllocation allocation) {
		return records.find(allocation.municipality(), allocation.number()).orElseThrow();
	}

	private void audited(CurrentUser user, CurrentAllocation allocation, String what) {
		if (allocation.youngPerson() != null) {
			audit.record(ClientFileAccess.updated(user, allocation.youngPerson(), "arrangement:" + allocation.arrangement().value(),
					what));
		}
	}
}
