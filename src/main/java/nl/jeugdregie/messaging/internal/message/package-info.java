/**
 * The product's own model of the iJw 3.2 messages (ADR 0036): header, client and the classes per message, each a
 * record validated in its constructor. Parsed from and written to XML by {@code internal.xml}.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.message;

import org.jspecify.annotations.NullMarked;
