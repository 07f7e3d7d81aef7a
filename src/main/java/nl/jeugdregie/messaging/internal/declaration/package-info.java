/**
 * BEY-5, TOEW-7 (ADR 0047): a provider's JW323 declaration judged at the standard's four levels and answered with a
 * JW325 naming the rejected lines; level 3 per line is done by the allocation module
 * ({@link nl.jeugdregie.allocation.messaging.DeclarationsForMessaging}). Also the page and API showing a declaration line by line.
 */
@org.jspecify.annotations.NullMarked
package nl.jeugdregie.messaging.internal.declaration;
