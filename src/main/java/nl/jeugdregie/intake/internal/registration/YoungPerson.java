package nl.jeugdregie.intake.internal.registration;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/** The young person a help request is about. */
public record YoungPerson(String givenName, String familyName, LocalDate dateOfBirth, @Nullable Bsn bsn) {

	public String fullName() {
		return givenName + " " + familyName;
	}

	public int ageOn(LocalDate date) {
		return Period.between(dateOfBirth, date).getYears();
	}

	@Override
	public String toString() {
		return "YoungPerson[***]";
	}
}
