package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.allocation.internal.provider.ContractRecorded;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOEW-8: the CJG's scope per municipality. The keepers (policy officer, administrator) mark a category from a date;
 * the notice to every provider contracted for it goes out the same day and the date must lie at least the notice
 * norm ahead; a provider contracted for it later gets its notice on contracting, and the transfer applies to it
 * only the notice norm after that. They also keep the list of situations that stay with a specialised provider. A provider's account
 * reads only its own notices. No client data: changes are administrative changes.
 */
@Service
public class CjgScopes {

	private final CjgTransferRecords records;
	private final Providers providers;
	private final Norms norms;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CjgScopes(CjgTransferRecords records, Providers providers, Norms norms, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.providers = providers;
		this.norms = norms;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What a marking would do, for the check step: the providers that would get a notice. */
	public record Preview(NewScope scope, List<String> providers) {}

	/** The scope marked, with the number of providers told. */
	public record Marked(CjgScope scope, int notices) {}

	/** Checks a marking without saving it (the check step shows who will be told). */
	@Transactional(readOnly = true)
	public Outcome<Preview> preview(CurrentUser user, NewScope scope) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var refusals = refusals(user.municipality(), scope);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var names = records.contractedFor(user.municipality(), scope.category(), scope.noticedOn()).stream()
				.map(id -> providers.providerRecord(user.municipality(), id).map(p -> p.name()).orElse(""))
				.sorted(String.CASE_INSENSITIVE_ORDER).toList();
		return Outcome.done(new Preview(scope, names));
	}

