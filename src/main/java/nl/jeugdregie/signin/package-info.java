/**
 * Guards the doors that identity builds: a growing delay and a temporary lockout after repeated failed logins
 * (per account and per source address), a budget of password verifications per address, and API tokens for
 * systems. A module of its own because it records in the audit trail, which itself depends on identity.
 */
@NullMarked
@ApplicationModule(displayName = "Sign-in protection and API tokens")
package nl.jeugdregie.signin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
