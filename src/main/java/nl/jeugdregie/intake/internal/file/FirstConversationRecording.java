package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.intake.internal.triage.TriageInventoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Issue 13 item 2: the first conversation is recorded with its notes on one page (TOE-5, TOE-4). Both are saved in
 * one transaction or neither is: a refused note leaves the request waiting, as if nothing was sent.
 */
@Service
class FirstConversationRecording {

	private final HelpRequestService requests;
	private final TriageInventoryService inventory;

	FirstConversationRecording(HelpRequestService requests, TriageInventoryService inventory) {
		this.requests = requests;
		this.inventory = inventory;
	}

	@Transactional
	Outcome<HelpRequestId> record(HelpRequestId id, @Nullable LocalDate conversationDate, @Nullable String notes,
			CurrentUser professional) {
		var conversation = requests.recordFirstConversation(id, conversationDate, professional);
		if (!(conversation instanceof Outcome.Done<HelpRequestId>) || notes == null || notes.isBlank()) {
			return conversation;
		}
		var noted = inventory.writeNote(id, notes, professional);
		if (!(noted instanceof Outcome.Done<String>)) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return noted.then(nothing -> conversation);
		}
		return conversation;
	}
}
