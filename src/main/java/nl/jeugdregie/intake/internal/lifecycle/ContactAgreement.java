package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;

/** TOE-6: how often the professional contacts a waiting applicant until treatment starts. */
public record ContactAgreement(int everyDays, LocalDate agreedOn, String agreedBy) {

	static final int MAX_DAYS = 31;
}
