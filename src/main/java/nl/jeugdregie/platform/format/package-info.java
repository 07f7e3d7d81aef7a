/**
 * How Jeugdregie writes dates, amounts, percentages and counts in Dutch: one helper for Java (PDFs, messages) and
 * templates ({@code ${@fmt.date(day)}}), so a day reads "16-11-2026" on every page and in every document.
 */
@NullMarked
package nl.jeugdregie.platform.format;

import org.jspecify.annotations.NullMarked;
