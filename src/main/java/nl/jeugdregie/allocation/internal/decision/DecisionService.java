package nl.jeugdregie.allocation.internal.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.Adulthood;
import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.SupportTransferredToCjg;
import nl.jeugdregie.allocation.internal.cjgtransfer.CjgScopes;
import nl.jeugdregie.allocation.internal.cjgtransfer.OutOfScopeSituation;
import nl.jeugdregie.allocation.internal.arrangement.Arrangement;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementLine;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.allocation.internal.catalogue.Catalogue;
import nl.jeugdregie.allocation.internal.catalogue.Product;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.plans.FamilyPlanGoals;
import nl.jeugdregie.plans.HeavyStepCheck;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.HeavyStepPolicies;
import nl.jeugdregie.plans.ProposedHeavyStep;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOEW-1, TOEW-4, TOEW-5: the access team decides an arrangement the family agreed to. The arrangement row is locked
 * and its version checked first, so of two people deciding at once one wins and the other gets a stale version
 * (409). Then the rules: the referrer's AGB code for a referral, at most the maximum term (norm
 * {@link NormKey#ALLOCATION_MAXIMUM_TERM} on the decision date), no in kind over a PGB for the same product and
 * period, and for an extension or a residential product the plans module's heavy-step rules. Each product becomes an
 * allocation with its number and budget; each is published as {@link AllocationDecided}; the decision is audited.
 * TOEW-8: an extension of a product within the CJG's scope moves to the CJG (no allocation, published as
 * {@link SupportTransferredToCjg}) or names the out-of-scope situation that keeps it with the provider.
 */
@Service
public class DecisionService {

	/** A decided arrangement with its allocations. */
	public record Decided(DecisionRecords.Decision decision, List<Allocation> allocations,
			List<DecisionRecords.Transfer> transfers) {}

	private final ArrangementService arrangements;
	private final DecisionRecords records;
	private final Catalogue catalogue;
	private final Providers providers;
	private final CjgScopes cjgScopes;
	private final FamilyPlanGoals planGoals;
	private final HeavyStepPolicies heavySteps;
	private final Norms norms;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final HelpRequestDirectory helpRequests;

	DecisionService(ArrangementService arrangements, DecisionRecords records, Catalogue catalogue, Providers providers,
			CjgScopes cjgScopes, FamilyPlanGoals planGoals, HeavyStepPolicies heavySteps, Norms norms, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, HelpRequestDirectory helpRequests) {
		this.arrangements = arrangements;
		this.records = records;
		this.catalogue = catalogue;
		this.providers = providers;
		this.cjgScopes = cjgScopes;
		this.planGoals = planGoals;
		this.heavySteps = heavySteps;
		this.norms = norms;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.helpRequests = helpRequests;
	}

