package nl.jeugdregie.allocation.internal.provider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.DateRange;
import nl.jeugdregie.allocation.internal.EndNotBeforeStart;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Typed input from a form or API body into commands, or the refusals per field (nothing past here is a raw string). */
final class ProviderInput {

	private ProviderInput() {}

	static Outcome<NewProvider> provider(@Nullable String name, @Nullable String agbCode) {
		var refusals = new ArrayList<Refusal>();
		var stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			refusals.add(Refusal.of("name", "allocation.provider.name.required"));
		}
		else if (stripped.length() > 200) {
			refusals.add(Refusal.of("name", "allocation.provider.name.tooLong"));
		}
		new AgbCodeWellFormed().check(new AgbCodeWellFormed.Typed("agbCode", agbCode == null ? "" : agbCode))
				.ifPresent(refusals::add);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new NewProvider(stripped, AgbCode.parse(agbCode).orElseThrow()));
	}

	static Outcome<NewContract> contract(ProviderId provider, @Nullable List<String> products, @Nullable String route,
			boolean inRegion, boolean bridgingCare, @Nullable String terms, @Nullable String validFrom,
			@Nullable String validUntil) {
		var refusals = new ArrayList<Refusal>();
		var ids = new LinkedHashSet<ProductId>();
		for (var product : products == null ? List.<String>of() : products) {
			try {
				ids.add(new ProductId(UUID.fromString(product.strip())));
			}
			catch (IllegalArgumentException notAnId) {
				refusals.add(Refusal.of("products", "allocation.contract.products.unknown"));
			}
		}
		ProcurementRoute procurement = null;
		try {
			procurement = route == null || route.isBlank() ? null : ProcurementRoute.valueOf(route.strip());
		}
		catch (IllegalArgumentException unknown) {
			// refused below
		}
		if (procurement == null) {
			refusals.add(Refusal.of("route", "allocation.contract.route.required"));
		}
		var from = DutchFormat.parseDate(validFrom);
		if (from.isEmpty()) {
			refusals.add(Refusal.of("validFrom", "allocation.date.required"));
		}
		var until = DutchFormat.parseDate(validUntil);
		if (validUntil != null && !validUntil.isBlank() && until.isEmpty()) {
			refusals.add(Refusal.of("validUntil", "allocation.date.invalid"));
		}
		if (terms != null && terms.length() > 10_000) {
			refusals.add(Refusal.of("terms", "allocation.contract.terms.tooLong"));
		}
		if (from.isPresent()) {
			new EndNotBeforeStart().check(new DateRange("validUntil", from.get(), until.orElse(null))).ifPresent(refusals::add);
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var range = new DateRange("validUntil", from.orElseThrow(), until.orElse(null));
		return Outcome.done(new NewContract(provider, ids, procurement, inRegion, bridgingCare, terms == null ? "" : terms,
				range.period()));
	}

	/** TOEW-3: typed input of a contract change, or refusals per field. */
	static Outcome<ContractChange> change(nl.jeugdregie.allocation.ContractId contract, long version, boolean inRegion,
			boolean bridgingCare, @Nullable String terms, @Nullable String validUntil) {
		var refusals = new ArrayList<Refusal>();
		var until = DutchFormat.parseDate(validUntil);
		if (validUntil != null && !validUntil.isBlank() && until.isEmpty()) {
			refusals.add(Refusal.of("validUntil", "allocation.date.invalid"));
		}
		if (terms != null && terms.length() > 10_000) {
			refusals.add(Refusal.of("terms", "allocation.contract.terms.tooLong"));
		}
		return refusals.isEmpty()
				? Outcome.done(new ContractChange(contract, version, inRegion, bridgingCare, terms == null ? "" : terms,
						until.orElse(null)))
				: Outcome.refused(refusals);
	}
}
