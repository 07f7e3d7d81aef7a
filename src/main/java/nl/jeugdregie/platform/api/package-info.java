/**
 * The REST API as Dutch government systems expect it (NL API Design Rules, Logius): the OpenAPI document's
 * metadata, servers and security schemes, problem responses declared on every operation, and the
 * {@code API-Version} header on every answer.
 */
@NullMarked
package nl.jeugdregie.platform.api;

import org.jspecify.annotations.NullMarked;
