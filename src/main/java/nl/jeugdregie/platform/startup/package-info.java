/**
 * Work done once at start (demo data): run in order, each task retried a few times, a task that keeps failing is
 * logged and skipped, and the application stays up (issue 19 item 7, ADR 0026).
 */
@NullMarked
package nl.jeugdregie.platform.startup;

import org.jspecify.annotations.NullMarked;
