package nl.jeugdregie.findability.internal.onlinerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VIND-3, TOE-2: every field of the public form is checked; the one-time token times the filling in")
class OnlineRequestRulesUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	void acceptsACompleteRequestFromAParent() {
		var outcome = OnlineRequestFieldsComplete.request(valid(), TODAY);
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		var request = outcome.doneValue().orElseThrow();
		assertThat(request.who()).isEqualTo(Referrer.PARENT);
		assertThat(request.postcode().area()).isEqualTo(5341);
		assertThat(request.questionWithContact()).contains("telefoon 0612345678");
		assertThat(request.toString()).doesNotContain("Sam").doesNotContain("0612345678");
	}

	@Test
	void refusesAnEmptyFormFieldByField() {
		assertThat(refusals(new OnlineRequestForm())).extracting(Refusal::field)
				.containsExactly("who", "givenName", "familyName", "dateOfBirth", "postcode", "phone", "question");
	}

	@Test
	void asksTheParentsNameOnlyWhenAParentAsks() {
		var form = valid();
		form.setCarerName("");
		form.setCarerRelation("");
		assertThat(refusals(form)).extracting(Refusal::field).containsExactly("carerName", "carerRelation");
		form.setWho("YOUNG_PERSON");
		assertThat(OnlineRequestFieldsComplete.request(form, TODAY)).isInstanceOf(Outcome.Done.class);
	}

	@Test
	void refusesMalformedPostcodePhoneEmailAndDates() {
		var form = valid();
		form.setPostcode("0123 AB");
		form.setPhone("12");
		form.setEmail("geen@adres");
		form.setDateOfBirth("31-2-2020");
		assertThat(refusals(form)).extracting(Refusal::code).containsExactly("findability.online.dateOfBirth.invalid",
				"findability.online.postcode.invalid", "findability.online.phone.invalid", "findability.online.email.invalid");
	}

	@Test
	void refusesABirthDateInTheFutureOrAbove23() {
		var form = valid();
		form.setDateOfBirth("17-11-2026");
		assertThat(refusals(form)).extracting(Refusal::code).containsExactly("findability.online.dateOfBirth.future");
		form.setDateOfBirth("15-11-2002");
		assertThat(refusals(form)).extracting(Refusal::code).containsExactly("findability.online.dateOfBirth.tooOld");
	}

	@Test
	void refusesAnUnknownWhoAndAnOverlongQuestion() {
		var form = valid();
		form.setWho("SCHOOL");
		form.setQuestion("x".repeat(1501));
		assertThat(refusals(form)).extracting(Refusal::code).containsExactly("findability.online.who.required",
				"findability.text.tooLong");
		assertThat(new OnlineRequestFieldsComplete().check(new OnlineRequestFieldsComplete.Input(form, TODAY))).isPresent();
	}

	@Test
	void refusesAFormSentFasterThanAPersonFillsIt() {
		var ticker = new AtomicLong(1_000_000_000L);
		var tokens = new FormToken(Duration.ofSeconds(3), Duration.ofHours(2), ticker::get);
		var token = tokens.issue();
		ticker.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(tokens.check(token)).isInstanceOf(FormToken.Check.TooFast.class);
		ticker.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(tokens.check(token)).isInstanceOf(FormToken.Check.Valid.class);
		ticker.addAndGet(Duration.ofHours(3).toNanos());
		assertThat(tokens.check(token)).isInstanceOf(FormToken.Check.Expired.class);
	}

	@Test
	void refusesATokenThisServerDidNotSign() {
		var ticker = new AtomicLong();
		var tokens = new FormToken(Duration.ZERO, Duration.ofHours(2), ticker::get);
		var token = tokens.issue();
		var forged = token.substring(0, token.lastIndexOf('.')) + ".AAAA";
		assertThat(tokens.check(forged)).isInstanceOf(FormToken.Check.Invalid.class);
		assertThat(tokens.check("")).isInstanceOf(FormToken.Check.Invalid.class);
		assertThat(new FormToken(Duration.ZERO, Duration.ofHours(2), ticker::get).check(token))
				.isInstanceOf(FormToken.Check.Invalid.class);
		assertThat(tokens.hashOf("10.0.0.1")).isNotEqualTo(tokens.hashOf("10.0.0.2")).doesNotContain("10.0.0.1");
	}

	@Test
	void checksPostcodeRanges() {
		var rule = new PostcodeRangeValid();
		assertThat(rule.check(new PostcodeRangeValid.Input("5341", "5342", "Centrum", "16-11-2026", TODAY))).isEmpty();
		assertThat(PostcodeRangeValid.all(new PostcodeRangeValid.Input("5343", "5342", "", "15-11-2026", TODAY)))
				.extracting(Refusal::code).containsExactly("findability.postcodes.reversed",
						"findability.postcodes.district.required", "findability.postcodes.date.past");
		assertThat(PostcodeRangeValid.all(new PostcodeRangeValid.Input("999", "abcd", "X", "morgen", TODAY)))
				.extracting(Refusal::field).containsExactly("from", "to", "effectiveFrom");
	}

	private static java.util.List<Refusal> refusals(OnlineRequestForm form) {
		return switch (OnlineRequestFieldsComplete.request(form, TODAY)) {
			case Outcome.Refused<OnlineRequest>(var refusals) -> refusals;
			case Outcome.Done<OnlineRequest> done -> java.util.List.of();
			case Outcome.NotFound<OnlineRequest>() -> java.util.List.of();
			case Outcome.Forbidden<OnlineRequest> forbidden -> java.util.List.of();
			case Outcome.Stale<OnlineRequest> stale -> java.util.List.of();
		};
	}

	private static OnlineRequestForm valid() {
		var form = new OnlineRequestForm();
		form.setWho("PARENT");
		form.setGivenName("Sam");
		form.setFamilyName("Jansen");
		form.setDateOfBirth("12-3-2015");
		form.setCarerName("Anna Jansen");
		form.setCarerRelation("moeder");
		form.setPostcode("5341 ab");
		form.setPhone("06 12345678");
		form.setQuestion("Mijn zoon slaapt slecht.");
		return form;
	}
}
