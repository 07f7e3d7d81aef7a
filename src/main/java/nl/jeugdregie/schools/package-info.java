/**
 * Schools connected to the CJG (OND-1 … OND-7): school and childcare locations with their connection ("basis" or
 * "extra"), the education contact person (OCP) and stand-in with dated absences, presence norms and visits, the
 * schools' care advice team (ZAT) meetings, family contact persons and the list of children out of school. The
 * base package is the small API other modules use: {@link nl.jeugdregie.schools.SchoolLocations} (intake lists and
 * checks a referring school), the events monitoring counts, and the port {@link nl.jeugdregie.schools.HelpRequestLinks}
 * that intake implements, so schools never depends on intake.
 */
@NullMarked
@ApplicationModule(displayName = "Schools connected to the CJG")
package nl.jeugdregie.schools;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
