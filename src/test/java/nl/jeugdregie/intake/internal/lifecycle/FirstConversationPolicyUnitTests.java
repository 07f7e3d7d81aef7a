package nl.jeugdregie.intake.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.internal.registration.YoungPerson;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.Test;

/** TOE-5: the first conversation puts a request in treatment, once, on a real date. */
public class FirstConversationPolicyUnitTests {

	static final LocalDate REGISTERED = LocalDate.of(2026, 11, 2);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	public static HelpRequest waitingRequest() {
		return new HelpRequest(HelpRequestId.random(), "HV-2026-000001", ClientId.random(),
				new MunicipalityCode("0828"), TeamId.random(),
				new YoungPerson("Sem", "de Jong", LocalDate.of(2018, 5, 1), null), null, Channel.PHONE,
				Referrer.PARENT, "Vraag", Instant.parse("2026-11-02T09:00:00Z"), "professional",
				new TreatmentClock(REGISTERED, REGISTERED.plusWeeks(2)), new HelpRequestState.AwaitingTreatment(), 0);
	}

	@Test
	void allowsAFirstConversationBetweenRegistrationAndToday() {
		assertThat(FirstConversationPolicy.check(waitingRequest(), REGISTERED, TODAY)).isEmpty();
		assertThat(FirstConversationPolicy.check(waitingRequest(), TODAY, TODAY)).isEmpty();
	}

	@Test
	void refusesADateBeforeRegistrationOrInTheFuture() {
		assertThat(FirstConversationPolicy.check(waitingRequest(), REGISTERED.minusDays(1), TODAY))
				.map(Refusal::code).contains("intake.firstConversation.beforeRegistration");
		assertThat(FirstConversationPolicy.check(waitingRequest(), TODAY.plusDays(1), TODAY))
				.map(Refusal::code).contains("intake.firstConversation.future");
	}

	@Test
	void refusesASecondFirstConversation() {
		var request = waitingRequest();
		request.startTreatment(REGISTERED.plusDays(3), "professional");

		assertThat(FirstConversationPolicy.check(request, TODAY, TODAY)).map(Refusal::code)
				.contains("intake.firstConversation.alreadyRecorded");
	}
}
