package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.schools.internal.location.SchoolLocation;
import org.jspecify.annotations.Nullable;

/**
 * A location on the worklist (OND-2): the norms it falls behind on, in Dutch, and its last contact.
 */
public record BehindNorm(SchoolLocation location, List<String> shortfalls, @Nullable LocalDate lastContact) {}
