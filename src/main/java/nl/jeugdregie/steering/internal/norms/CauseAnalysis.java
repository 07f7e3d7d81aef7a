package nl.jeugdregie.steering.internal.norms;

import java.time.Instant;

/** "onderzoekt de trend en oorzaak": the provider's analysis of trend and cause of a missed norm (STU-5). */
public record CauseAnalysis(String analysis, String recordedBy, Instant recordedAt) {}
