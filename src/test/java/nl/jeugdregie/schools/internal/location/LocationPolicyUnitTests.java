package nl.jeugdregie.schools.internal.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OND-1: a location's BRIN, location number, postcode and connection are checked before anything is saved")
class LocationPolicyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	private static LocationDraft draft(String brin, String number, String postcode, ConnectionDraft connection) {
		return new LocationDraft("Basisschool Test", brin, number, "Straat", "1", postcode, "Oss", SchoolType.PRIMARY, 200,
				connection);
	}

	private static final ConnectionDraft BASIS = new ConnectionDraft(ConnectionType.BASIS, TODAY, null, false);

	@Test
	void acceptsAWellFormedBrinLocationNumberAndPostcode() {
		assertThat(LocationPolicy.location(draft("12AB", "00", "5341 AB", BASIS), TODAY)).isEmpty();
		assertThat(LocationPolicy.location(draft("12ab", "01", "5341ab", BASIS), TODAY)).isEmpty();
	}

	@Test
	void refusesABrinThatIsNotTwoDigitsAndTwoLetters() {
		for (var brin : new String[] { "1AB", "ABCD", "123A", "12AB0", "", "12 AB" }) {
			assertThat(BrinWellFormed.INSTITUTION.check(draft(brin, "00", "5341AB", BASIS)))
					.as(brin).contains(Refusal.of("brin", "schools.location.brin.invalid"));
		}
	}

	@Test
	void refusesALocationNumberThatIsNotTwoDigits() {
		for (var number : new String[] { "0", "000", "A0", "" }) {
			assertThat(BrinWellFormed.LOCATION_NUMBER.check(draft("12AB", number, "5341AB", BASIS)))
					.as(number).contains(Refusal.of("locationNumber", "schools.location.number.invalid"));
		}
	}

	@Test
	void refusesAPostcodeThatIsNotFourDigitsAndTwoLetters() {
		for (var postcode : new String[] { "0341AB", "534AB", "5341A", "ABCDEF", "" }) {
			assertThat(new PostcodeWellFormed().check(draft("12AB", "00", postcode, BASIS)))
					.as(postcode).contains(Refusal.of("postcode", "schools.location.postcode.invalid"));
		}
	}

	@Test
	@DisplayName("OND-1: an \"extra\" connection without a reason is refused; \"basis\" needs none")
	void refusesAnExtraConnectionWithoutReason() {
		var rule = new ExtraConnectionNeedsReason();
		assertThat(rule.check(new ConnectionDraft(ConnectionType.EXTRA, TODAY, " ", true)))
				.contains(Refusal.of("reason", "schools.connection.reason.required"));
		assertThat(rule.check(new ConnectionDraft(ConnectionType.EXTRA, TODAY, "Bovengemiddeld veel hulpvragen", false)))
				.isEmpty();
		assertThat(rule.check(BASIS)).isEmpty();
	}

	@Test
	void refusesAConnectionWithoutTypeOrStartingInTheFuture() {
		assertThat(LocationPolicy.connection(new ConnectionDraft(null, null, null, false), TODAY))
				.extracting(Refusal::code)
				.containsExactly("schools.connection.type.required", "schools.connection.since.required");
		assertThat(ConnectionComplete.startKnown(TODAY).check(new ConnectionDraft(ConnectionType.BASIS, TODAY.plusDays(1), null, false)))
				.contains(Refusal.of("since", "schools.connection.since.future"));
	}

	@Test
	void namesEveryMissingDetailAtOnce() {
		var empty = new LocationDraft(null, null, null, null, null, null, null, null, null, BASIS);
		assertThat(LocationPolicy.location(empty, TODAY)).extracting(Refusal::field)
				.containsExactly("name", "brin", "locationNumber", "street", "houseNumber", "postcode", "city", "type", "pupils");
	}
}
