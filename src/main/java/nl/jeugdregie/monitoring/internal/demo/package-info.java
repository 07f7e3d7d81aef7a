/** Demo only: gemeente Oss's action lines with their KPIs (MON-4), seeded as a start-up task (ADR 0038). */
@NullMarked
package nl.jeugdregie.monitoring.internal.demo;

import org.jspecify.annotations.NullMarked;
