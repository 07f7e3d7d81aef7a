package nl.jeugdregie.findability.internal.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VIND-2: the rules of a social-map service, its search input and its CSV export")
class SocialMapRulesUnitTests {

	private static final Set<String> THEMES = Set.of("opvoeden", "geld");

	@Test
	void acceptsACompleteService() {
		assertThat(new ServiceDetailsComplete().check(new ServiceDetailsComplete.Input(valid(), THEMES))).isEmpty();
	}

	@Test
	void refusesReversedAgesAndUnknownThemes() {
		var form = valid();
		form.setMinAge("12");
		form.setMaxAge("4");
		form.setThemes(List.of("opvoeden", "onbekend"));
		assertThat(ServiceDetailsComplete.all(new ServiceDetailsComplete.Input(form, THEMES)))
				.extracting(Refusal::code).containsExactly("findability.service.age.reversed", "findability.service.themes.unknown");
	}

	@Test
	void refusesAnEmptyService() {
		assertThat(ServiceDetailsComplete.all(new ServiceDetailsComplete.Input(new ServiceForm(), THEMES)))
				.extracting(Refusal::field).containsExactly("name", "description", "minAge", "maxAge");
	}

	@Test
	void takesTheAllocationLinkWhole() {
		var rule = new AllocationLinkComplete();
		var form = valid();
		assertThat(rule.check(form)).isEmpty();
		form.setAgbCode("12345678");
		assertThat(rule.check(form)).get().extracting(Refusal::field).isEqualTo("productCategory");
		form.setProductCategory("45");
		assertThat(rule.check(form)).isEmpty();
		form.setAgbCode("1234");
		assertThat(rule.check(form)).get().extracting(Refusal::field).isEqualTo("agbCode");
	}

	@Test
	void searchInputIsCutOrIgnoredNeverRefused() {
		var query = SocialMapQuery.of("x".repeat(300), " Noord ", "<script>", "150");
		assertThat(query.text()).hasSize(SocialMapQuery.MAX_TEXT);
		assertThat(query.district()).isEqualTo("Noord");
		assertThat(query.theme()).isEmpty();
		assertThat(query.age()).isNull();
		assertThat(SocialMapQuery.of(null, null, null, " 7 ").age()).isEqualTo(7);
		assertThat(SocialMapQuery.of("angstige  jongeren!", null, null, null).prefixQuery())
				.isEqualTo("angstige:* & jongeren:*");
		assertThat(SocialMapQuery.of("') | (x:*", null, null, null).prefixQuery()).isEqualTo("x:*");
	}

	@Test
	void writesCsvWithAByteOrderMarkSemicolonsAndQuotedCells() {
		var entry = new ServiceEntry(UUID.randomUUID(), UUID.randomUUID(), "Stichting; De Brug", "Cursus", "Zegt \"hoi\"",
				0, 12, null, null, null, null, null, LocalDate.of(2026, 11, 1), 0,
				List.of(new ServiceEntry.Theme("opvoeden", "Opvoeden")), List.of(), new ServiceEntry.WaitingTime(3, LocalDate.of(2026, 11, 10)));
		var csv = new String(HsdsExport.csv(List.of(entry)), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFdienst_id;dienst;organisatie;");
		assertThat(csv).contains(";\"Stichting; De Brug\";\"Zegt \"\"hoi\"\"\";0;12;Opvoeden;");
		assertThat(csv).contains(";2026-11-01;3;2026-11-10\r\n");
		assertThat(HsdsExport.cell("=SOM(A1)")).isEqualTo("'=SOM(A1)");
	}

	private static ServiceForm valid() {
		var form = new ServiceForm();
		form.setName("Cursus");
		form.setDescription("Zes avonden.");
		form.setMinAge("2");
		form.setMaxAge("12");
		form.setThemes(List.of("opvoeden"));
		return form;
	}
}
