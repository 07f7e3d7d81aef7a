package nl.jeugdregie.monitoring.internal.kpi;

import java.util.UUID;

/** An action line of the municipality's youth plan (actielijn, MON-4), for the whole plan period. */
public record ActionLine(UUID id, String code, String name, String goal, int version) {}
