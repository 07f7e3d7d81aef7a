package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;

/** A conversation held with the young person or the family. */
public record Conversation(LocalDate heldOn, String professional) {}
