package nl.jeugdregie.allocation;

import java.util.Optional;

/**
 * Why an allocation was changed or ended early (iJw code list JZ002, LDT_RedenWijziging). Code 01 is withdrawn from the
 * standard and not offered; code 13 "Verwijderd" is {@link AllocationWithdrawn}, never chosen as a reason here.
 */
public enum ChangeReason implements CodeListValue {

	CLIENT_DIED("02"),
	CONTRACT_CHANGE("03"),
	REASSESSMENT_EXTENSION("04"),
	REASSESSMENT_SHORTENING("05"),
	OTHER_DOMAIN("06"),
	MOVED("07"),
	DELIVERY_FORM("08"),
	OTHER_PROVIDER("09"),
	NEW_FUNDING("10"),
	MUNICIPAL_MERGER("11"),
	PROVIDER_INITIATED("12");

	/** JZ002 13: the allocation was sent in error and is to be treated as never sent. */
	public static final String WITHDRAWN_CODE = "13";

	private final String code;

	ChangeReason(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	public static Optional<ChangeReason> ofCode(String code) {
		return CodeListValue.ofCode(ChangeReason.class, code);
	}
}
