package nl.jeugdregie.messaging.internal.message;

import org.jspecify.annotations.Nullable;

/**
 * A JW301 Contact: its kind (COD757: 01 BRP address, 02 correspondence, 03 residence) and the address when known.
 * TR061 wants at least one of kind 01, 02 or 03.
 */
public record Address(String kind, @Nullable Integer houseNumber, @Nullable String postcode, @Nullable String street,
		@Nullable String city) {

	public Address {
		if (!kind.matches("0[1-4]")) {
			throw new IllegalArgumentException("An address kind is a COD757 code");
		}
		if (postcode != null && !postcode.matches("[1-9]\\d{3}[A-Z]{2}")) {
			throw new IllegalArgumentException("A Dutch postcode has four digits and two letters");
		}
	}

	@Override
	public String toString() {
		return "Address[" + kind + ", ***]";
	}
}