	@Transactional
	public Outcome<Decided> decide(CurrentUser user, DecideArrangement decision) {
		var locked = arrangements.lockForChange(user, decision.arrangement(), decision.version());
		if (!(locked instanceof Outcome.Done<Arrangement>(var arrangement))) {
			return nl.jeugdregie.allocation.internal.Outcomes.then(locked, none -> Outcome.notFound());
		}
		var decided = switch (arrangement.decide()) {
			case Arrangement.Change.Allowed(var changed) -> changed;
			case Arrangement.Change.NotNow(var code) -> null;
		};
		if (decided == null) {
			return Outcome.refused(Refusal.ofWhole(arrangement.lines().isEmpty() ? "allocation.arrangement.noProducts"
					: "allocation.arrangement.notAgreed"));
		}
		var refusals = new ArrayList<Refusal>();
		new ReferrerAgbForReferral().check(decision).ifPresent(refusals::add);
		var maximum = norms.inEffect(arrangement.municipality(), NormKey.ALLOCATION_MAXIMUM_TERM, decision.decidedOn());
		new DecisionWithinMaximumTerm().check(new DecisionWithinMaximumTerm.Terms(arrangement.lines(), maximum.asPeriod(),
				maximum.amount())).ifPresent(refusals::add);
		if (arrangement.youngPerson() != null) {
			new NoInKindOverlappingPgb().check(new NoInKindOverlappingPgb.Proposed(decision.financing(), arrangement.lines(),
					records.ofYoungPerson(arrangement.municipality(), arrangement.youngPerson()))).ifPresent(refusals::add);
		}
		var products = new java.util.HashMap<nl.jeugdregie.allocation.ProductId, Product>();
		for (var line : arrangement.lines()) {
			products.put(line.product(), catalogue.product(arrangement.municipality(), line.product()).orElseThrow());
		}
		refusals.addAll(heavyStepRefusals(arrangement, decision, products));
		var inScope = new ArrayList<ExtensionInCjgScopeMovesToCjg.InScope>();
		var inScopeLines = new java.util.HashSet<UUID>();
		for (var line : arrangement.lines()) {
			cjgScopes.transferAppliesFrom(arrangement.municipality(), products.get(line.product()).category(), line.provider(),
					line.period().from())
					.ifPresent(from -> {
						inScope.add(new ExtensionInCjgScopeMovesToCjg.InScope(line.position(), from));
						inScopeLines.add(line.id());
					});
		}
		var situations = cjgScopes.situations(arrangement.municipality());
		new ExtensionInCjgScopeMovesToCjg().check(new ExtensionInCjgScopeMovesToCjg.Extension(decision.extension(), inScope,
				decision.cjg(), situations.stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet())))
				.ifPresent(refusals::add);
		var transferred = decision.cjg() instanceof CjgChoice.TransferToCjg ? inScopeLines : java.util.Set.<UUID>of();
		var situation = decision.cjg() instanceof CjgChoice.OutOfScope(var chosen)
				? situations.stream().filter(s -> s.id().equals(chosen)).map(s -> s.label()).findFirst().orElse(null)
				: null;
		var tariffs = new java.util.HashMap<UUID, Long>();
		for (var line : arrangement.lines()) {
			if (transferred.contains(line.id())) {
				continue;
			}
			var tariff = catalogue.tariffInForce(arrangement.municipality(), line.contract(), line.product(), line.period().from());
			if (tariff.isEmpty()) {
				refusals.add(Refusal.of("lines", "allocation.decision.noTariff", line.position()));
			}
			else {
				tariffs.put(line.id(), tariff.get().amountCents());
			}
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var decisionId = UUID.randomUUID();
		records.insert(decisionId, arrangement.municipality(), decision, situation, user.username(), clock.instant());
		for (var line : arrangement.lines()) {
			var product = products.get(line.product());
			if (transferred.contains(line.id())) {
				records.insertTransfer(line.id(), decisionId, arrangement.municipality(), product.category().code(), line.period());
				events.publishEvent(new SupportTransferredToCjg(line.id(), arrangement.municipality(), product.category(),
						line.period().from(), line.period().until(), decision.decidedOn()));
			}
			else {
				allocate(arrangement, decision, decisionId, line, product, tariffs.get(line.id()));
			}
		}
		if (!arrangements.saveDecided(arrangement, decided)) {
			throw new IllegalStateException("The locked arrangement changed while it was being decided");
		}
		if (arrangement.youngPerson() != null) {
			audit.record(ClientFileAccess.updated(user, arrangement.youngPerson(), arrangement.subject(),
					"Beschikking afgegeven (" + decision.financing().dutchName() + ", " + arrangement.lines().size()
							+ " product(en)" + (transferred.isEmpty() ? "" : ", " + transferred.size() + " overgedragen aan het CJG")
							+ ")"));
		}
		return Outcome.done(new Decided(records.ofArrangement(arrangement.id()).orElseThrow(), records.ofDecision(decisionId),
				records.transfersOf(decisionId)));
	}

	/** TOEW-8: the products of the arrangement within the CJG's scope and the situations that keep them with a provider. */
	public record CjgOptions(List<Integer> positionsInScope, List<OutOfScopeSituation> situations) {

		public boolean apply() {
			return !positionsInScope.isEmpty();
		}
	}

	/** TOEW-8 for the check step: whether the decision's choice for the CJG's scope would be refused. */
	@Transactional(readOnly = true)
	public java.util.Optional<Refusal> cjgRefusal(Arrangement arrangement, DecideArrangement decision) {
		var inScope = new ArrayList<ExtensionInCjgScopeMovesToCjg.InScope>();
		for (var line : arrangement.lines()) {
			catalogue.product(arrangement.municipality(), line.product())
					.flatMap(product -> cjgScopes.transferAppliesFrom(arrangement.municipality(), product.category(),
							line.provider(), line.period().from()))
					.ifPresent(from -> inScope.add(new ExtensionInCjgScopeMovesToCjg.InScope(line.position(), from)));
		}
		return new ExtensionInCjgScopeMovesToCjg().check(new ExtensionInCjgScopeMovesToCjg.Extension(decision.extension(),
				inScope, decision.cjg(), cjgScopes.situations(arrangement.municipality()).stream().map(s -> s.id())
						.collect(java.util.stream.Collectors.toSet())));
	}

	@Transactional(readOnly = true)
	public CjgOptions cjgOptions(Arrangement arrangement) {
		var positions = arrangement.lines().stream()
				.filter(line -> catalogue.product(arrangement.municipality(), line.product())
						.flatMap(product -> cjgScopes.transferAppliesFrom(arrangement.municipality(), product.category(),
								line.provider(), line.period().from()))
						.isPresent())
				.map(ArrangementLine::position).toList();
		return new CjgOptions(positions, positions.isEmpty() ? List.of() : cjgScopes.situations(arrangement.municipality()));
	}

