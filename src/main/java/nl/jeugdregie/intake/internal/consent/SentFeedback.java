package nl.jeugdregie.intake.internal.consent;

import java.time.LocalDate;

/** Feedback sent to the referrer, with the letter as sent (TOE-11). */
public record SentFeedback(FeedbackKind kind, LocalDate sentOn, String sentBy, String letter) {}
