package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded visit or contact with a location. */
public record Visit(UUID id, UUID location, LocalDate date, ContactKind kind, String recordedBy) {}
