package nl.jeugdregie.intake;

import java.time.Instant;
import nl.jeugdregie.identity.TeamId;

/**
 * TOE-2, VIND-3: the entry for a help request a resident sends with the CJG's public online form. The request is
 * registered for the given team with channel {@link Channel#ONLINE_FORM}, never as a crisis and without a BSN (the
 * public form asks none, so nothing about an earlier request can be found or shown). The registration is audited
 * with the actor {@value #ACTOR}. The public site decides the team (postcode, district) and guards against abuse.
 */
public interface OnlineHelpRequests {

	/** The name the audit trail and the file show as the registrar of requests from the online form. */
	String ACTOR = "online-formulier";

	/**
	 * Registers the request, or refuses it with the same violations as a registration by a professional (nothing
	 * saved). The channel, crisis, BSN and type of {@code request} are ignored.
	 *
	 * @throws IllegalArgumentException when the team does not exist
	 */
	RegistrationResult submit(RegisterHelpRequest request, TeamId team, Instant submittedAt);
}
