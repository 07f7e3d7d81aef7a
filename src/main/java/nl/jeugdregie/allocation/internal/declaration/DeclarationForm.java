package nl.jeugdregie.allocation.internal.declaration;

import org.jspecify.annotations.Nullable;

/** The declaration form, as typed. */
public class DeclarationForm {

	private @Nullable String allocationNumber;
	private @Nullable String periodFrom;
	private @Nullable String periodUntil;
	private @Nullable String units;
	private @Nullable String tariff;

	public @Nullable String getAllocationNumber() { return allocationNumber; }
	public void setAllocationNumber(@Nullable String allocationNumber) { this.allocationNumber = allocationNumber; }
	public @Nullable String getPeriodFrom() { return periodFrom; }
	public void setPeriodFrom(@Nullable String periodFrom) { this.periodFrom = periodFrom; }
	public @Nullable String getPeriodUntil() { return periodUntil; }
	public void setPeriodUntil(@Nullable String periodUntil) { this.periodUntil = periodUntil; }
	public @Nullable String getUnits() { return units; }
	public void setUnits(@Nullable String units) { this.units = units; }
	public @Nullable String getTariff() { return tariff; }
	public void setTariff(@Nullable String tariff) { this.tariff = tariff; }
}
