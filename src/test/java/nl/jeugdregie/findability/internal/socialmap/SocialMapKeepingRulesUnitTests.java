package nl.jeugdregie.findability.internal.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VIND-2: organisations and locations of the social map are complete before they are saved")
class SocialMapKeepingRulesUnitTests {

	@Test
	void refusesAnOrganisationWithoutNameOrWithAnInsecureWebsite() {
		var form = new OrganizationForm();
		form.setWebsite("http://example.nl");
		form.setPhone("12");
		form.setProvider("naam met spaties");
		assertThat(OrganizationDetailsComplete.all(form)).extracting(Refusal::field)
				.containsExactly("name", "website", "phone", "provider");
		form.setName("Opvoedpunt");
		form.setWebsite("https://opvoedpunt.example.nl");
		form.setPhone("0412 123 456");
		form.setProvider("aanbieder.linde");
		assertThat(OrganizationDetailsComplete.all(form)).isEmpty();
	}

	@Test
	void refusesALocationWithoutAddressOrWithAnInvalidPostcode() {
		var form = new LocationForm();
		form.setPostcode("0341 AB");
		assertThat(LocationDetailsComplete.all(form)).extracting(Refusal::field)
				.containsExactly("name", "address", "postcode", "city", "district");
		form.setName("De Brug");
		form.setAddress("Straat 1");
		form.setPostcode("5341ab");
		form.setCity("Oss");
		form.setDistrict("Noord");
		assertThat(LocationDetailsComplete.all(form)).isEmpty();
		assertThat(form.normalisedPostcode()).isEqualTo("5341 AB");
	}
}
