/**
 * OND-2: keeping the presence norms per type of education (and the "extra" half-day) with effective dates, on screen
 * and in the API (ADR 0041). The norms in force are read by the presence feature through {@code PresenceNorms}.
 */
package nl.jeugdregie.schools.internal.presencenorm;
