package nl.jeugdregie.messaging.internal.incoming;

import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * Where level 3 finds what was received before for the allocations a message names: the database for one message, the
 * batch's ledger for a batch (ADR 0050). Either way the same rows, so the same judgement.
 */
@FunctionalInterface
interface LevelThreeState {

	Deliveries deliveries(MunicipalityCode municipality, String sender, List<Long> numbers);
}
