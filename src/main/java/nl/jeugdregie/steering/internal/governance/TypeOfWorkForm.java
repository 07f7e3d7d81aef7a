package nl.jeugdregie.steering.internal.governance;

import org.jspecify.annotations.Nullable;

/** A new type of work. */
public class TypeOfWorkForm {

	private @Nullable String name;
	private @Nullable String targetGroup;
	private @Nullable String desiredSituation;

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getTargetGroup() {
		return targetGroup;
	}

	public void setTargetGroup(@Nullable String targetGroup) {
		this.targetGroup = targetGroup;
	}

	public @Nullable String getDesiredSituation() {
		return desiredSituation;
	}

	public void setDesiredSituation(@Nullable String desiredSituation) {
		this.desiredSituation = desiredSituation;
	}
}
