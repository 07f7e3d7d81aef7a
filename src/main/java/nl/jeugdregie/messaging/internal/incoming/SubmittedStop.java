package nl.jeugdregie.messaging.internal.incoming;

import nl.jeugdregie.messaging.internal.message.StopProduct;

/** A JW307 StopProduct with its client's BSN, as level-3 rules judge it. */
record SubmittedStop(String bsn, StopProduct product) {

	Delivery asDelivery() {
		return Delivery.stop(bsn, product.allocationNumber(), product.startDate(), product.endDate(), product.reason());
	}
}
