package nl.jeugdregie.findability.internal.socialmap;

import nl.jeugdregie.allocation.WaitingTimeReported;
import nl.jeugdregie.findability.AllocationLink;
import nl.jeugdregie.findability.ServiceWaitingTimes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * VIND-2 with TOEW-6: a waiting time a provider (or the municipality) reports in the allocation module shows on the
 * social-map services linked to that provider and product category. Recording the same report again sets the
 * same figure, so a redelivered event does no harm.
 */
@Component
class AllocationWaitingTimes {

	private final ServiceWaitingTimes waitingTimes;

	AllocationWaitingTimes(ServiceWaitingTimes waitingTimes) {
		this.waitingTimes = waitingTimes;
	}

	@ApplicationModuleListener
	void on(WaitingTimeReported reported) {
		waitingTimes.record(new AllocationLink(reported.agbCode().value(), reported.productCategory().code()),
				reported.weeks(), reported.reportedOn());
	}
}
