/**
 * The tamper-evident, append-only record of every read and change of a client file (SEC-2, NEN 7513).
 */
@NullMarked
@ApplicationModule(displayName = "Audit trail")
package nl.jeugdregie.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
