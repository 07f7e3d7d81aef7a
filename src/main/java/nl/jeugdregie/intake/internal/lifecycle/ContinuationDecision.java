package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;

/** The recorded decision to go on after the maximum number of conversations (TOE-7), with its reason. */
public record ContinuationDecision(String reason, LocalDate decidedOn, String decidedBy) {}
