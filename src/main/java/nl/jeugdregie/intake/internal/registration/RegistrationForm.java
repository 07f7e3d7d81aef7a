package nl.jeugdregie.intake.internal.registration;

import java.time.LocalDate;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RequestType;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form as the browser posts it. */
public class RegistrationForm {

	private @Nullable String givenName;
	private @Nullable String familyName;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dateOfBirth;
	private @Nullable String bsn;
	private @Nullable String carerName;
	private @Nullable String carerRelation;
	private @Nullable Channel channel;
	private @Nullable Referrer referrer;
	private @Nullable String question;
	private boolean crisis;
	private @Nullable RequestType type;
	private java.util.@Nullable UUID schoolLocation;

	public RegisterHelpRequest toCommand() {
		return new RegisterHelpRequest(givenName, familyName, dateOfBirth, bsn, carerName, carerRelation, channel,
				referrer, question, crisis, type, schoolLocation);
	}

	public @Nullable String getGivenName() { return givenName; }
	public void setGivenName(@Nullable String givenName) { this.givenName = givenName; }
	public @Nullable String getFamilyName() { return familyName; }
	public void setFamilyName(@Nullable String familyName) { this.familyName = familyName; }
	public @Nullable LocalDate getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(@Nullable LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
	public @Nullable String getBsn() { return bsn; }
	public void setBsn(@Nullable String bsn) { this.bsn = bsn; }
	public @Nullable String getCarerName() { return carerName; }
	public void setCarerName(@Nullable String carerName) { this.carerName = carerName; }
	public @Nullable String getCarerRelation() { return carerRelation; }
	public void setCarerRelation(@Nullable String carerRelation) { this.carerRelation = carerRelation; }
	public @Nullable Channel getChannel() { return channel; }
	public void setChannel(@Nullable Channel channel) { this.channel = channel; }
	public @Nullable Referrer getReferrer() { return referrer; }
	public void setReferrer(@Nullable Referrer referrer) { this.referrer = referrer; }
	public @Nullable RequestType getType() { return type; }
	public void setType(@Nullable RequestType type) { this.type = type; }
	public java.util.@Nullable UUID getSchoolLocation() { return schoolLocation; }
	public void setSchoolLocation(java.util.@Nullable UUID schoolLocation) { this.schoolLocation = schoolLocation; }
	public boolean isCrisis() { return crisis; }
	public void setCrisis(boolean crisis) { this.crisis = crisis; }
	public @Nullable String getQuestion() { return question; }
	public void setQuestion(@Nullable String question) { this.question = question; }
}
