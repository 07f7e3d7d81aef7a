package nl.jeugdregie.plans.internal.plan;

/** Who works on a goal or does an action: the family itself, its network, a professional or a provider. */
public enum Contributor {
	FAMILY("Gezin"), NETWORK("Netwerk"), PROFESSIONAL("Professional"), PROVIDER("Aanbieder");

	private final String dutchName;

	Contributor(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
