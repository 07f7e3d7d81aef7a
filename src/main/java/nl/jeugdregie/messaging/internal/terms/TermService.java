package nl.jeugdregie.messaging.internal.terms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProviderDirectory;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist and the dashboard of the answer terms (TOEW-7): always the user's own municipality; a provider's account
 * only the terms with its own provider, whatever provider it asks for. No audit: no client data is shown.
 */
@Service
class TermService {

	private final TermRecords records;
	private final ProviderDirectory providers;
	private final Clock clock;

	TermService(TermRecords records, ProviderDirectory providers, Clock clock) {
		this.records = records;
		this.providers = providers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Outcome<TermList> list(CurrentUser user, RawTermFilter raw) {
		if (!TermRoles.WORKLIST.contains(user.role())) {
			return Outcome.forbidden("messaging.terms.forbidden");
		}
		var own = ownProvider(user);
		if (user.role() == Role.PROVIDER && own == null) {
			return Outcome.forbidden("messaging.terms.unlinkedProvider");
		}
		return switch (TermFilters.read(raw)) {
			case Outcome.Done<TermFilter>(var filter) -> Outcome.done(list(user, own == null ? filter : filter.forProvider(own)));
			case Outcome.Refused<TermFilter>(var refusals) -> Outcome.refused(refusals);
			case Outcome.NotFound<TermFilter>() -> Outcome.notFound();
			case Outcome.Forbidden<TermFilter>(var code) -> Outcome.forbidden(code);
			case Outcome.Stale<TermFilter>(var version) -> Outcome.stale(version);
		};
	}

	@Transactional(readOnly = true)
	Outcome<TermSummary> summary(CurrentUser user, @Nullable String provider) {
		if (!TermRoles.DASHBOARD.contains(user.role())) {
			return Outcome.forbidden("messaging.terms.forbidden");
		}
		var own = ownProvider(user);
		if (user.role() == Role.PROVIDER && own == null) {
			return Outcome.forbidden("messaging.terms.unlinkedProvider");
		}
		var chosen = TermFilter.provider(provider);
		if (chosen.isEmpty()) {
			return Outcome.refused(Refusal.of("provider", "messaging.terms.provider"));
		}
		var shown = own != null ? own : chosen.get().orElse(null);
		var today = LocalDate.now(clock);
		var counts = records.counts(user.municipality(), shown == null ? null : shown.value(), today);
		return Outcome.done(new TermSummary(today, shown, List.copyOf(counts.values())));
	}

	/** The providers to filter on: those of the municipality's list and any other the terms name, by AGB code. */
	Map<String, String> providerChoices(CurrentUser user) {
		var names = names(user);
		var choices = new LinkedHashMap<String, String>(names);
		for (var agb : records.providers(user.municipality())) {
			choices.putIfAbsent(agb, "AGB " + agb);
		}
		return choices;
	}

	private TermList list(CurrentUser user, TermFilter filter) {
		var today = LocalDate.now(clock);
		var total = records.total(user.municipality(), filter, today);
		// A page past the end shows the last page rather than an empty one.
		var pages = Math.max(1, (total + filter.size() - 1) / filter.size());
		var shown = filter.page() > pages ? filter.onPage((int) pages) : filter;
		return new TermList(shown, records.page(user.municipality(), shown, today), total, names(user),
				user.role() == Role.PROVIDER);
	}

	private Map<String, String> names(CurrentUser user) {
		var names = new LinkedHashMap<String, String>();
		providers.names(user.municipality()).forEach((agb, name) -> names.put(agb.value(), name));
		return names;
	}

	private @Nullable AgbCode ownProvider(CurrentUser user) {
		return user.role() == Role.PROVIDER ? providers.providerOf(user).orElse(null) : null;
	}
}
