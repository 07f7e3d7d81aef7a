package nl.jeugdregie.schools.internal.zat;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting of the school's care advice team (ZAT) and whether the OCP took part (OND-4). */
public record ZatMeeting(UUID id, UUID location, LocalDate heldOn, boolean ocpTookPart, String recordedBy) {}
