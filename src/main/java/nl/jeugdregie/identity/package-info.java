/**
 * Who is working: municipalities, teams, user accounts with their role, login, and the rule of who may
 * open which client file.
 */
@NullMarked
@ApplicationModule(displayName = "Identity and access")
package nl.jeugdregie.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