	public Outcome<Marked> mark(CurrentUser user, NewScope scope) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		try {
			return transaction.execute(status -> {
				records.lockNotices(user.municipality());
				var refusals = refusals(user.municipality(), scope);
				if (!refusals.isEmpty()) {
					status.setRollbackOnly();
					return Outcome.<Marked>refused(refusals);
				}
				var id = UUID.randomUUID();
				records.insertScope(id, user.municipality(), scope, user.username(), clock.instant());
				var told = records.contractedFor(user.municipality(), scope.category(), scope.noticedOn());
				for (var provider : told) {
					records.insertNotice(id, provider, user.municipality(), scope.noticedOn(), scope.effectiveFrom());
				}
				events.publishEvent(AdministrativeChange.created(user, "cjg-scope:" + id, "Categorie " + scope.category().code()
						+ " valt vanaf " + DutchFormat.date(scope.effectiveFrom()) + " binnen de taken van het CJG; "
						+ told.size() + " aanbieder(s) geïnformeerd"));
				return Outcome.done(new Marked(new CjgScope(id, scope.category(), scope.effectiveFrom(), scope.noticedOn(), 0),
						told.size()));
			});
		}
		catch (DuplicateKeyException markedAtOnce) {
			// Two markings of one category at once: the unique key lets one in; the other is told as if it came later.
			return Outcome.refused(Refusal.of("category", "allocation.cjg.alreadyInScope",
					scopes(user.municipality()).stream().filter(s -> s.category() == scope.category())
							.map(s -> DutchFormat.date(s.effectiveFrom())).findFirst().orElse("")));
		}
	}

	/** TOEW-8: moving a scope's date, on the version the keeper saw. */
	public record DateMove(UUID scope, long version, LocalDate effectiveFrom) {

		public DateMove {
			if (scope == null || effectiveFrom == null) {
				throw new IllegalArgumentException("A move names the scope and its new date");
			}
		}
	}

	/** What a move would do, for the check step: the scope, the new date and the providers who get a new notice. */
	public record MovePreview(CjgScope scope, LocalDate effectiveFrom, List<String> providers) {}

	/** The scope moved, with the number of providers told again. */
	public record Moved(CjgScope scope, int notices) {}

	/** The scope of the user's municipality, if any. */
	@Transactional(readOnly = true)
	public Optional<CjgScope> scope(MunicipalityCode municipality, UUID id) {
		return records.scopes(municipality).stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/** Checks a move without saving it (the check step names the providers who get a new notice). */
	@Transactional(readOnly = true)
	public Outcome<MovePreview> previewMove(CurrentUser user, DateMove move) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var found = scope(user.municipality(), move.scope());
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		if (found.get().version() != move.version()) {
			return Outcome.stale(found.get().version());
		}
		var refused = moveRefusal(user.municipality(), found.get(), move.effectiveFrom());
		if (refused.isPresent()) {
			return Outcome.refused(refused.get());
		}
		return Outcome.done(new MovePreview(found.get(), move.effectiveFrom(), records.noticesOfScope(move.scope()).stream()
				.map(TransferNotice::providerName).toList()));
	}

	/**
	 * TOEW-8: moves a scope's date. The scope row is locked and its version checked (of two moves at once one wins,
	 * the other is stale), the notices serialised with markings and contracts; every provider told gets a new notice
	 * today, the transfer applying to it from the new date (a provider contracted after the marking: not before its
	 * own notice plus the norm). Decisions already taken stay as they are. Audited as an administrative change.
	 */
	public Outcome<Moved> move(CurrentUser user, DateMove move) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		return transaction.execute(status -> {
			records.lockNotices(user.municipality());
			var locked = records.lockScope(user.municipality(), move.scope());
			if (locked.isEmpty()) {
				status.setRollbackOnly();
				return Outcome.<Moved>notFound();
			}
			var scope = locked.get();
			if (scope.version() != move.version()) {
				status.setRollbackOnly();
				return Outcome.<Moved>stale(scope.version());
			}
			var refused = moveRefusal(user.municipality(), scope, move.effectiveFrom());
			if (refused.isPresent()) {
				status.setRollbackOnly();
				return Outcome.<Moved>refused(refused.get());
			}
			var moved = scope.movedTo(move.effectiveFrom());
			if (!records.moveScope(moved)) {
				throw new IllegalStateException("The locked scope changed while it was being moved");
			}
			var today = LocalDate.now(clock);
			var notices = records.noticesOfScope(scope.id());
			for (var notice : notices) {
				var months = norms.inEffect(user.municipality(), NormKey.CJG_TRANSFER_NOTICE, notice.noticedOn()).amount();
				records.renotice(notice.id(), today, notice.late()
						? NoticeForLateContract.appliesFrom(moved, notice.noticedOn(), months) : moved.effectiveFrom());
			}
			events.publishEvent(AdministrativeChange.changed(user, "cjg-scope:" + scope.id(), "Categorie "
					+ scope.category().code() + ": overdracht naar het CJG verschoven van "
					+ DutchFormat.date(scope.effectiveFrom()) + " naar " + DutchFormat.date(moved.effectiveFrom()) + "; "
					+ notices.size() + " aanbieder(s) opnieuw geïnformeerd"));
			return Outcome.done(new Moved(moved, notices.size()));
		});
	}

	private Optional<Refusal> moveRefusal(MunicipalityCode municipality, CjgScope scope, LocalDate newFrom) {
		var months = norms.inEffect(municipality, NormKey.CJG_TRANSFER_NOTICE, scope.noticedOn()).amount();
		return new ScopeDateMove().check(new ScopeDateMove.Move(scope, newFrom, months));
	}

	@Transactional(readOnly = true)
	public List<CjgScope> scopes(MunicipalityCode municipality) {
		return records.scopes(municipality);
	}

	/**
	 * TOEW-8: when support of {@code category} by {@code provider} starting on {@code day} falls within the CJG's
	 * scope, the day the transfer applies to that provider: its notice's day (later than the scope's own for a
	 * provider contracted after the marking), or the scope's day for a provider without a notice.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> transferAppliesFrom(MunicipalityCode municipality, ProductCategory category,
			ProviderId provider, LocalDate day) {
		return records.scopes(municipality).stream().filter(s -> s.category() == category).findFirst()
				.map(scope -> records.appliesFrom(scope.id(), provider).orElse(scope.effectiveFrom()))
				.filter(from -> !day.isBefore(from));
	}

	/**
	 * TOEW-8: a provider contracted for a category already within the CJG's scope gets its notice on contracting,
	 * dated today; the transfer applies to it from the later of the scope's date and today plus the notice norm
	 * ({@link NoticeForLateContract}). Runs in the contract's transaction, serialised with markings.
	 */
	@EventListener
	void on(ContractRecorded contract) {
		records.lockNotices(contract.municipality());
		var today = LocalDate.now(clock);
		var months = norms.inEffect(contract.municipality(), NormKey.CJG_TRANSFER_NOTICE, today).amount();
		for (var scope : records.scopes(contract.municipality())) {
			if (records.appliesFrom(scope.id(), contract.provider()).isEmpty() && records.contractedFor(
					contract.municipality(), scope.category(), today).contains(contract.provider())) {
				records.insertNotice(scope.id(), contract.provider(), contract.municipality(), today,
						NoticeForLateContract.appliesFrom(scope, today, months));
			}
		}
	}

	/** The notices the user may read: all of the municipality for its staff, its own for a provider's account. */
	@Transactional(readOnly = true)
	public List<TransferNotice> notices(CurrentUser user) {
		if (AllocationRoles.readsAll(user)) {
			return records.notices(user.municipality(), null);
		}
		return providers.providerOf(user).map(own -> records.notices(user.municipality(), own)).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<OutOfScopeSituation> situations(MunicipalityCode municipality) {
		return records.situations(municipality);
	}

	@Transactional(readOnly = true)
	public Optional<OutOfScopeSituation> situation(MunicipalityCode municipality, UUID id) {
		return records.situation(municipality, id);
	}

	public Outcome<OutOfScopeSituation> addSituation(CurrentUser user, String label) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		var text = label == null ? "" : label.strip();
		if (text.isEmpty() || text.length() > 200) {
			return Outcome.refused(Refusal.of("label", "allocation.cjg.situation.label"));
		}
		try {
			return transaction.execute(status -> {
				records.keepOwnList(user.municipality());
				if (records.situations(user.municipality()).stream().anyMatch(s -> s.label().equalsIgnoreCase(text))) {
					status.setRollbackOnly();
					return Outcome.<OutOfScopeSituation>refused(Refusal.of("label", "allocation.cjg.situation.exists"));
				}
				var id = UUID.randomUUID();
				records.insertSituation(id, user.municipality(), text);
				events.publishEvent(AdministrativeChange.created(user, "cjg-out-of-scope:" + id,
						Labels.text("text.allocation.cjgScope.exceptionAdded", text)));
				return Outcome.done(new OutOfScopeSituation(id, text));
			});
		}
		catch (DuplicateKeyException addedAtOnce) {
			return Outcome.refused(Refusal.of("label", "allocation.cjg.situation.exists"));
		}
	}

	public Outcome<UUID> withdrawSituation(CurrentUser user, UUID id) {
		if (!AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.keep");
		}
		return transaction.execute(status -> {
			// A page shown before the municipality's first change names a default: it stands for its own copy.
			records.keepOwnList(user.municipality());
			var own = records.situation(user.municipality(), id)
					.or(() -> records.ownWithLabelOf(user.municipality(), id).flatMap(copy -> records.situation(user.municipality(), copy)));
			if (own.isEmpty() || !records.withdraw(user.municipality(), own.get().id(), user.username(), clock.instant())) {
				status.setRollbackOnly();
				return Outcome.<UUID>notFound();
			}
			events.publishEvent(AdministrativeChange.changed(user, "cjg-out-of-scope:" + own.get().id(),
					Labels.text("text.allocation.cjgScope.exceptionWithdrawn", own.get().label())));
			return Outcome.done(own.get().id());
		});
	}

	private List<Refusal> refusals(MunicipalityCode municipality, NewScope scope) {
		var refusals = new ArrayList<Refusal>();
		var months = norms.inEffect(municipality, NormKey.CJG_TRANSFER_NOTICE, scope.noticedOn()).amount();
		new NoticeAheadOfScope().check(new NoticeAheadOfScope.Lead(scope, months)).ifPresent(refusals::add);
		new CategoryNotYetInScope().check(new CategoryNotYetInScope.Marking(scope.category(), records.scopes(municipality)))
				.ifPresent(refusals::add);
		return refusals;
	}
}
