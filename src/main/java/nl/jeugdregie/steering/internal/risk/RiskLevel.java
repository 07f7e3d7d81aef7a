package nl.jeugdregie.steering.internal.risk;

/** The band of an effect on the heat map: laag (1–2), midden (3–4), hoog (6–9). */
final class RiskLevel {

	private RiskLevel() {}

	static String of(int effect) {
		return effect >= 6 ? "hoog" : effect >= 3 ? "midden" : "laag";
	}
}
