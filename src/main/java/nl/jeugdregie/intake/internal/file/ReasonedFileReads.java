package nl.jeugdregie.intake.internal.file;

import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestId;
import org.springframework.stereotype.Component;

/**
 * Opens a help request's file with a reason through the one file-opening step, with its access decision and audit
 * (and so, from outside the team, its place on the lead's review list, SEC-2). For the demo data, which shows the
 * review list with reads in it.
 */
@Component
public class ReasonedFileReads {

	private final HelpRequestService service;

	ReasonedFileReads(HelpRequestService service) {
		this.service = service;
	}

	/** Whether the file was opened (the user may read it with this reason). */
	public boolean open(HelpRequestId id, CurrentUser user, String reason) {
		return service.open(id, user, reason) instanceof FileOpening.Opened;
	}
}
