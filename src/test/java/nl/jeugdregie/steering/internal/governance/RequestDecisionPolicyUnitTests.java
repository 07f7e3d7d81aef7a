package nl.jeugdregie.steering.internal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STU-6: a decision on a new assignment has a reason and a date. */
class RequestDecisionPolicyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 2);
	private final RequestDecisionPolicy check = new RequestDecisionPolicy();

	@Test
	@DisplayName("STU-6: refuses a decision without a reason")
	void refusesADecisionWithoutReason() {
		assertThat(check.check(request(AssignmentRequest.Status.REQUESTED), "REJECTED", "  ", TODAY, SUBMITTED, TODAY))
				.isInstanceOfSatisfying(RequestDecisionPolicy.Invalid.class, invalid -> assertThat(invalid.refusals())
						.extracting(Refusal::field, Refusal::code)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "steering.refusal.decision.reason.missing")));
	}

	@Test
	void refusesAMissingDecisionAndADateInTheFutureOrBeforeTheRequest() {
		assertThat(check.check(request(AssignmentRequest.Status.REQUESTED), null, "Past", TODAY.plusDays(1), SUBMITTED, TODAY))
				.isInstanceOfSatisfying(RequestDecisionPolicy.Invalid.class, invalid -> assertThat(invalid.refusals())
						.extracting(Refusal::code).containsExactly("steering.refusal.decision.missing", "steering.refusal.decision.date.future"));
		assertThat(check.check(request(AssignmentRequest.Status.REQUESTED), "ACCEPTED", "Past", SUBMITTED.minusDays(1),
				SUBMITTED, TODAY))
				.isInstanceOfSatisfying(RequestDecisionPolicy.Invalid.class, invalid -> assertThat(invalid.refusals())
						.extracting(Refusal::code).containsExactly("steering.refusal.decision.date.beforeRequest"));
	}

	@Test
	void refusesASecondDecision() {
		assertThat(check.check(request(AssignmentRequest.Status.ACCEPTED), "REJECTED", "Toch niet", TODAY, SUBMITTED, TODAY))
				.isInstanceOfSatisfying(RequestDecisionPolicy.Invalid.class, invalid -> assertThat(invalid.refusals())
						.extracting(Refusal::code).containsExactly("steering.refusal.decision.alreadyDecided"));
	}

	@Test
	void acceptsADecisionWithReasonAndDate() {
		assertThat(check.check(request(AssignmentRequest.Status.REQUESTED), "ACCEPTED", " Past binnen het plafond ", TODAY,
				SUBMITTED, TODAY))
				.isEqualTo(new RequestDecisionPolicy.Valid(AssignmentRequest.Status.ACCEPTED, "Past binnen het plafond", TODAY));
	}

	private static AssignmentRequest request(AssignmentRequest.Status status) {
		return new AssignmentRequest(1, 1, "Buurtsportcoach", "Geen", "Wel", "Past", BigDecimal.ONE, 100, "Herschikking",
				null, null, TargetGroup.YOUTH, "beleid", Instant.parse("2026-11-02T10:00:00Z"), status,
				status == AssignmentRequest.Status.REQUESTED ? null : "Reden",
				status == AssignmentRequest.Status.REQUESTED ? null : TODAY, null, 0);
	}
}
