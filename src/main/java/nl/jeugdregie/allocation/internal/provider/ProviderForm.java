package nl.jeugdregie.allocation.internal.provider;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The forms of the provider pages (provider, contract, account), as typed. */
public class ProviderForm {

	private @Nullable String name;
	private @Nullable String agbCode;
	private List<String> products = new ArrayList<>();
	private @Nullable String route;
	private boolean inRegion = true;
	private boolean bridgingCare;
	private @Nullable String terms;
	private @Nullable String validFrom;
	private @Nullable String validUntil;
	private @Nullable String username;
	private long version;

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getAgbCode() { return agbCode; }
	public void setAgbCode(@Nullable String agbCode) { this.agbCode = agbCode; }
	public List<String> getProducts() { return products; }
	public void setProducts(@Nullable List<String> products) { this.products = products == null ? new ArrayList<>() : products; }
	public @Nullable String getRoute() { return route; }
	public void setRoute(@Nullable String route) { this.route = route; }
	public boolean isInRegion() { return inRegion; }
	public void setInRegion(boolean inRegion) { this.inRegion = inRegion; }
	public boolean isBridgingCare() { return bridgingCare; }
	public void setBridgingCare(boolean bridgingCare) { this.bridgingCare = bridgingCare; }
	public @Nullable String getTerms() { return terms; }
	public void setTerms(@Nullable String terms) { this.terms = terms; }
	public @Nullable String getValidFrom() { return validFrom; }
	public void setValidFrom(@Nullable String validFrom) { this.validFrom = validFrom; }
	public @Nullable String getValidUntil() { return validUntil; }
	public void setValidUntil(@Nullable String validUntil) { this.validUntil = validUntil; }
	public @Nullable String getUsername() { return username; }
	public void setUsername(@Nullable String username) { this.username = username; }

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
