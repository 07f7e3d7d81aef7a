/**
 * Readable case numbers that count per municipality and year, so no municipality learns from its own numbers how
 * many cases another registers (SEC-2).
 */
@NullMarked
package nl.jeugdregie.platform.numbering;

import org.jspecify.annotations.NullMarked;
