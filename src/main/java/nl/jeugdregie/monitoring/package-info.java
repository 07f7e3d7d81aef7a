/**
 * Aggregate figures for the team lead and the municipality, from monitoring's own read models fed by domain
 * events; never personal data, small counts suppressed (TOE-9, MON-1, SEC-2).
 */
@NullMarked
@ApplicationModule(displayName = "Monitoring and reports")
package nl.jeugdregie.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
