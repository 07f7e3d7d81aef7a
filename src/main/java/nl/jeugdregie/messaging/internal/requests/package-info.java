/**
 * Providers' requests (ADR 0048, TOEW-7): an incoming JW315 (request for an allocation) or JW317 (request for a change)
 * judged at the standard's levels with its retour JW316/JW318, an accepted one a request on the access team's worklist
 * ({@code /ijw/verzoeken}), answered with a JW319 (declined or "in onderzoek") under TR359, TR360 and TR365, and the
 * provider's JW320 retour on that answer linked to it. The terms (OP274, OP346) follow from the events alone.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.requests;

import org.jspecify.annotations.NullMarked;
