package nl.jeugdregie.schools.internal.zat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ZAT meeting as typed. */
public record ZatDraft(@Nullable LocalDate heldOn, @Nullable Boolean ocpTookPart) {}
