/**
 * Help requests at the CJG from registration to treatment, with their norm clocks (TOE-1, TOE-3, TOE-5).
 */
@NullMarked
@ApplicationModule(displayName = "Intake of help requests")
package nl.jeugdregie.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
