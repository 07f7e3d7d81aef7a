/**
 * The boundary to the national hub (GGk, ADR 0036): {@link nl.jeugdregie.messaging.internal.transport.HubTransport}
 * and its first implementation, an inbox/outbox directory, off unless {@code jeugdregie.ijw.inbox-dir} is set.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.transport;

import org.jspecify.annotations.NullMarked;
