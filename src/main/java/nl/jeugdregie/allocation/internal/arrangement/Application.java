package nl.jeugdregie.allocation.internal.arrangement;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestId;
import org.jspecify.annotations.Nullable;

/** TOE-8: an application for specialised care as allocation knows it, with the arrangement made for it, if any. */
public record Application(HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team, LocalDate appliedOn,
		@Nullable ArrangementId arrangement, @Nullable String helpRequestNumber) {}
