package nl.jeugdregie.intake;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;

/**
 * What another module may know of a help request to link to it: its id, number, municipality and team. No
 * personal data, so a lookup needs no audit entry.
 */
public record HelpRequestSummary(HelpRequestId id, String number, MunicipalityCode municipality, TeamId team) {}
