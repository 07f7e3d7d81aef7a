package nl.jeugdregie.allocation.internal.waitingtime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.WaitingTimeReported;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.allocation.internal.catalogue.Catalogue;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOEW-6: a provider reports its own expected waits, the municipality's policy officer or administrator enters
 * them for any provider; every report is kept and published as {@link WaitingTimeReported}. A figure older than the
 * norm {@link NormKey#WAITING_TIME_STALE_AFTER} is marked stale. When choosing, a professional sees the contracted
 * providers for a product sorted by wait, with tariff and bridging care.
 */
@Service
public class WaitingTimes {

	/** One contracted provider for a product, as the professional sees it when choosing. */
	public record Option(ProviderId provider, String providerName, String agbCode, nl.jeugdregie.allocation.ContractId contract,
			String route, boolean inRegion, boolean bridgingCare, Optional<Long> tariffCents,
			Optional<WaitingTime> waitingTime, boolean flagged) {

		public String tariffText() {
			return tariffCents.map(DutchFormat::euro).orElse("Geen tarief");
		}
	}

	private final WaitingTimeRecords records;
	private final Providers providers;
	private final Catalogue catalogue;
	private final Norms norms;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	WaitingTimes(WaitingTimeRecords records, Providers providers, Catalogue catalogue, Norms norms,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.providers = providers;
		this.catalogue = catalogue;
		this.norms = norms;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Outcome<WaitingTime> report(CurrentUser user, NewWaitingTime waitingTime) {
		var isProvider = AllocationRoles.isProvider(user);
		if (!isProvider && !AllocationRoles.keeps(user)) {
			return Outcome.forbidden("allocation.forbidden.waitingTime");
		}
		var own = providers.providerOf(user).orElse(null);
		if (isProvider && own == null) {
			return Outcome.forbidden("allocation.forbidden.noProvider");
		}
		var provider = providers.providerRecord(user.municipality(), waitingTime.provider());
		if (provider.isEmpty()) {
			return Outcome.refused(Refusal.of("provider", "allocation.waitingTime.provider.unknown"));
		}
		var ownRefusal = new WaitingTimeOfOwnProvider().check(new WaitingTimeOfOwnProvider.Report(waitingTime, isProvider, own));
		if (ownRefusal.isPresent()) {
			return Outcome.refused(List.of(ownRefusal.get()));
		}
		var today = LocalDate.now(clock);
		var product = catalogue.product(user.municipality(), waitingTime.product());
		if (product.isEmpty() || !records.contracted(user.municipality(), waitingTime.provider(), waitingTime.product(), today)) {
			return Outcome.refused(Refusal.of("product", "allocation.contract.productNotContracted"));
		}
		var as = isProvider ? WaitingTime.Reporter.PROVIDER : WaitingTime.Reporter.MUNICIPALITY;
		var reportedOn = waitingTime.reportedOn();
		records.insert(user.municipality(), waitingTime, reportedOn, user.username(), as, clock.instant());
		events.publishEvent(new WaitingTimeReported(user.municipality(), provider.get().agbCode(),
				product.get().category(), product.get().code(), waitingTime.weeks(), reportedOn));
		return Outcome.done(new WaitingTime(waitingTime.provider(), provider.get().name(), provider.get().agbCode(),
				waitingTime.product(), product.get().label(), waitingTime.weeks(), reportedOn, as, false));
	}

	/** The latest waits the user may see: all of the municipality for staff, its own for a provider. */
	@Transactional(readOnly = true)
	public List<WaitingTime> latest(CurrentUser user) {
		ProviderId only = null;
		if (!AllocationRoles.readsAll(user)) {
			var own = providers.providerOf(user);
			if (own.isEmpty()) {
				return List.of();
			}
			only = own.get();
		}
		var today = LocalDate.now(clock);
		var staleBefore = today.minus(norms.inEffect(user.municipality(), NormKey.WAITING_TIME_STALE_AFTER, today).asPeriod());
		return records.latest(user.municipality(), only).stream()
				.map(latest -> new WaitingTime(latest.provider(), latest.providerName(), latest.agbCode(), latest.product(),
						latest.productLabel(), latest.weeks(), latest.reportedOn(), latest.reportedAs(),
						latest.reportedOn().isBefore(staleBefore)))
				.sorted(Comparator.comparing(WaitingTime::providerName).thenComparing(WaitingTime::productLabel))
				.toList();
	}

	/**
	 * TOEW-6: the providers contracted for the product on the day, sorted by their latest wait (unknown waits last),
	 * each with its tariff in force, bridging care, and a flag when it waits longer than the norm
	 * {@link NormKey#ACCEPTABLE_CARE_WAIT} and offers no bridging care.
	 */
	@Transactional(readOnly = true)
	public List<Option> options(CurrentUser user, ProductId product, LocalDate on) {
		var municipality = user.municipality();
		var acceptable = norms.inEffect(municipality, NormKey.ACCEPTABLE_CARE_WAIT, on).amount();
		var waits = latest(user);
		var options = new java.util.ArrayList<Option>();
		for (var provider : providers.list(user)) {
			for (var contract : providers.contracts(user, provider.id())) {
				if (!contract.covers(product) || !contract.period().contains(on)) {
					continue;
				}
				var wait = waits.stream().filter(w -> w.provider().equals(provider.id()) && w.product().equals(product))
						.findFirst();
				var tariff = catalogue.tariffInForce(municipality, contract.id(), product, on).map(t -> t.amountCents());
				var flagged = !contract.bridgingCare() && wait.map(w -> w.weeks() > acceptable).orElse(false);
				options.add(new Option(provider.id(), provider.name(), provider.agbCode().value(), contract.id(),
						contract.route().dutchName(), contract.inRegion(), contract.bridgingCare(), tariff, wait, flagged));
			}
		}
		options.sort(Comparator.comparing((Option option) -> option.waitingTime().map(WaitingTime::weeks).orElse(Integer.MAX_VALUE))
				.thenComparing(Option::providerName));
		return options;
	}

	public int acceptableWait(MunicipalityCode municipality, LocalDate on) {
		return norms.inEffect(municipality, NormKey.ACCEPTABLE_CARE_WAIT, on).amount();
	}
}
