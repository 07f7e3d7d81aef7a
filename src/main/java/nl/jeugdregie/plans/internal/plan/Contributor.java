package nl.jeugdregie.plans.internal.plan;

import nl.jeugdregie.platform.text.Labelled;

/** Who works on a goal or does an action: the family itself, its network, a professional or a provider. */
public enum Contributor implements Labelled {
	FAMILY, NETWORK, PROFESSIONAL, PROVIDER;
}
