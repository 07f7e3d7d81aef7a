/**
 * The municipality's steering of its welfare provider on goals and results (STU): the yearly assignment with its
 * types of work, goals, core conditions, risk register and financing, computed from the lines. No client data.
 */
@NullMarked
@ApplicationModule(displayName = "Steering on goals and results")
package nl.jeugdregie.steering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
