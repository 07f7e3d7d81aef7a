package nl.jeugdregie.audit;

import nl.jeugdregie.identity.TeamId;

/**
 * A client file held by one team, which a case worker of another team may read with a reason ("break the
 * glass"): such a read goes on the review list of that team's lead (SEC-2, ADR 0025).
 */
public interface TeamFile extends ClientFile {

	TeamId team();
}
