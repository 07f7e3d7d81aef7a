package nl.jeugdregie.allocation.internal.change;

import java.time.Instant;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-1, TOEW-7: one allocation as it stands now, with where it came from (the decision, arrangement and line) and
 * what happened to it: the number it replaces or is replaced by after a volume change, and when it was withdrawn.
 */
public record CurrentAllocation(UUID id, UUID decision, UUID line, ArrangementId arrangement, boolean extension,
		MunicipalityCode municipality, long number, UUID helpRequest, UUID team, @Nullable ClientId youngPerson,
		ProductId product, String productLabel, ProviderId provider, String providerName, ContractId contract,
		int volume, Unit unit, Frequency frequency, ValidityPeriod period, Financing financing, long budgetCents,
		long tariffCents, @Nullable Long replaces, @Nullable Long replacedBy, @Nullable Instant withdrawnAt) {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public boolean replaced() {
		return replacedBy != null;
	}

	/** Only for frequency "total within the validity" iJw keeps the number on a volume change. */
	public boolean keepsNumberOnVolumeChange() {
		return frequency == Frequency.TOTAL;
	}

	/** In Dutch, for the page: current, replaced or withdrawn. */
	public String status() {
		if (withdrawn()) {
			return "Ingetrokken";
		}
		return replaced() ? "Vervangen door toewijzing " + replacedBy : "Geldig";
	}
}
