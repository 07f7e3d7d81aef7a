/**
 * Working days in the Netherlands: Saturdays, Sundays and the generally recognised public holidays of the Algemene
 * termijnenwet are not working days (ADR 0037). Shared infrastructure like the clock: every statutory term counted in
 * working days (iJw answer terms, and later Awb terms) uses the one calendar.
 */
@NullMarked
package nl.jeugdregie.platform.calendar;

import org.jspecify.annotations.NullMarked;
