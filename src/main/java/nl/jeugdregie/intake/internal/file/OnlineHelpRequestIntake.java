package nl.jeugdregie.intake.internal.file;

import java.time.Instant;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.OnlineHelpRequests;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.intake.RequestType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TOE-2: registers a request from the public online form through the ordinary registration, as the form's actor. */
@Service
class OnlineHelpRequestIntake implements OnlineHelpRequests {

	private final HelpRequestService registration;
	private final Teams teams;

	OnlineHelpRequestIntake(HelpRequestService registration, Teams teams) {
		this.registration = registration;
		this.teams = teams;
	}

	@Override
	@Transactional
	public RegistrationResult submit(RegisterHelpRequest request, TeamId teamId, Instant submittedAt) {
		var team = teams.find(teamId).orElseThrow(() -> new IllegalArgumentException("Unknown team " + teamId));
		var form = new CurrentUser(ACTOR, "Online formulier", Role.YOUTH_PROFESSIONAL, team.municipality(), team.id());
		var online = new RegisterHelpRequest(request.givenName(), request.familyName(), request.dateOfBirth(), null,
				request.carerName(), request.carerRelation(), Channel.ONLINE_FORM, request.referrer(), request.question(),
				false, RequestType.REGULAR);
		return registration.register(online, form, submittedAt);
	}
}
