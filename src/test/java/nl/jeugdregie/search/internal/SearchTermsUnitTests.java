package nl.jeugdregie.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.search.SearchTerms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: what the search box reads in what a case worker types. */
class SearchTermsUnitTests {

	@Test
	@DisplayName("Issue 13: an HV or GZ number is read as a number, also in lower case and with spaces")
	void readsCaseNumbers() {
		assertThat(SearchTerms.read(" hv-0828-2026-000123 ")).isEqualTo(new SearchTerms.CaseNumber("HV", "HV-0828-2026-000123"));
		assertThat(SearchTerms.read("GZ-0828-2026-000004")).isEqualTo(new SearchTerms.CaseNumber("GZ", "GZ-0828-2026-000004"));
	}

	@Test
	@DisplayName("Issue 13: nine digits are a BSN, also with dots or spaces; the BSN never shows in a log")
	void readsABsnAndMasksIt() {
		var bsn = SearchTerms.read("1234.56.782");
		assertThat(bsn).isEqualTo(new SearchTerms.Bsn("123456782"));
		assertThat(bsn.toString()).doesNotContain("123456782");
	}

	@Test
	@DisplayName("Issue 13: a Dutch or ISO date is a date of birth; an impossible date is read as text")
	void readsDatesOfBirth() {
		assertThat(SearchTerms.read("3-5-2017")).isEqualTo(new SearchTerms.DateOfBirth(LocalDate.of(2017, 5, 3)));
		assertThat(SearchTerms.read("2017-05-03")).isEqualTo(new SearchTerms.DateOfBirth(LocalDate.of(2017, 5, 3)));
		assertThat(SearchTerms.read("31-2-2017")).isInstanceOf(SearchTerms.Name.class);
	}

	@Test
	@DisplayName("Issue 13: a name keeps the words of three letters or more to narrow the search; the name never shows in a log")
	void readsNames() {
		var name = (SearchTerms.Name) SearchTerms.read("Noor  de Smit");
		assertThat(name.text()).isEqualTo("noor de smit");
		assertThat(name.words()).containsExactly("noor", "smit");
		assertThat(name.toString()).doesNotContain("noor");
	}
}
