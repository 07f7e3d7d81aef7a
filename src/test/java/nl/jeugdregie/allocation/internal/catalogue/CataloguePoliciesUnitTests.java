package nl.jeugdregie.allocation.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.provider.Contract;
import nl.jeugdregie.allocation.internal.provider.ProcurementRoute;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-2, TOEW-6: tariffs never overlap, only contracted products get one, CSV lines are refused per column")
class CataloguePoliciesUnitTests {

	private static final ContractId CONTRACT = ContractId.random();
	private static final ProductId PRODUCT = ProductId.random();

	@Test
	void refusesATariffOverlappingAnExistingPeriodOfTheSameProduct() {
		var existing = List.of(new Tariff(UUID.randomUUID(), CONTRACT, PRODUCT, 8450,
				new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
		var rule = new TariffPeriodsDoNotOverlap();
		var overlapping = new NewTariff(CONTRACT, PRODUCT, 9000, new ValidityPeriod(LocalDate.of(2026, 12, 31), null));
		var after = new NewTariff(CONTRACT, PRODUCT, 9000, new ValidityPeriod(LocalDate.of(2027, 1, 1), null));
		var otherProduct = new NewTariff(CONTRACT, ProductId.random(), 9000, new ValidityPeriod(LocalDate.of(2026, 6, 1), null));
		assertThat(rule.check(new TariffPeriodsDoNotOverlap.Proposed(overlapping, existing, "effectiveFrom")))
				.hasValueSatisfying(refusal -> {
					assertThat(refusal.code()).isEqualTo("allocation.tariff.overlap");
					assertThat(refusal.arguments()).containsExactly("1-1-2026", "31-12-2026");
				});
		assertThat(rule.check(new TariffPeriodsDoNotOverlap.Proposed(after, existing, "effectiveFrom"))).isEmpty();
		assertThat(rule.check(new TariffPeriodsDoNotOverlap.Proposed(otherProduct, existing, "effectiveFrom"))).isEmpty();
	}

	@Test
	void refusesATariffForAProductOutsideTheContract() {
		var contract = new Contract(CONTRACT, ProviderId.random(), ProcurementRoute.OPEN_HOUSE, true, true, "",
				new ValidityPeriod(LocalDate.of(2026, 1, 1), null), List.of(PRODUCT), 0);
		var rule = new ContractCoversProduct();
		assertThat(rule.check(new ContractCoversProduct.Asked(contract, PRODUCT, "product"))).isEmpty();
		assertThat(rule.check(new ContractCoversProduct.Asked(contract, ProductId.random(), "product")).orElseThrow().code())
				.isEqualTo("allocation.contract.productNotContracted");
	}

	@Test
	void readsProductCsvAndRefusesEachBadCellWithLineAndColumn() {
		var outcome = ProductCsv.parse("""
				productcategorie;productcode;omschrijving;eenheid;frequentie
				45;45A01;Ambulant;04;2

				99;45A01;;04;7
				""");
		assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.refusals())
				.extracting(refusal -> ((nl.jeugdregie.platform.result.Refusal) refusal).field())
				.containsExactly("regel 4.productcategorie", "regel 4.omschrijving", "regel 4.frequentie"));
		assertThat(ProductCsv.parse("categorie;code\n45;45A01")).isInstanceOf(Outcome.Refused.class);
		assertThat(ProductCsv.parse("productcategorie;productcode;omschrijving;eenheid;frequentie\n"))
				.isInstanceOf(Outcome.Refused.class);
	}

	@Test
	void readsTariffCsvWithDutchAmountsAndDates() {
		var outcome = TariffCsv.parse("""
				agb-code;productcategorie;productcode;tarief;ingangsdatum;einddatum
				98000011;45;45A01;"1.084,50";1-1-2027;
				98000011;45;45A01;84,50;2027-02-01;2027-01-01
				""");
		assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.refusals())
				.extracting(refusal -> ((nl.jeugdregie.platform.result.Refusal) refusal).field())
				.containsExactly("regel 3.einddatum"));
		var good = TariffCsv.parse("""
				agb-code;productcategorie;productcode;tarief;ingangsdatum;einddatum
				98000011;45;45A01;"1.084,50";1-1-2027;
				""");
		assertThat(good.doneValue().orElseThrow()).singleElement()
				.satisfies(line -> assertThat(line.cents()).isEqualTo(108450L));
	}

	@Test
	void quotesFieldsAndNeutralisesFormulasWhenWriting() {
		assertThat(CsvLines.quote("a;b")).isEqualTo("\"a;b\"");
		assertThat(CsvLines.quote("=SOM(A1)")).isEqualTo("'=SOM(A1)");
		assertThat(CsvLines.fields("45;\"x;\"\"y\"\"\";04")).containsExactly("45", "x;\"y\"", "04");
	}
}
