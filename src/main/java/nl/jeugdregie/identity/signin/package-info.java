/**
 * What identity offers the sign-in module: the sign-in methods a municipality allows, the regional recovery of a
 * second step, and the refusal after too many attempts. A named interface of identity's API, kept apart from the
 * base package so each package stays small (issue 18).
 */
@NullMarked
@NamedInterface("signin")
package nl.jeugdregie.identity.signin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
