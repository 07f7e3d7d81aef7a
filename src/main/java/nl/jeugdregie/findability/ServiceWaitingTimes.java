package nl.jeugdregie.findability;

import java.time.LocalDate;

/**
 * VIND-2: records the current waiting time of the social-map services linked to an allocation code. The allocation
 * module reports waiting times per provider and product category; a listener for its event calls this (wired when
 * that module is merged).
 */
public interface ServiceWaitingTimes {

	/**
	 * Records {@code weeks} as reported on {@code reportedOn} for every service with this link.
	 *
	 * @return how many services got the waiting time (0 when none is linked)
	 * @throws IllegalArgumentException for a negative number of weeks or more than ten years
	 */
	int record(AllocationLink link, int weeks, LocalDate reportedOn);
}
