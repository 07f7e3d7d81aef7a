package nl.jeugdregie.monitoring.internal.periodic;

import java.time.Instant;

/**
 * The written part of the half-yearly progress report (MON-2): developments, bottlenecks and recommendations,
 * with who wrote it and when; {@code version} guards against two people overwriting each other.
 */
public record HalfYearExplanation(String developments, String bottlenecks, String recommendations, String writtenBy,
		Instant writtenAt, int version) {}
