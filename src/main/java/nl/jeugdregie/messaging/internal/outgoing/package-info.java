/**
 * The municipality's outgoing JW301 (ADR 0046, TOEW-7): every allocation decision and change becomes one outbox entry,
 * built into a schema-valid JW301 with all the client's current allocations at that provider (OP087), stored as a sent
 * message and handed to the hub after commit; the outgoing list, its REST API for providers, and the iJw section of the
 * allocation's page.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.outgoing;

import org.jspecify.annotations.NullMarked;