	/** The decision of an arrangement the user may open, with its allocations. */
	@Transactional
	public Outcome<Decided> decisionOf(CurrentUser user, ArrangementId id) {
		return nl.jeugdregie.allocation.internal.Outcomes.then(arrangements.open(user, id), opened ->
				records.ofArrangement(id).<Outcome<Decided>>map(decision -> Outcome.done(new Decided(decision,
						records.ofDecision(decision.id()), records.transfersOf(decision.id())))).orElseGet(Outcome::notFound));
	}

	/** A provider's own allocations; empty for other users. */
	@Transactional(readOnly = true)
	public List<Allocation> allocationsOfProvider(CurrentUser user) {
		return providers.providerOf(user).map(own -> records.ofProvider(user.municipality(), own)).orElse(List.of());
	}

	private void allocate(Arrangement arrangement, DecideArrangement decision, UUID decisionId, ArrangementLine line,
			Product product, long tariffCents) {
		var number = records.nextNumber(arrangement.municipality());
		var budget = Budget.cents(line.volume(), product.frequency(), line.period(), tariffCents);
		records.insert(new DecisionRecords.NewAllocation(UUID.randomUUID(), decisionId, line.id(), arrangement.municipality(),
				number, arrangement.helpRequest().value(), arrangement.team().value(), arrangement.youngPerson(),
				line.product(), line.provider(), line.contract().value(), product.category().code(), line.volume(),
				product.unit(), product.frequency(), line.period(), decision.financing(), budget, tariffCents));
		var provider = providers.providerRecord(arrangement.municipality(), line.provider()).orElseThrow();
		var contract = providers.contractsOf(arrangement.municipality(), line.provider()).stream()
				.filter(c -> c.id().equals(line.contract())).findFirst().orElseThrow();
		events.publishEvent(new AllocationDecided(arrangement.municipality(), number, provider.agbCode(), product.category(),
				product.code(), decision.financing(), line.volume(), product.unit(), product.frequency(),
				line.period().from(), line.period().until(), budget, contract.inRegion(), contract.bridgingCare(),
				decision.extension(), decision.decidedOn(), adulthood(arrangement, line.period()),
				arrangement.youngPerson() == null ? List.of() : ContinuedAllocations.by(line.period(),
						records.earlierOfYoungPerson(arrangement.municipality(), arrangement.youngPerson(), decisionId))));
	}

	/** MON-5: where the allocation stands against the young person's 18th birthday (intake knows the age). */
	private Adulthood adulthood(Arrangement arrangement, nl.jeugdregie.allocation.internal.ValidityPeriod period) {
		if (arrangement.youngPerson() == null || period.until() == null) {
			return Adulthood.UNKNOWN;
		}
		return Adulthood.of(helpRequests.ageOn(arrangement.helpRequest(), period.from()),
				helpRequests.ageOn(arrangement.helpRequest(), period.until()));
	}

	/** PLAN-6, PLAN-7 through the plans module: an extension or an out-of-home placement follows the heavy-step rules. */
	private List<Refusal> heavyStepRefusals(Arrangement arrangement, DecideArrangement decision,
			java.util.Map<nl.jeugdregie.allocation.ProductId, Product> products) {
		var steps = new ArrayList<ProposedHeavyStep>();
		var from = arrangement.lines().stream().map(line -> line.period().from()).min(java.util.Comparator.naturalOrder()).orElseThrow();
		var until = arrangement.lines().stream().map(line -> line.period().until()).max(java.util.Comparator.naturalOrder()).orElseThrow();
		if (decision.extension()) {
			steps.add(new ProposedHeavyStep(HeavyStepKind.EXTENSION_OF_SUPPORT, decision.decidedOn(), from, until));
		}
		if (arrangement.lines().stream().map(line -> products.get(line.product()).category()).anyMatch(ProductCategory::residential)) {
			steps.add(ProposedHeavyStep.placement(decision.decidedOn()));
		}
		if (steps.isEmpty()) {
			return List.of();
		}
		var household = planGoals.householdOf(arrangement.helpRequest());
		if (household.isEmpty()) {
			return List.of(Refusal.ofWhole("allocation.decision.heavyStep.noFamilyPlan"));
		}
		var refusals = new ArrayList<Refusal>();
		for (var step : steps) {
			switch (heavySteps.check(household.get(), step)) {
				case HeavyStepCheck.Allowed allowed -> { }
				case HeavyStepCheck.Refused(var reasons) -> reasons.forEach(reason ->
						refusals.add(Refusal.ofWhole("allocation.decision.heavyStep", step.kind().dutchName(), reason.explanation())));
			}
		}
		return refusals;
	}
}
