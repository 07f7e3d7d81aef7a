package nl.jeugdregie.allocation;

import java.util.Optional;

/**
 * Why an allocation was changed or ended early (iJw code list JZ002, LDT_RedenWijziging). Code 01 is withdrawn from the
 * standard and not offered; code 13 "Verwijderd" is {@link AllocationWithdrawn}, never chosen as a reason here.
 */
public enum ChangeReason implements CodeListValue {

	CLIENT_DIED("02", "Cliënt overleden"),
	CONTRACT_CHANGE("03", "Contractwijziging"),
	REASSESSMENT_EXTENSION("04", "Herbeoordeling verlenging toewijzing"),
	REASSESSMENT_SHORTENING("05", "Herbeoordeling verkorting toewijzing"),
	OTHER_DOMAIN("06", "Uitstroom naar ander domein"),
	MOVED("07", "Verhuizing naar een andere gemeente"),
	DELIVERY_FORM("08", "Wijziging leveringsvorm"),
	OTHER_PROVIDER("09", "Overstap naar andere aanbieder"),
	NEW_FUNDING("10", "Overgang naar nieuwe bekostigingssystematiek"),
	MUNICIPAL_MERGER("11", "Gemeentelijke herindeling"),
	PROVIDER_INITIATED("12", "Geïnitieerd door de aanbieder");

	/** JZ002 13: the allocation was sent in error and is to be treated as never sent. */
	public static final String WITHDRAWN_CODE = "13";

	private final String code;
	private final String dutchName;

	ChangeReason(String code, String dutchName) {
		this.code = code;
		this.dutchName = dutchName;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String dutchName() {
		return dutchName;
	}

	public static Optional<ChangeReason> ofCode(String code) {
		return CodeListValue.ofCode(ChangeReason.class, code);
	}
}
