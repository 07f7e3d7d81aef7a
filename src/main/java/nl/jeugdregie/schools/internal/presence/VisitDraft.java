package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A visit or contact as typed (OND-2). */
public record VisitDraft(@Nullable ContactKind kind, @Nullable LocalDate date) {}
