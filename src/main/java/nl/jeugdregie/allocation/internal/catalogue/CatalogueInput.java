package nl.jeugdregie.allocation.internal.catalogue;

import java.util.ArrayList;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.DateRange;
import nl.jeugdregie.allocation.internal.EndNotBeforeStart;
import nl.jeugdregie.allocation.internal.EuroAmounts;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Typed input of the product and tariff forms and API bodies into commands, or refusals per field. */
final class CatalogueInput {

	private CatalogueInput() {}

	static Outcome<NewProduct> product(@Nullable String category, @Nullable String code, @Nullable String name,
			@Nullable String unit, @Nullable String frequency) {
		var refusals = new ArrayList<Refusal>();
		var parsedCategory = ProductCategory.ofCode(category);
		if (parsedCategory.isEmpty()) {
			refusals.add(Refusal.of("category", "allocation.product.category.required"));
		}
		var parsedCode = ProductCode.parse(code);
		if (parsedCode.isEmpty()) {
			refusals.add(Refusal.of("code", "allocation.product.code.invalid"));
		}
		var stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > 200) {
			refusals.add(Refusal.of("name", "allocation.product.name.required"));
		}
		var parsedUnit = Unit.ofCode(unit);
		if (parsedUnit.isEmpty()) {
			refusals.add(Refusal.of("unit", "allocation.product.unit.required"));
		}
		var parsedFrequency = Frequency.ofCode(frequency);
		if (parsedFrequency.isEmpty()) {
			refusals.add(Refusal.of("frequency", "allocation.product.frequency.required"));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new NewProduct(parsedCategory.get(), parsedCode.get(), stripped, parsedUnit.get(),
				parsedFrequency.get()));
	}

	static Outcome<NewTariff> tariff(ContractId contract, @Nullable String product, @Nullable String amount,
			@Nullable String effectiveFrom, @Nullable String effectiveUntil) {
		var refusals = new ArrayList<Refusal>();
		ProductId productId = null;
		try {
			productId = product == null || product.isBlank() ? null : new ProductId(UUID.fromString(product.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			// refused below
		}
		if (productId == null) {
			refusals.add(Refusal.of("product", "allocation.tariff.product.required"));
		}
		var cents = EuroAmounts.parseCents(amount).filter(value -> value <= 99_999_999);
		if (cents.isEmpty()) {
			refusals.add(Refusal.of("amount", "allocation.tariff.amount.invalid"));
		}
		var from = DutchFormat.parseDate(effectiveFrom);
		if (from.isEmpty()) {
			refusals.add(Refusal.of("effectiveFrom", "allocation.date.required"));
		}
		var until = DutchFormat.parseDate(effectiveUntil);
		if (effectiveUntil != null && !effectiveUntil.isBlank() && until.isEmpty()) {
			refusals.add(Refusal.of("effectiveUntil", "allocation.date.invalid"));
		}
		if (from.isPresent()) {
			new EndNotBeforeStart().check(new DateRange("effectiveUntil", from.get(), until.orElse(null)))
					.ifPresent(refusals::add);
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new NewTariff(contract, productId, cents.get(),
				new DateRange("effectiveUntil", from.get(), until.orElse(null)).period()));
	}

	/** TOEW-2: a product change (name, unit, frequency) on the version seen; the code and category are not input. */
	static Outcome<ProductChange> productChange(ProductId product, long version, @Nullable String name,
			@Nullable String unit, @Nullable String frequency) {
		var refusals = new ArrayList<Refusal>();
		var stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > 200) {
			refusals.add(Refusal.of("name", "allocation.product.name.required"));
		}
		var parsedUnit = Unit.ofCode(unit);
		if (parsedUnit.isEmpty()) {
			refusals.add(Refusal.of("unit", "allocation.product.unit.required"));
		}
		var parsedFrequency = Frequency.ofCode(frequency);
		if (parsedFrequency.isEmpty()) {
			refusals.add(Refusal.of("frequency", "allocation.product.frequency.required"));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new ProductChange(product, version, stripped, parsedUnit.get(), parsedFrequency.get()));
	}

	/** TOEW-6: the last day of a tariff line, on the version seen. */
	static Outcome<TariffEnd> tariffEnd(ContractId contract, UUID tariff, long version, @Nullable String lastDay) {
		var day = DutchFormat.parseDate(lastDay);
		if (day.isEmpty()) {
			return Outcome.refused(Refusal.of("lastDay", "allocation.date.required"));
		}
		return Outcome.done(new TariffEnd(contract, tariff, version, day.get()));
	}
}
