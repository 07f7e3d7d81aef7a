/**
 * Delivery of events to asynchronous listeners ({@code @ApplicationModuleListener}): a bounded executor sized with the
 * connection pool, and redelivery of failed or stale publications on a schedule and at start (issue 19 item 7,
 * ADR 0026).
 */
@NullMarked
package nl.jeugdregie.platform.events;

import org.jspecify.annotations.NullMarked;
