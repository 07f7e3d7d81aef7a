package nl.jeugdregie.schools.internal.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated absence of an OCP or stand-in as typed (OND-4). */
public record AbsenceDraft(@Nullable String username, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {}
