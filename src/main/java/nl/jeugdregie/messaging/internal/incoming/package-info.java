/**
 * Incoming iJw messages (JW305 start, JW307 stop) judged at the standard's levels (ADR 0036): level 1 schema, level 2
 * the rules within one message (header-only retour 0001), level 3 the rules across messages (their 9xxx code on the
 * failing class, the message rejected), then stored once per sender, type and identification and applied.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.incoming;

import org.jspecify.annotations.NullMarked;
