package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;

/** TOE-6: a contact with an applicant waiting for treatment, by whom. */
public record WaitingContact(LocalDate contactedOn, String professional) {}
