package nl.jeugdregie.allocation.internal.aftercare;

import org.jspecify.annotations.Nullable;

/** MON-5: the fields of the aftercare page, as typed; {@code version} is the decision's version shown (0: none yet). */
public class AftercareForm {

	private @Nullable String kind;
	private @Nullable String from;
	private @Nullable String party;
	private long version;

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

	public @Nullable String getFrom() {
		return from;
	}

	public void setFrom(@Nullable String from) {
		this.from = from;
	}

	public @Nullable String getParty() {
		return party;
	}

	public void setParty(@Nullable String party) {
		this.party = party;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
