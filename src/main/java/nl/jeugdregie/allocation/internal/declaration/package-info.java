/**
 * TOEW-9: each allocation's budget and what has been declared against it; a declaration (entered, or a CSV of lines)
 * is checked against its allocation (period, volume, tariff) and a refused line says why.
 */
@NullMarked
package nl.jeugdregie.allocation.internal.declaration;

import org.jspecify.annotations.NullMarked;
