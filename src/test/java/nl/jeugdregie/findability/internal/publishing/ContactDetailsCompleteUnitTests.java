package nl.jeugdregie.findability.internal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VIND-3: the public contact settings name the CJG, a phone number, an e-mail address and an address")
class ContactDetailsCompleteUnitTests {

	@Test
	void acceptsCompleteSettings() {
		assertThat(new ContactDetailsComplete().check(valid())).isEmpty();
	}

	@Test
	void refusesEveryMissingOrMalformedField() {
		var form = new ContactForm();
		form.setPhone("12345");
		form.setEmail("geen-adres");
		assertThat(ContactDetailsComplete.all(form)).extracting(Refusal::field)
				.containsExactly("siteName", "phone", "email", "visitingAddress");
	}

	@Test
	void acceptsFreephoneAndFourteenNumbers() {
		var form = valid();
		form.setPhone("0800 1234");
		assertThat(new ContactDetailsComplete().check(form)).isEmpty();
		form.setPhone("14 0412");
		assertThat(new ContactDetailsComplete().check(form)).isEmpty();
	}

	private static ContactForm valid() {
		var form = new ContactForm();
		form.setSiteName("CJG Oss");
		form.setPhone("0412 123 456");
		form.setEmail("info@cjg-oss.nl");
		form.setVisitingAddress("Raadhuislaan 1, Oss");
		return form;
	}
}
