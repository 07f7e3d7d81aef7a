package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.FirstConversationResult;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.StepResult;
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
	FirstConversationResult record(HelpRequestId id, @Nullable LocalDate conversationDate, @Nullable String notes,
			CurrentUser professional) {
		var conversation = requests.recordFirstConversation(id, conversationDate, professional);
		if (!(conversation instanceof FirstConversationResult.Recorded) || notes == null || notes.isBlank()) {
			return conversation;
		}
		return switch (inventory.writeNote(id, notes, professional)) {
			case StepResult.Done done -> conversation;
			case StepResult.Refused refused -> {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				yield new FirstConversationResult.Refused(refused.violations().getFirst());
			}
			case StepResult.NotAllowed notAllowed -> {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				yield new FirstConversationResult.NotAllowed();
			}
		};
	}
}
