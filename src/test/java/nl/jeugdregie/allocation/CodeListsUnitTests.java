package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-2, TOEW-7: products speak the iJw code lists JZ020, WJ756 and WMO757")
class CodeListsUnitTests {

	@Test
	void findsCodesOfTheIjwLists() {
		assertThat(ProductCategory.ofCode("45")).contains(ProductCategory.AMBULANT);
		assertThat(ProductCategory.ofCode("43").orElseThrow().residential()).isTrue();
		assertThat(ProductCategory.ofCode("35").orElseThrow().familyBased()).isTrue();
		assertThat(ProductCategory.ofCode("46").orElseThrow().crisis()).isTrue();
		assertThat(ProductCategory.ofCode("99")).isEmpty();
		assertThat(Unit.ofCode("04")).contains(Unit.HOUR);
		assertThat(Unit.ofCode("4")).isEmpty();
		assertThat(Frequency.ofCode("2")).contains(Frequency.PER_WEEK);
		assertThat(Frequency.ofCode("3")).isEmpty();
	}

	@Test
	void keepsProductCodesInCapitalsOfAtMostFiveCharacters() {
		assertThat(ProductCode.parse(" 45a01 ")).contains(new ProductCode("45A01"));
		assertThat(ProductCode.parse("45A012")).isEmpty();
		assertThat(ProductCode.parse("")).isEmpty();
		assertThat(ProductCode.parse("45-01")).isEmpty();
	}
}
