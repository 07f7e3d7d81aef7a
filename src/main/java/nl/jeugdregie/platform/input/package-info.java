/**
 * Input hygiene shared by every module: forbidden characters refused before controllers run, strict JSON
 * scalars and plausible date bounds.
 */
@NullMarked
package nl.jeugdregie.platform.input;

import org.jspecify.annotations.NullMarked;
