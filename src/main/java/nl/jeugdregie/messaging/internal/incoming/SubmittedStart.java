package nl.jeugdregie.messaging.internal.incoming;

import nl.jeugdregie.messaging.internal.message.StartProduct;

/** A JW305 StartProduct with its client's BSN, as level-3 rules judge it. */
record SubmittedStart(String bsn, StartProduct product) {

	Delivery asDelivery() {
		return Delivery.start(bsn, product.allocationNumber(), product.startDate());
	}
}
