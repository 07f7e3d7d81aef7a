/**
 * Shared technical foundation every module may use: the database, the clock and web error handling.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
package nl.jeugdregie.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
