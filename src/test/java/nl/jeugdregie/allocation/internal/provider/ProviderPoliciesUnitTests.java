package nl.jeugdregie.allocation.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-3: the provider rules: AGB code, products in a contract, provider accounts")
class ProviderPoliciesUnitTests {

	private static final MunicipalityCode OSS = new MunicipalityCode("0828");

	@Test
	void refusesAMissingOrMalformedAgbCode() {
		var rule = new AgbCodeWellFormed();
		assertThat(rule.check(new AgbCodeWellFormed.Typed("agbCode", "")).orElseThrow().code()).isEqualTo("allocation.agb.required");
		assertThat(rule.check(new AgbCodeWellFormed.Typed("agbCode", "1234")).orElseThrow().code()).isEqualTo("allocation.agb.invalid");
		assertThat(rule.check(new AgbCodeWellFormed.Typed("agbCode", "98123456"))).isEmpty();
	}

	@Test
	void refusesAContractWithoutProducts() {
		var period = new ValidityPeriod(LocalDate.of(2027, 1, 1), null);
		var rule = new ContractNamesProducts();
		assertThat(rule.check(new NewContract(ProviderId.random(), Set.of(), ProcurementRoute.OPEN_HOUSE, true, false, "", period)))
				.hasValueSatisfying(refusal -> assertThat(refusal.field()).isEqualTo("products"));
		assertThat(rule.check(new NewContract(ProviderId.random(), Set.of(ProductId.random()), ProcurementRoute.TENDERED, true,
				true, "", period))).isEmpty();
	}

	@Test
	void linksOnlyProviderAccountsOfTheSameMunicipality() {
		var rule = new AccountIsProviderOfMunicipality();
		var provider = ProviderId.random();
		var own = new CurrentUser("zorg", "Zorg", Role.PROVIDER, OSS, null);
		var professional = new CurrentUser("jp", "JP", Role.YOUTH_PROFESSIONAL, OSS, null);
		var elsewhere = new CurrentUser("ander", "Ander", Role.PROVIDER, new MunicipalityCode("0796"), null);
		assertThat(rule.check(new AccountLink(provider, OSS, "zorg", own))).isEmpty();
		assertThat(rule.check(new AccountLink(provider, OSS, "jp", professional)).orElseThrow().code())
				.isEqualTo("allocation.account.notProvider");
		assertThat(rule.check(new AccountLink(provider, OSS, "ander", elsewhere)).orElseThrow().code())
				.isEqualTo("allocation.account.unknown");
		assertThat(rule.check(new AccountLink(provider, OSS, "niemand", null)).orElseThrow().code())
				.isEqualTo("allocation.account.unknown");
	}
}
