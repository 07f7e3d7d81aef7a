/**
 * The iJw messages in the REST API (ADR 0036): providers deliver messages and fetch retours; the history per client,
 * allocation and provider.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.api;

import org.jspecify.annotations.NullMarked;
