/**
 * Finding a client file from the header's search box (issue 13): by name, date of birth, BSN or case number
 * (HV for a help request, GZ for a household). Modules that hold client files implement {@link FileFinder};
 * search decides per file through {@link nl.jeugdregie.identity.CaseAccessPolicy} what the user sees, and records
 * in the audit trail which files' personal data it showed (ADR 0032).
 */
@NullMarked
@ApplicationModule(displayName = "Search for client files")
package nl.jeugdregie.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
