/**
 * iJw XML in and out (ADR 0036): a hardened parser (no DTD, no external entities, size limit, UTF-8 only), the reader
 * into the product's message records, optional schema validation against a configured directory, and the writer.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.xml;

import org.jspecify.annotations.NullMarked;
